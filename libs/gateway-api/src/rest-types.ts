import type { Role, StaffRole } from '@onewindow/access';
import type { Claim, EvidenceItem, MatterContent } from '@onewindow/matter';

export type { MatterContent };

// ---------- Errors ----------

export interface FieldViolation {
  /** Path in the request body, e.g. content.applicant.identityNumber. */
  field: string;
  /** What is wrong, in Chinese, e.g. 公民身份号码校验码错误. */
  description: string;
}

/** Every 4xx/5xx body. */
export interface ApiError {
  statusCode: number;
  /** Short machine word: BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE, TOO_MANY_REQUESTS, ... */
  error: string;
  /** One sentence a person can act on. */
  message: string;
  violations?: FieldViolation[];
}

// ---------- Sign-in (POST /api/auth/sign-in, /api/auth/refresh, /api/auth/sign-out; GET /api/auth/me) ----------

export interface SignInRequest {
  username: string;
  password: string;
}

export interface RefreshRequest {
  refreshToken: string;
}

export interface SignOutRequest {
  refreshToken: string;
}

export interface SignedInUser {
  username: string;
  displayName: string;
  roles: StaffRole[];
  counties: string[];
  /** For AGENCY users: the referral target they answer for. */
  agency?: string;
}

export interface TokenResponse {
  /** Bearer token for Authorization: Bearer …; short-lived. */
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  /** Single use: each refresh returns a new one and retires the old. */
  refreshToken: string;
  user: SignedInUser;
}

// ---------- Matters ----------

/** POST /api/matters/evaluate: routing's dry run (试算) before saving. */
export interface EvaluateMatterRequest {
  content: MatterContent;
}

export interface Deadline {
  label: string;
  dueOn: string;
  provisional: boolean;
  citation: string;
}

export interface Referral {
  referralId: string;
  /** MEDIATION, INSPECTION, ARBITRATION, LEGAL_AID, PETITION, LABOR_RELATIONS_SUPERVISION, SUPERVISOR_QUEUE, CONSULTATION_CLOSE, TRADE_UNION */
  target: string;
  priority: 'NORMAL' | 'HIGH';
  reason: string;
  legalBasis: string;
  ruleId: string;
  acknowledgeBy?: Deadline;
  /** ISSUED, ACCEPTED, DECLINED, RESOLVED, FAILED, TRANSFERRED, CLOSED (ended unsettled: not accepted, withdrawn) */
  status: string;
  round: number;
  statusReason: string;
  escalated: boolean;
  /** A consultation's answer once recorded (target CONSULTATION_CLOSE, status RESOLVED). */
  consultationAnswer?: ConsultationAnswer;
}

/** 咨询解答登记: what was answered, on what basis (依据), by whom and when. */
export interface ConsultationAnswer {
  answer: string;
  /** The law and article, or the policy, the answer rests on. */
  basis: string;
  answeredBy: { userId: string; name: string };
  answeredAt: string;
}

export interface RoutingDecision {
  countyCode: string;
  ruleSetVersion: number;
  firedRuleIds: string[];
  referrals: Referral[];
}

/** POST /api/matters (window) — the same body as POST /api/public/applications. */
export interface RegisterMatterRequest {
  content: MatterContent;
  /** Chosen by the client (a UUID); repeating the request returns the first matter. */
  requestId: string;
}

export interface TimelineEntry {
  eventId: string;
  eventType: string;
  source: string;
  occurredAt: string;
  summary: string;
  deadlines: Deadline[];
}

/** A matter as staff see it: the age instead of the birth date, identity and phone numbers masked (4213**************, 138****5678). */
export interface Matter {
  matterId: string;
  matterNumber: string;
  countyCode: string;
  registeredAt: string;
  /** e.g. AWAITING_ACCEPTANCE, ACCEPTED, NOT_ACCEPTED, CLOSED. */
  stage: string;
  content: MatterContent;
  timeline: TimelineEntry[];
  satisfaction?: SatisfactionRating;
}

export interface MatterSummary {
  matterId: string;
  matterNumber: string;
  countyCode: string;
  registeredAt: string;
  applicantName: string;
  employerName: string;
  kind: string;
  stage: string;
}

/** GET /api/matters?county=&stage=&q=&identityNumber=&pageSize=&pageToken= */
export interface MatterPage {
  matters: MatterSummary[];
  /** Empty when this is the last page. */
  nextPageToken: string;
}

