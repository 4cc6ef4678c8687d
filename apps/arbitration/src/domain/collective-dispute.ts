// Collective disputes (集体劳动人事争议): ten or more workers with a common claim (劳动争议调解仲裁法 Art. 7).
// - Filed and heard first (优先立案，优先审理), 办案规则 Art. 5.
// - The workers may elect three to five representatives (推举三至五名代表) to take part in the arbitration;
//   what a representative does binds those represented, but changing or giving up a claim, admitting the
//   other side's claim or settling needs their consent (Art. 7; 办案规则 Art. 63).
// - Three arbitrators with a presiding one (办案规则 Art. 65; 劳动人事争议仲裁组织规则 Art. 13), unless the case
//   meets a criterion of the simple procedure (办案规则 Art. 62 para 2; see simple-procedure and tribunal).
import { IsoDate } from '@onewindow/calendar';
import { InvalidProceedingsInputError, ProceedingsPreconditionError } from './proceedings.errors';
import {
  assertBoolean,
  assertCountyCode,
  assertIdValue,
  assertIsoDate,
  assertList,
  assertTextValue,
} from './proceedings-input.validation';
import { CountyCode, MAX_WORKER_COUNT } from './matter-content';
import { COLLECTIVE_DISPUTE_MIN_WORKERS } from './same-day-acceptance';

export const COLLECTIVE_DISPUTE_CITATION =
  '《劳动争议调解仲裁法》第七条；《劳动人事争议仲裁办案规则》第五条、第六十二条、第六十三条、第六十五条';

export const MIN_REPRESENTATIVES = 3;
export const MAX_REPRESENTATIVES = 5;

/** What a representative may not do without the consent of the workers represented (Art. 7; 办案规则 Art. 63). */
export const ACTS_NEEDING_THE_WORKERS_CONSENT = [
  '变更仲裁请求',
  '放弃仲裁请求',
  '承认对方当事人的仲裁请求',
  '进行和解',
] as const;

export interface Representative {
  /** the worker's party id in the case */
  readonly workerId: string;
  readonly name: string;
}

export interface CollectiveRepresentationInput {
  readonly countyCode: CountyCode;
  readonly workerCount: number;
  readonly commonClaim: boolean;
  /** the workers' party ids, when the case lists them: every representative must be one of them */
  readonly workerIds?: readonly string[];
  readonly representatives: readonly Representative[];
  readonly electedOn: IsoDate;
}

export interface CollectiveDisputeArrangement {
  readonly countyCode: CountyCode;
  readonly workerCount: number;
  readonly representatives: readonly Representative[];
  readonly electedOn: IsoDate;
  /** 优先立案，优先审理 */
  readonly priority: true;
  /** three arbitrators unless the commission decides on the simple procedure (办案规则 Art. 62 para 2) */
  readonly tribunalForm: 'THREE_ARBITRATORS';
  readonly actsNeedingTheWorkersConsent: readonly string[];
  readonly citation: string;
}

export function arrangeCollectiveDispute(input: CollectiveRepresentationInput): CollectiveDisputeArrangement {
  assertCountyCode(input?.countyCode);
  if (!Number.isInteger(input.workerCount) || input.workerCount < 1 || input.workerCount > MAX_WORKER_COUNT) {
    throw new InvalidProceedingsInputError(
      'workerCount',
      `must be a whole number from 1 to ${MAX_WORKER_COUNT}; got ${String(input.workerCount)}`,
    );
  }
  assertBoolean(input.commonClaim, 'commonClaim');
  assertIsoDate(input.electedOn, 'electedOn');
  if (input.workerCount < COLLECTIVE_DISPUTE_MIN_WORKERS) {
    throw new ProceedingsPreconditionError(
      'workerCount',
      `${input.workerCount} worker(s): a collective dispute has at least ${COLLECTIVE_DISPUTE_MIN_WORKERS} (劳动争议调解仲裁法第七条)`,
    );
  }
  if (!input.commonClaim) {
    throw new ProceedingsPreconditionError(
      'commonClaim',
      'the workers have no common claim (共同请求): not a collective dispute (劳动争议调解仲裁法第七条)',
    );
  }
  if (input.workerIds !== undefined) {
    assertList(input.workerIds, 'workerIds');
    input.workerIds.forEach((id, i) => assertIdValue(id, `workerIds[${i}]`));
  }
  assertList(input.representatives, 'representatives');
  const count = input.representatives.length;
  if (count < MIN_REPRESENTATIVES || count > MAX_REPRESENTATIVES) {
    throw new InvalidProceedingsInputError(
      'representatives',
      `the workers elect ${MIN_REPRESENTATIVES} to ${MAX_REPRESENTATIVES} representatives (推举三至五名代表, 办案规则第六十三条); got ${count}`,
    );
  }
  const seen = new Set<string>();
  input.representatives.forEach((rep, i) => {
    const at = `representatives[${i}]`;
    if (rep === null || typeof rep !== 'object') throw new InvalidProceedingsInputError(at, 'missing');
    assertIdValue(rep.workerId, `${at}.workerId`);
    assertTextValue(rep.name, `${at}.name`, { max: 100 });
    if (seen.has(rep.workerId)) {
      throw new InvalidProceedingsInputError(`${at}.workerId`, `${rep.workerId} is elected twice`);
    }
    seen.add(rep.workerId);
    if (input.workerIds !== undefined && !input.workerIds.includes(rep.workerId)) {
      throw new InvalidProceedingsInputError(`${at}.workerId`, `${rep.workerId} is not one of the case's workers`);
    }
  });
  return {
    countyCode: input.countyCode,
    workerCount: input.workerCount,
    representatives: input.representatives.map((r) => ({ workerId: r.workerId, name: r.name.trim() })),
    electedOn: input.electedOn,
    priority: true,
    tribunalForm: 'THREE_ARBITRATORS',
    actsNeedingTheWorkersConsent: ACTS_NEEDING_THE_WORKERS_CONSENT,
    citation: COLLECTIVE_DISPUTE_CITATION,
  };
}
