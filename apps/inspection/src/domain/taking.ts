// How a case begins (登记): a referral's matter (a complaint 投诉, a report 举报, or a wage dispute whose worker
// asks for an order against the employer, taken as a complaint), or the office's own initiative (主动监察,
// 条例 Art. 14). A report's reporter is sealed (条例 Art. 9): nothing of the applicant is kept, and the facts
// are kept with the reporter's name, phone and identity number blanked out.
import type { IsoDate } from '@onewindow/calendar';
import type {
  EmployerRecord,
  InspectionCaseRecord,
  InspectionEvent,
  InspectionSource,
  ViolationRecord,
} from './inspection-case';
import { InvalidInspectionInputError } from './inspection.errors';
import { acceptanceDueDay } from './inspection-periods';
import { ACCEPTANCE_DEADLINE, acceptanceSubject } from './watched-inspection-deadlines';

/** What inspection reads of a referred matter (the matter content's plain shape, docs/matter-shape.md). */
export interface ReferredMatter {
  kind: string;
  requestedRemedy?: string;
  applicant: { name: string; phone: string; identityNumber: string; domicile: string };
  employer: Partial<EmployerRecord>;
  claims: { category: string; amountFen: number; description: string }[];
  factsAndReasons: string;
  workerCount: number;
  migrantWorker: boolean;
}

/**
 * The source a referred matter is taken as: a report (举报) as a report, everything else as a complaint
 * (投诉) — a wage dispute whose worker asks for an order to pay (责令支付) is a complaint of wage arrears, and
 * any other dispute routing sent here is the inspector's to send back (条例 Art. 21), not dropped unanswered.
 */
export function sourceOfMatter(content: Pick<ReferredMatter, 'kind' | 'requestedRemedy'>): InspectionSource {
  return content.kind === 'REPORT' ? 'REPORT' : 'COMPLAINT';
}

/** 首问负责 (保障农民工工资支付条例 Art. 10): a migrant worker's wages. */
export function isFirstContactResponsible(
  migrantWorker: boolean,
  violations: readonly { category: string }[],
): boolean {
  return migrantWorker && violations.some((v) => v.category === 'WAGES');
}

/** The facts with the reporter's particulars blanked out: a report's text may name its author. */
export function sealReporter(text: string, applicant: ReferredMatter['applicant']): string {
  let sealed = text;
  for (const particular of [applicant.name, applicant.phone, applicant.identityNumber, applicant.domicile]) {
    const value = (particular ?? '').trim();
    if (value.length >= 2) sealed = sealed.split(value).join('举报人');
  }
  return sealed;
}

const employerOf = (employer: Partial<EmployerRecord> | undefined): EmployerRecord => ({
  name: (employer?.name ?? '').trim(),
  unifiedSocialCreditCode: (employer?.unifiedSocialCreditCode ?? '').trim(),
  address: (employer?.address ?? '').trim(),
  legalRepresentative: (employer?.legalRepresentative ?? '').trim(),
});

export interface NewCase {
  caseId: string;
  referralId: string;
  matterId: string;
  matterNumber: string;
  countyCode: string;
  source: InspectionSource;
  complainantName: string;
  employer: Partial<EmployerRecord> | undefined;
  violations: ViolationRecord[];
  facts: string;
  origin: string;
  workerCount: number;
  migrantWorker: boolean;
  receivedOn: IsoDate;
}

