// A labor inspection case (劳动保障监察案件) as the rules see it: plain data, changed only by the step
// functions of this folder. A report's reporter is never in it (劳动保障监察条例 Art. 9): no name, phone,
// identity number or domicile, so no event, document or view built from it can carry one.
import type { IsoDate } from '@onewindow/calendar';
import type { OfficeAnswer } from '@onewindow/office';

export type InspectionSource = 'COMPLAINT' | 'REPORT' | 'OWN_INITIATIVE';

export type InspectionStatus =
  | 'AWAITING_ACCEPTANCE'
  | 'AWAITING_MATERIAL'
  | 'UNDER_INVESTIGATION'
  | 'CORRECTION_ORDERED'
  | 'NOT_COMPLIED'
  | 'CONCLUDED';

export const OPEN_STATUSES: readonly InspectionStatus[] = [
  'AWAITING_ACCEPTANCE',
  'AWAITING_MATERIAL',
  'UNDER_INVESTIGATION',
  'CORRECTION_ORDERED',
  'NOT_COMPLIED',
];

/** Filed and not yet concluded: the investigation steps (inquiry, evidence, hearing) may be taken. */
export const FILED_STATUSES: readonly InspectionStatus[] = [
  'UNDER_INVESTIGATION',
  'CORRECTION_ORDERED',
  'NOT_COMPLIED',
];

export type AcceptanceDecision =
  | 'ACCEPTED'
  | 'NOT_ACCEPTED'
  | 'MATERIAL_REQUESTED'
  | 'REDIRECTED'
  | 'DISPUTE_PROCEDURE';

export type Conclusion =
  | 'NOT_ACCEPTED'
  | 'REDIRECTED'
  | 'DISPUTE_PROCEDURE'
  | 'CORRECTED'
  | 'PENALISED'
  | 'FILING_WITHDRAWN'
  | 'INVESTIGATION_ENDED'
  | 'TRANSFERRED_TO_PUBLIC_SECURITY';

export type ContractorRole = 'DEVELOPER' | 'GENERAL_CONTRACTOR' | 'SUBCONTRACTOR';

export const INSPECTION_DOCUMENT_KINDS = [
  'ACCEPTANCE_NOTICE',
  'NON_ACCEPTANCE_NOTICE',
  'MATERIAL_REQUEST',
  'REDIRECTION_NOTICE',
  'INQUIRY_NOTICE',
  'CORRECTION_ORDER',
  'PENALTY_DECISION',
  'FILING_WITHDRAWAL',
  'INVESTIGATION_END',
  'CRIMINAL_TRANSFER',
  'LISTING_NOTICE',
  'LISTING_DECISION',
] as const;
export type InspectionDocumentKind = (typeof INSPECTION_DOCUMENT_KINDS)[number];

/** The numbered sequences (文号 per county and year): the case's two numbers and one per kind of document. */
export type NumberSequence = 'REGISTRATION' | 'FILING' | InspectionDocumentKind;

export interface EmployerRecord {
  name: string;
  unifiedSocialCreditCode: string;
  address: string;
  legalRepresentative: string;
}

export interface InspectionParties {
  /** the complainant (投诉人); '' for a report (sealed) and for the office's own case */
  complainantName: string;
  reporterSealed: boolean;
  employer: EmployerRecord;
  workerCount: number;
  migrantWorker: boolean;
}

export interface ViolationRecord {
  category: string;
  description: string;
  /** the act's first day; '' until the inspector has found it */
  beganOn: string;
  /** the last day of a continuing act; '' while it goes on */
  endedOn: string;
  continuing: boolean;
  amountOwedFen: number;
}

export interface AcceptanceRecord {
  decision: AcceptanceDecision;
  decidedOn: IsoDate;
  decidedBy: string;
  reason: string;
  redirectedTo: string;
  missingMaterial: string[];
}

/** A due day in force, as the calendar computed it. */
export interface DueDay {
  label: string;
  dueOn: IsoDate;
  provisional: boolean;
  citation: string;
}

export interface ContractorRecord {
  role: ContractorRole;
  name: string;
  unifiedSocialCreditCode: string;
  engagedBy: string;
  unqualified: boolean;
  unpaidProjectFundsFen: number;
}

export interface ConstructionProjectRecord {
  name: string;
  permitNumber: string;
  contractors: ContractorRecord[];
  employingContractor: string;
}

export interface LiableParty {
  name: string;
  role: ContractorRole;
  /** 先行清偿 / 先行垫付（以未结清的工程款为限）/ 清偿 */
  liability: string;
  citation: string;
  limitFen: number;
}

export interface InquiryRecord {
  number: string;
  issuedOn: IsoDate;
  appearAt: string;
  place: string;
  materials: string[];
}