export interface MissingItem {
  field: string;
  description: string;
}

export interface ArbitrationCase {
  caseId: string;
  matterId: string;
  matterNumber: string;
  countyCode: string;
  referralId: string;
  /** AWAITING_SUPPLEMENT, AWAITING_ACCEPTANCE_DECISION, ACCEPTED, NOT_ACCEPTED */
  status: string;
  receivedOn: string;
  missingItems: MissingItem[];
  receiptNumber: string;
  acceptanceNoticeNumber: string;
  acceptedOn: string;
  nonAcceptanceReason: string;
  remedy: string;
  deadlines: Deadline[];
  /** 文号 of the supplement notice in force while the case awaits a supplement (待补正). */
  supplementNoticeNumber?: string;
  /** Every supplement submitted (补正), oldest first. */
  supplements?: SupplementSubmission[];
}

/** GET /api/matters/:matterNumber — the matter, its referrals and its arbitration case, one screen (一管到底). */
export interface MatterDetail {
  matter: Matter;
  referrals: Referral[];
  arbitrationCase?: ArbitrationCase;
}

/**
 * POST /api/matters/:matterNumber/personal-data — the whole values that content shows de-identified;
 * needs a post in PERSONAL_DATA_ROLES; audited.
 */
export interface PersonalData {
  identityNumber: string;
  /** YYYY-MM-DD; content shows the age on the day of registration instead. */
  birthDate: string;
  phone: string;
  /** content.witnesses[i].contact, whole, in order. */
  witnessContacts: string[];
}

// ---------- Work queues (GET /api/queues) ----------

export type QueueId =
  | 'REFERRALS_TO_ACKNOWLEDGE' // 待签收的转办 (per target)
  | 'ARBITRATION_ACCEPTANCE_DECISIONS' // 待作出受理决定的仲裁申请
  | 'ESCALATIONS' // 人工分流：规则交由值班主任分流的事项 (a referral overdue for acknowledgement is in DEADLINE_ALERTS)
  | 'CONSULTATIONS_TO_ANSWER' // 待解答的咨询 (online and at the window, until answered)
  | 'DEADLINE_ALERTS'; // 期限预警与超期，值班主任督办 (every service's watched deadlines)

export interface QueueItem {
  matterId: string;
  matterNumber: string;
  countyCode: string;
  /** The referral or arbitration case this item is about. */
  referralId?: string;
  caseId?: string;
  /** For referrals: ISSUED (to acknowledge) or ACCEPTED (to report the outcome). */
  referralStatus?: string;
  /** One line, in Chinese. */
  title: string;
  /** For consultations: what the worker asked (the matter's facts and reasons), to answer from the queue. */
  question?: string;
  dueOn?: string;
  overdue: boolean;
  /** For deadline alerts: the watched deadline, WARNED (near) or BREACHED (passed), and its legal basis. */
  deadline?: { deadlineId: string; kind: string; state: 'WARNED' | 'BREACHED'; legalBasis: string; service: string };
}

export interface WorkQueue {
  id: QueueId;
  /** For referral queues: the target, e.g. MEDIATION. */
  target?: string;
  /** The post this queue belongs to. */
  role: StaffRole;
  items: QueueItem[];
}

/** GET /api/queues: one queue per post the user holds that has one. */
export interface WorkQueues {
  queues: WorkQueue[];
}

/** POST /api/referrals/:referralId/acknowledgement */
export interface AcknowledgeReferralRequest {
  accept: boolean;
  /** Required when declining. */
  declineReason?: string;
}

/** POST /api/referrals/:referralId/outcome */
/** How a referral may end; CLOSED: without settling it (e.g. withdrawn), nothing comes back to routing. */
export const REFERRAL_OUTCOMES = ['RESOLVED', 'FAILED', 'TRANSFERRED', 'CLOSED'] as const;
/** The offices a referral may be transferred to (移送). */
export const TRANSFER_DESTINATIONS = [
  'MEDIATION',
  'INSPECTION',
  'ARBITRATION',
  'LEGAL_AID',
  'PETITION',
  'LABOR_RELATIONS_SUPERVISION',
  'SUPERVISOR_QUEUE',
  'TRADE_UNION',
] as const;