/** The case as registered, with its registration number, and its first event: the acceptance period runs. */
export function registerCase(
  input: NewCase,
  registrationNumber: string,
): { record: InspectionCaseRecord; events: InspectionEvent[] } {
  const due = acceptanceDueDay(input.receivedOn);
  const sealed = input.source === 'REPORT';
  const record: InspectionCaseRecord = {
    caseId: input.caseId,
    referralId: input.referralId,
    matterId: input.matterId,
    matterNumber: input.matterNumber,
    countyCode: input.countyCode,
    source: input.source,
    status: 'AWAITING_ACCEPTANCE',
    registrationNumber,
    filingNumber: '',
    parties: {
      complainantName: sealed || input.source === 'OWN_INITIATIVE' ? '' : input.complainantName.trim(),
      reporterSealed: sealed,
      employer: employerOf(input.employer),
      workerCount: Math.max(1, input.workerCount || 1),
      migrantWorker: input.migrantWorker,
    },
    violations: input.violations,
    facts: input.facts,
    origin: input.origin,
    receivedOn: input.receivedOn,
    acceptanceDue: due,
    acceptanceRound: 1,
    acceptance: [],
    filedOn: '',
    investigationStatutoryDueOn: '',
    extensionApprovedBy: '',
    extensionReason: '',
    liableParties: [],
    inquiries: [],
    evidence: [],
    conclusionReason: '',
    concludedOn: '',
    documents: [],
    firstContactResponsible: isFirstContactResponsible(input.migrantWorker, input.violations),
    version: 1,
  };
  const kind = { COMPLAINT: '投诉已登记', REPORT: '举报已登记', OWN_INITIATIVE: '主动监察已登记' }[input.source];
  return {
    record,
    events: [
      {
        kind,
        summary: `${kind}（${registrationNumber}）：劳动保障监察机构${input.source === 'OWN_INITIATIVE' ? `主动立项（${input.origin || '日常巡视检查'}）` : `接到${input.source === 'REPORT' ? '举报' : '投诉'}`}，应于 ${due.dueOn} 前作出是否受理的决定`,
        deadlines: [due],
        ...(input.referralId ? { officeAnswer: { kind: 'TAKEN' as const, officeCaseNumber: registrationNumber } } : {}),
        watch: [
          {
            action: 'register',
            kind: ACCEPTANCE_DEADLINE,
            subjectId: acceptanceSubject(input.caseId, 1),
            dueOn: due.dueOn,
            provisional: due.provisional,
          },
        ],
      },
    ],
  };
}

/** A referral's matter as a new case. */
export function caseFromReferral(referral: {
  referralId: string;
  matterId: string;
  matterNumber: string;
  countyCode: string;
  content: ReferredMatter;
  receivedOn: IsoDate;
}): NewCase {
  const { content } = referral;
  const source = sourceOfMatter(content);
  const violations: ViolationRecord[] = (content.claims ?? []).map((claim) => ({
    category: claim.category,
    description: source === 'REPORT' ? sealReporter(claim.description, content.applicant) : claim.description,
    beganOn: '',
    endedOn: '',
    continuing: false,
    amountOwedFen: claim.amountFen,
  }));
  return {
    caseId: referral.referralId,
    referralId: referral.referralId,
    matterId: referral.matterId,
    matterNumber: referral.matterNumber,
    countyCode: referral.countyCode,
    source,
    complainantName: source === 'REPORT' ? '' : (content.applicant?.name ?? ''),
    employer: content.employer,
    violations,
    facts: source === 'REPORT' ? sealReporter(content.factsAndReasons, content.applicant) : content.factsAndReasons,
    origin: '',
    workerCount: content.workerCount,
    migrantWorker: content.migrantWorker,
    receivedOn: referral.receivedOn,
  };
}

/** The office's own case (主动监察): a county, an employer named, what was found. */
export function ownInitiativeCase(input: {
  caseId: string;
  countyCode: string;
  employer: Partial<EmployerRecord> | undefined;
  violations: ViolationRecord[];
  facts: string;
  origin: string;
  workerCount: number;
  migrantWorker: boolean;
  receivedOn: IsoDate;
}): NewCase {
  if (!(input.employer?.name ?? '').trim()) {
    throw new InvalidInspectionInputError('employer.name', 'name the employer the office inspects');
  }
  if ([...(input.facts ?? '')].length > 4000) throw new InvalidInspectionInputError('facts', 'at most 4000 characters');
  return {
    ...input,
    referralId: '',
    matterId: '',
    matterNumber: '',
    source: 'OWN_INITIATIVE',
    complainantName: '',
    facts: (input.facts ?? '').trim() || input.origin,
  };
}
