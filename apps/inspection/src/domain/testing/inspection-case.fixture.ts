// A case as the rules see it, and the steps applied with made-up numbers, for the domain's specs.
import {
  caseFromReferral,
  decideAcceptance as decideAcceptanceStep,
  NUMBER_LABELS,
  type ReferredMatter,
  recordEmployerHeard as recordEmployerHeardStep,
  type InspectionCaseRecord,
  type StepContext,
  type StepPlan,
  type StepResult,
  registerCase,
  type ViolationRecord,
} from '..';

export const ZENGDU = '421303';
export const INSPECTOR: StepContext = { today: '2026-03-02', by: 'inspector.zengdu' };
export const on = (today: string): StepContext => ({ ...INSPECTOR, today });

export type FixtureMatter = ReferredMatter & { countyCode: string };

export function matter(overrides: Partial<FixtureMatter> = {}): FixtureMatter {
  return {
    countyCode: ZENGDU,
    kind: 'COMPLAINT',
    applicant: {
      name: '张建国',
      identityNumber: '421303199005171235',
      phone: '13872345678',
      domicile: '湖北省随州市曾都区东城街道舜井大道8号',
    },
    employer: {
      name: '随州市某建筑劳务有限公司',
      unifiedSocialCreditCode: '91421303MA4F1234XM',
      address: '湖北省随州市曾都区交通大道100号',
      legalRepresentative: '李某',
    },
    claims: [{ category: 'WAGES', amountFen: 3_600_000, description: '拖欠四个月工资' }],
    factsAndReasons: '被投诉单位拖欠工资，经催要至今未付。',
    workerCount: 1,
    migrantWorker: false,
    ...overrides,
  };
}

/** A case as taken from a referral of `content`, received on `receivedOn`. */
export function receivedCase(content: FixtureMatter = matter(), receivedOn = '2026-03-02'): InspectionCaseRecord {
  const taken = caseFromReferral({
    referralId: 'm-1/1',
    matterId: 'm-1',
    matterNumber: '421303-2026-000001',
    countyCode: content.countyCode,
    content,
    receivedOn,
  });
  return registerCase(taken, `${ZENGDU}-监登-2026-000001`).record;
}

let counter = 0;
/** The plan applied with a fresh number for each document it issues. */
export function applied(plan: StepPlan): StepResult {
  return plan.apply(
    plan.numbers.map((sequence) => `${ZENGDU}-${NUMBER_LABELS[sequence]}-2026-${String(++counter).padStart(6, '0')}`),
  );
}

export const wageArrears = (overrides: Partial<ViolationRecord> = {}): ViolationRecord => ({
  category: 'WAGES',
  description: '拖欠四个月工资',
  beganOn: '2025-10-01',
  endedOn: '',
  continuing: true,
  amountOwedFen: 3_600_000,
  ...overrides,
});

/** Accepted and filed on the day received. */
export function filedCase(content: FixtureMatter = matter(), receivedOn = '2026-03-02'): InspectionCaseRecord {
  const record = receivedCase(content, receivedOn);
  return applied(
    decideAcceptanceStep(
      record,
      { decision: 'ACCEPTED', violations: [wageArrears()], reason: '', redirectedTo: '', missingMaterial: [] },
      on(receivedOn),
    ),
  ).record;
}

/** Filed and the employer heard, on the day received. */
export function heardCase(content?: FixtureMatter, receivedOn = '2026-03-02'): InspectionCaseRecord {
  const filed = filedCase(content, receivedOn);
  return applied(
    recordEmployerHeardStep(filed, { heardOn: receivedOn, statement: '承认拖欠', waived: false }, on(receivedOn)),
  ).record;
}

/** The error a step throws (undefined when it does not). */
export function errorOf(step: () => unknown): (Error & { field?: string }) | undefined {
  try {
    step();
  } catch (error) {
    return error as Error & { field?: string };
  }
  return undefined;
}