export interface ReportOutcomeRequest {
  outcome: (typeof REFERRAL_OUTCOMES)[number];
  /** Required for FAILED, TRANSFERRED and CLOSED. */
  reason?: string;
  /** Required for TRANSFERRED: the office it goes to, which gets a referral of its own. */
  transferTo?: (typeof TRANSFER_DESTINATIONS)[number];
}

export interface ReportOutcomeResponse {
  referral: Referral;
  rerouted: Referral[];
}

/** POST /api/referrals/:referralId/consultation-answer: the limits routing enforces, shared with the web dialog. */
export const CONSULTATION_ANSWER_MAX_LENGTH = 2000;
export const CONSULTATION_BASIS_MAX_LENGTH = 500;

export interface AnswerConsultationRequest {
  /** Required. */
  answer: string;
  /** Required: 依据, the law and article or the policy the answer rests on. */
  basis: string;
  /** Chosen by the client (a UUID); repeating the request returns the recorded answer. */
  requestId?: string;
}

/** POST /api/arbitration-cases/:caseId/acceptance-decision */
export interface DecideAcceptanceRequest {
  decision: 'ACCEPT' | 'REFUSE';
  /** Required when refusing; printed on the 不予受理通知书. */
  refusalReason?: string;
}

// ---------- Supervisor dashboard (GET /api/dashboard?county=) ----------

export interface CountBy {
  key: string;
  count: number;
}

export interface Dashboard {
  counties: string[];
  mattersTotal: number;
  /** Matters per claim category (a matter with two categories counts in both). */
  byCategory: CountBy[];
  /** Referrals issued per target (the path a matter took). */
  byPath: CountBy[];
  /**
   * Same-day acceptance rate (当日受理率): of the wage-arrears, work-injury and major collective-dispute
   * applications arbitration accepted (those it must accept the same day), how many on the day the matter
   * was registered. rate = sameDay / accepted, 0 when none.
   */
  sameDayAcceptance: { accepted: number; sameDay: number; rate: number };
  /** Watched deadlines (every service's) near their due day or passed unmet, as the supervisor's queue holds them. */
  deadlineAlerts: { warned: number; breached: number };
  /** Deadlines already passed with the step not done. */
  overdue: QueueItem[];
}

// ---------- Audit log (GET /api/audit?actor=&action=&matterNumber=&from=&to=&pageToken=) ----------

export interface AuditEntry {
  id: string;
  at: string;
  /** username, or portal:<matter number>. */
  actor: string;
  roles: Role[];
  /** e.g. matter.register, matter.personal-data.read, referral.acknowledge, auth.sign-in.failed */
  action: string;
  /** What it was done to, e.g. a matter number or a username. */
  target: string;
  countyCode: string;
  /** Client address and user agent. */
  ip: string;
  userAgent: string;
  outcome: 'SUCCEEDED' | 'REFUSED' | 'FAILED';
  detail: string;
  /**
   * How many times it happened: 1, except for refusals, which are counted per caller, route and minute
   * (the first at once, the rest of that minute in one more entry).
   */
  count: number;
}

export interface AuditPage {
  entries: AuditEntry[];
  nextPageToken: string;
}

// ---------- Public portal (no sign-in) ----------

/** POST /api/public/applications — content.channel must be ONLINE. */
export interface ApplicationReceipt {
  matterNumber: string;
  registeredAt: string;
  /** Where the tracking code will be sent, masked. */
  phoneOnRecord: string;
}

/** POST /api/public/tracking-codes — always 202 with the same body, whether or not the number exists. */
export interface TrackingCodeRequest {
  matterNumber: string;
}

export interface TrackingCodeSent {
  message: string;
}

/** POST /api/public/tracking-sessions */
export interface TrackingSessionRequest {
  matterNumber: string;
  code: string;
}

export interface TrackingSession {
  /** Bearer token for the public matter endpoints of this one matter; short-lived. */
  trackingToken: string;
  expiresIn: number;
}

/** GET /api/public/matters/:matterNumber (Authorization: Bearer <trackingToken>) */
export interface PublicMatterView {
  matterNumber: string;
  countyCode: string;
  registeredAt: string;
  stage: string;
  /** Steps as the worker may see them: what happened and what is due, no staff notes. */
  timeline: Array<Pick<TimelineEntry, 'occurredAt' | 'summary' | 'deadlines'>>;
  /** True once the matter is closed and not yet rated (群众满意度). */
  canRate: boolean;
  /** What the center answered to the worker's consultation, and on what basis (咨询解答). */
  consultationAnswers?: PublicConsultationAnswer[];
  satisfaction?: SatisfactionRating;
}