export interface EvidenceRecord {
  kind: string;
  source: string;
  summary: string;
  recordedOn: IsoDate;
  recordedBy: string;
}

export interface EmployerHearing {
  heardOn: IsoDate;
  statement: string;
  waived: boolean;
  recordedBy: string;
}

export interface CorrectionOrderRecord {
  number: string;
  issuedOn: IsoDate;
  corrections: string[];
  correctBy: IsoDate;
  wagesOrderedFen: number;
  /** who the order is addressed to and why (the liable party under the project's chain, or the employer) */
  addressedTo: string;
  checkResult: '' | 'COMPLIED' | 'NOT_COMPLIED';
  checkedOn: string;
  checkNote: string;
}

export interface PenaltyRecord {
  number: string;
  decidedOn: IsoDate;
  violationBasis: string;
  penaltyBasis: string;
  fineFen: number;
  facts: string;
  remedies: string;
}

export interface ArrearsListingRecord {
  status: 'PROPOSED' | 'LISTED' | 'NOT_LISTED';
  grounds: string;
  noticeNumber: string;
  noticedOn: IsoDate;
  heardBy: IsoDate;
  employerStatement: string;
  decisionNumber: string;
  decidedOn: string;
  listedUntil: string;
  reason: string;
}

/** A document as issued (发文登记): who it is addressed to; a reporter is never named. */
export interface IssuedInspectionDocument {
  kind: InspectionDocumentKind;
  title: string;
  number: string;
  issuedOn: IsoDate;
  addressedTo: string;
}

export interface InspectionCaseRecord {
  /** the referral's id (a redelivered referral lands on the same case), or one the opening determines */
  caseId: string;
  /** '' for the office's own case */
  referralId: string;
  matterId: string;
  matterNumber: string;
  countyCode: string;
  source: InspectionSource;
  status: InspectionStatus;
  /** 登记编号 on taking, e.g. 421303-监登-2026-000001 */
  registrationNumber: string;
  /** 立案编号 once filed, e.g. 421303-监立-2026-000001 */
  filingNumber: string;
  parties: InspectionParties;
  violations: ViolationRecord[];
  facts: string;
  /** where the office's own case came from, e.g. 劳动关系监管检查 421303-劳监-2026-000003 */
  origin: string;
  receivedOn: IsoDate;
  acceptanceDue: DueDay;
  /** how many times the acceptance period started (again after material was supplied) */
  acceptanceRound: number;
  acceptance: AcceptanceRecord[];
  filedOn: string;
  investigationDue?: DueDay;
  /** the 60-working-day due day, kept once extended (the extension counts from it) */
  investigationStatutoryDueOn: string;
  extensionApprovedBy: string;
  extensionReason: string;
  project?: ConstructionProjectRecord;
  liableParties: LiableParty[];
  inquiries: InquiryRecord[];
  evidence: EvidenceRecord[];
  employerHeard?: EmployerHearing;
  correctionOrder?: CorrectionOrderRecord;
  penalty?: PenaltyRecord;
  arrearsListing?: ArrearsListingRecord;
  conclusion?: Conclusion;
  conclusionReason: string;
  concludedOn: string;
  documents: IssuedInspectionDocument[];
  /** 首问负责 (保障农民工工资支付条例 Art. 10): a migrant worker's wages */
  firstContactResponsible: boolean;
  version: number;
}

/** What a step does to a watched deadline (the repository carries these out after the save). */
export type DeadlineInstruction =
  | {
      action: 'register';
      kind: string;
      subjectId: string;
      dueOn: IsoDate;
      provisional: boolean;
      legalBasis?: string;
    }
  | { action: 'meet' | 'cancel'; kind: string; subjectId: string; reason: string };

/** What changed, announced with the case in one write (topic onewindow.inspection.cases.v1). */
export interface InspectionEvent {
  /** 投诉已登记, 已受理立案, 责令改正 … (InspectionCaseEvent.kind) */
  kind: string;
  /** for the timeline, in Chinese; never a reporter's name */
  summary: string;
  deadlines?: DueDay[];
  documentNumber?: string;
  /** the office contract's answer to routing this change makes (only for a case with a referral) */
  officeAnswer?: OfficeAnswer;
  watch?: DeadlineInstruction[];
}

export interface StepResult {
  record: InspectionCaseRecord;
  events: InspectionEvent[];
}

/**
 * A step, checked: the numbers it needs (文号, taken from the county's sequences once the step was found
 * lawful, so a refused step uses up none), and what it does once they are known. `apply` cannot fail.
 */
export interface StepPlan {
  numbers: NumberSequence[];
  apply(numbers: string[]): StepResult;
}

/** Who does a step and on what day (the service clock's China date). */
export interface StepContext {
  today: IsoDate;
  by: string;
}
