import type { common } from '@onewindow/contracts';
import type { ClaimCategory } from '@onewindow/matter';
import type {
  ConflictDeclaration,
  MediationAgreement,
  MediationOutcome,
  MediationPeriod,
  MediationSession,
  MediatorAssignment,
  MediatorKind,
  Payment,
} from '../domain';

export type MediationStatus =
  | 'AWAITING_CONSENT'
  | 'IN_MEDIATION'
  | 'AGREEMENT_IN_FORCE'
  | 'RESOLVED'
  | 'FAILED'
  | 'DECLINED';

export const OPEN_STATUSES: readonly MediationStatus[] = ['AWAITING_CONSENT', 'IN_MEDIATION', 'AGREEMENT_IN_FORCE'];

export const MEDIATION_DOCUMENT_KINDS = ['RECOMMENDATION', 'AGREEMENT', 'FAILURE_NOTICE'] as const;
export type MediationDocumentKind = (typeof MEDIATION_DOCUMENT_KINDS)[number];

/** A document as issued (发文登记). */
export interface IssuedMediationDocument {
  kind: MediationDocumentKind;
  /** 调解建议书, 调解协议书 or 调解终止通知书 */
  title: string;
  number: string;
  issuedOn: string;
}

export interface EmployerConsentRecord {
  consents: boolean;
  answeredAt: string;
  recordedBy: string;
  /** how the answer came: phone, in person, in writing */
  how: string;
}

/** A session as scheduled, with how each party was told (the masked phone an SMS went to, or 书面送达). */
export interface SessionRecord extends MediationSession {
  noticesSent: string[];
}

export interface PaymentRecord extends Payment {
  recordedBy: string;
}

export type CourtRouteKind = 'PAYMENT_ORDER' | 'JUDICIAL_CONFIRMATION';

/** 支付令 or 司法确认, asked of the court through routing (a side referral with the agreement attached). */
export interface CourtApplicationRecord {
  route: CourtRouteKind;
  requestedOn: string;
  requestedBy: string;
  /** the side-referral request's id (routing issues the court's referral under its own id) */
  requestId: string;
  amountFen: number;
  reason: string;
}

/** A mediation (调解案件), one per MEDIATION referral, from the day mediation received it. */
export interface MediationCaseRecord {
  /** the referral's id: a redelivered referral lands on the same case */
  caseId: string;
  referralId: string;
  matterId: string;
  matterNumber: string;
  countyCode: string;
  status: MediationStatus;
  /** the day mediation received the application (收到调解申请之日, not counted) */
  receivedOn: string;
  /** why routing sent it here, as the 调解建议书 quotes it */
  routingReason: string;
  recommendationNumber: string;
  /** names only: identity and phone numbers stay sealed in intake */
  workerName: string;
  employerName: string;
  claims: { category: ClaimCategory; description: string; amountFen: number }[];
  workerConsented: boolean;
  employerConsent?: EmployerConsentRecord;
  period: MediationPeriod;
  /** the subject the period's watched deadline is registered under (a new one after each extension) */
  periodDeadlineSubject: string;
  assignment?: MediatorAssignment;
  conflicts: ConflictDeclaration[];
  sessions: SessionRecord[];
  agreement?: MediationAgreement;
  /** 文号 of the sealed 调解协议书 */
  agreementNumber: string;
  payments: PaymentRecord[];
  courtApplications: CourtApplicationRecord[];
  outcome?: MediationOutcome;
  concludedOn: string;
  documents: IssuedMediationDocument[];
  version: number;
}

/** What changed, in order, announced with the case in one write (topic onewindow.mediation.cases.v1). */
export interface MediationEvent {
  /** e.g. RECOMMENDATION_ISSUED, AGREEMENT_SEALED, CONCLUDED */
  kind: string;
  /** for the timeline, in Chinese */
  summary: string;
  deadlines?: common.Deadline[];
  documentNumber?: string;
  /** the office contract's answer to routing this change makes, if any */
  officeAnswer?: 'TAKEN' | 'DECLINED' | 'CONCLUDED';
  /** a side referral to the court to ask routing for */
  courtApplication?: CourtApplicationRecord;
}

export type NumberSequence = 'recommendation' | 'agreement' | 'failure-notice';

export interface MediationCaseListing {
  countyCodes: readonly string[];
  statuses: readonly MediationStatus[];
  /** only the cases this mediator is assigned to */
  assignedTo?: string;
  after?: { receivedOn: string; caseId: string };
  limit: number;
}

/** The mediator roll (调解员名册) of a county, with each mediator's open cases. */
export interface MediatorRollEntry {
  countyCode: string;
  staffUserId: string;
  name: string;
  kind: MediatorKind;
  active: boolean;
  openCaseIds: string[];
}

export interface MediationCaseRepository {
  nextNumber(sequence: NumberSequence, countyCode: string, year: number): Promise<number>;
  /** 'already-recorded' when the case exists (a redelivered referral). */
  saveAndAnnounce(record: MediationCaseRecord, events: MediationEvent[]): Promise<'saved' | 'already-recorded'>;
  /** ConcurrencyConflictError when the case changed since `expectedVersion`. */
  saveChanges(record: MediationCaseRecord, expectedVersion: number, events: MediationEvent[]): Promise<void>;
  findById(caseId: string): Promise<MediationCaseRecord | undefined>;
  findLatestByMatter(matterId: string): Promise<MediationCaseRecord | undefined>;
  list(listing: MediationCaseListing): Promise<MediationCaseRecord[]>;
  /** Every case of these counties, for the dashboard's figures (a report, read as a stream). */
  everyCaseOf(countyCodes: readonly string[]): AsyncIterable<MediationCaseRecord>;
}

export interface MediatorRoll {
  list(countyCode: string): Promise<MediatorRollEntry[]>;
  enrol(entry: Omit<MediatorRollEntry, 'openCaseIds'>): Promise<MediatorRollEntry>;
  /** The case is open with these mediators (idempotent), and no longer with those. */
  recordOpenCase(caseId: string, countyCode: string, staffUserIds: readonly string[]): Promise<void>;
  recordClosedCase(caseId: string, countyCode: string, staffUserIds: readonly string[]): Promise<void>;
}

export const MEDIATION_CASE_REPOSITORY = Symbol('MediationCaseRepository');
export const MEDIATOR_ROLL = Symbol('MediatorRoll');