/** POST /api/public/matters/:matterNumber/rating */
export interface SatisfactionRequest {
  /** 1 (very dissatisfied) … 5 (very satisfied). */
  score: number;
  comment?: string;
}

export interface PublicConsultationAnswer {
  answer: string;
  basis: string;
  /** The staff member who answered, by name. */
  answeredBy: string;
  answeredAt: string;
}

export interface SatisfactionRating {
  score: number;
  comment: string;
  ratedAt: string;
}

/** An outside agency's own credential for calling routing's referral RPCs directly (协作单位接入凭证). */
export interface AgencyCredential {
  credentialId: string;
  agency: 'TRADE_UNION' | 'LEGAL_AID' | 'MEDIATION';
  countyCodes: string[];
  label: string;
  issuedBy: string;
  issuedAt: string;
  /** Present once revoked. */
  revokedAt?: string;
  revokedBy?: string;
}

export interface IssueAgencyCredentialRequest {
  agency: AgencyCredential['agency'];
  countyCodes: string[];
  label: string;
}

export interface IssuedAgencyCredential {
  credential: AgencyCredential;
  /** `authorization: Agency <token>` on the agency's gRPC calls; shown in this answer only. */
  token: string;
}

/** The documents (文书) of an arbitration case, as they appear in download paths. */
export const CASE_DOCUMENT_KINDS = [
  'receipt',
  'acceptance-notice',
  'non-acceptance-notice',
  'supplement-notice',
] as const;
export type CaseDocumentKind = (typeof CASE_DOCUMENT_KINDS)[number];

/** One document issued on a case; the PDF is at GET /api/cases/:caseId/documents/:kind. */
export interface CaseDocument {
  caseId: string;
  kind: CaseDocumentKind;
  /** as printed: 收件回执, 受理通知书, 不予受理通知书, 书面说明 or 补正通知书 */
  title: string;
  /** 文号, e.g. 421303-仲受-2026-000001 */
  number: string;
  issuedOn: string;
}

/** GET /api/matters/:matterNumber/documents (staff) and GET /api/public/matters/:matterNumber/documents (the worker). */
export interface CaseDocumentList {
  documents: CaseDocument[];
}

// ---------- Supplements (补正) on an arbitration case ----------

/** One item of the supplement notice answered with text; `field` is the notice's MissingItem.field. */
export interface SuppliedItem {
  /** e.g. employer.address, evidence[0].source, employment.endDate */
  field: string;
  /** As text: applicant.sex MALE or FEMALE, applicant.age whole years, employment.endDate YYYY-MM-DD. */
  value: string;
}

/**
 * POST /api/cases/:caseId/supplements (an arbitration clerk or arbitrator, for an applicant at the window)
 * and POST /api/public/matters/:matterNumber/supplement (the worker, with the tracking token): what the
 * supplement notice in force asked for, all or part of it. Anything it did not ask for is refused (400,
 * naming the field); a case not awaiting a supplement answers 409.
 */
export interface SubmitSupplementRequest {
  /** Chosen by the client (a UUID): the same request again answers the case as it is; other content 409. */
  requestId: string;
  items: SuppliedItem[];
  /** 仲裁请求, only when the notice asks for `claims`. */
  claims?: Claim[];
  /** 证据及证据来源, only when the notice asks for `evidence`. */
  evidence?: EvidenceItem[];
}

/** A supplement as submitted: when, on which notice, which of its items. */
export interface SupplementSubmission {
  submittedOn: string;
  /** 文号 of the notice it answered. */
  noticeNumber: string;
  supplied: MissingItem[];
}

/** GET and POST /api/public/matters/:matterNumber/supplement: what the worker is asked to supply, if anything. */
export interface SupplementNoticeView {
  /** True while the arbitration case awaits a supplement (待补正). */
  awaiting: boolean;
  /** The case's status (AWAITING_SUPPLEMENT, AWAITING_ACCEPTANCE_DECISION, ACCEPTED, NOT_ACCEPTED); '' without a case. */
  caseStatus: string;
  /** 文号 of the notice in force; '' unless awaiting. */
  noticeNumber: string;
  /** What the notice in force asks for; empty unless awaiting. */
  missingItems: MissingItem[];
  /** By when (补正期限), while awaiting. */
  supplyBy?: Deadline;
  supplements: SupplementSubmission[];
}
