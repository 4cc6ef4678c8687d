import type { Role, StaffRole } from '@onewindow/access';
import type { Claim, EvidenceItem, MatterContent } from '@onewindow/matter';
import type { InspectionStatus, SupervisionStatus } from './inspection-types';

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
  /** MEDIATION, INSPECTION, ARBITRATION, LEGAL_AID, PETITION, LABOR_RELATIONS_SUPERVISION, SUPERVISOR_QUEUE, CONSULTATION_CLOSE, TRADE_UNION, COURT */
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
  /** A side referral an office asked for (e.g. mediation's 支付令 to the court), with the document attached. */
  sideReferral?: SideReferralOrigin;
}

export interface SideReferralOrigin {
  /** The office that asked, by its referral target (e.g. MEDIATION). */
  requestedBy: string;
  /** The office's own referral, which stays with it. */
  accompaniesReferralId: string;
  /** e.g. 调解协议书 and 421303-调协-2026-000001. */
  attachmentTitle: string;
  attachmentNumber: string;
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
  /**
   * AWAITING_SUPPLEMENT, AWAITING_ACCEPTANCE_DECISION, ACCEPTED, NOT_ACCEPTED, WITHDRAWN (撤回), MEDIATED (调解结案: the
   * 仲裁调解书 in force) or AWARDED (已裁决: the award on every claim made).
   */
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
  /** Once accepted: the award's last day in force (仲裁期限, Art. 43), after an extension or a resumption; absent while suspended. */
  awardDue?: Deadline;
  /** YYYY-MM-DD the hearing was suspended (中止) on, while it is; '' otherwise. */
  suspendedSince?: string;
  /** The award period's steps in words: the extension, each suspension and resumption. */
  awardPeriodSteps?: string[];
  /** Why the case ended when withdrawn (撤回); '' otherwise. */
  withdrawalReason?: string;
  // The proceedings after acceptance (POST /api/cases/:caseId/…, below); always present in the gateway's answers.
  /** 送达: the day the respondent received the application copy ('' until served), and whether after its 5 days (Art. 30). */
  applicationCopyServedOn?: string;
  applicationCopyServedLate?: boolean;
  /** How it was served: POST, IN_PERSON or ELECTRONIC ('' until served). */
  applicationCopyServedBy?: string;
  /** 电子送达: the respondent's agreement and the link last sent (the mobile masked; never the code). */
  electronicService?: ElectronicServiceView;
  /** The respondent's 10 days for the defence (答辩期), once the copy is served. */
  defenceDue?: Deadline;
  /** The day the defence (答辩书) came ('' until then), and whether late (the case goes on either way). */
  defenceSubmittedOn?: string;
  defenceLate?: boolean;
  /** 仲裁庭: THREE_ARBITRATORS or SOLE_ARBITRATOR ('' until composed), its seats, the simple procedure, the notice day. */
  tribunalForm?: string;
  tribunal?: ArbitratorSeat[];
  simpleProcedure?: boolean;
  tribunalNotifiedOn?: string;
  /** 开庭: every hearing scheduled, oldest first. */
  hearings?: HearingSlot[];
  /** 回避申请, oldest first; …/challenges/:challengeIndex/decision takes the index into this list. */
  challenges?: TribunalChallenge[];
  /** 仲裁调解书, once issued (its status says whether it is in force). */
  mediationStatement?: ArbitrationMediationStatement;
  /** 裁决书 made, oldest first: a partial award (先行裁决) and then the whole one. */
  awards?: ArbitrationAward[];
  /** 先予执行 decisions, oldest first. */
  advanceEnforcement?: AdvanceEnforcementDecision[];
  /** Why the respondent is decided in absence (缺席裁决, Art. 36); '' otherwise. */
  decidedInAbsenceReason?: string;
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
  /**
   * A report's reporter (举报人), whose name, domicile and occupation the matter never shows: for an inspector
   * only (劳动保障监察条例 Art. 9); any other post is refused a report's personal data (403).
   */
  reporter?: { name: string; domicile: string; occupation: string };
}

// ---------- Work queues (GET /api/queues) ----------

export type QueueId =
  | 'REFERRALS_TO_ACKNOWLEDGE' // 待签收的转办 (per target)
  | 'ARBITRATION_ACCEPTANCE_DECISIONS' // 待作出受理决定的仲裁申请
  | 'ESCALATIONS' // 人工分流：规则交由值班主任分流的事项 (a referral overdue for acknowledgement is in DEADLINE_ALERTS)
  | 'CONSULTATIONS_TO_ANSWER' // 待解答的咨询 (online and at the window, until answered)
  | 'DEADLINE_ALERTS' // 期限预警与超期，值班主任督办 (every service's watched deadlines)
  | 'MEDIATION_CASES' // 调解案件 (the mediator's open cases, theirs first; where mediation is deployed)
  | 'INSPECTION_CASES' // 监察案件 (the inspector's open cases, oldest received first; where inspection is deployed)
  | 'SUPERVISION_MATTERS'; // 劳动关系监管事项 (the officer's open matters; where labor-relations supervision is deployed)

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
  /** For mediation cases: the case's status, and whether the caller is one of its mediators. */
  mediationStatus?: MediationStatus;
  assignedToMe?: boolean;
  /** For inspection cases (caseId is the inspection case's) and supervision matters (caseId is the supervision id). */
  inspectionStatus?: InspectionStatus;
  supervisionStatus?: SupervisionStatus;
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
  /**
   * For ARBITRATION_CLERK and ARBITRATOR: the accepted cases of their counties (one page, oldest received first),
   * each with the next step it awaits and the award's last day; absent for the other posts.
   */
  arbitrationProceedings?: ArbitrationProceedingsItem[];
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

// ---------- The award period and withdrawal (仲裁期限, 劳动争议调解仲裁法 Art. 43; 办案规则 Arts. 35, 45–47) ----------

/** The one extension is at most 15 days (办案规则 Art. 45). */
export const MAX_AWARD_EXTENSION_DAYS = 15;

/** Who approves in writing: the committee's chair (仲裁委员会主任), or the court head by delegation. */
export const APPROVER_POSTS = ['COMMITTEE_CHAIR', 'DELEGATED_COURT_HEAD'] as const;
export type ApproverPost = (typeof APPROVER_POSTS)[number];

/** The grounds of 中止审理, 办案规则 Art. 47 items (一)–(七), in order. */
export const SUSPENSION_GROUNDS = [
  'WORKER_DIED_AWAITING_HEIRS',
  'WORKER_INCAPACITATED_AWAITING_AGENT',
  'EMPLOYER_TERMINATED_AWAITING_SUCCESSOR',
  'FORCE_MAJEURE',
  'AWAITING_ANOTHER_CASE',
  'AWAITING_DETERMINATION',
  'OTHER',
] as const;
export type SuspensionGround = (typeof SUSPENSION_GROUNDS)[number];

/** The chair's written approval; approvedBy is the signed-in user when the request names nobody. */
export interface WrittenApproval {
  /** Staff user id of the approver. */
  approvedBy?: string;
  approverPost: ApproverPost;
  /** YYYY-MM-DD */
  approvedOn: string;
}

/** POST /api/cases/:caseId/award-period/extension — the one extension, ARBITRATOR. */
export interface ExtendAwardPeriodRequest extends WrittenApproval {
  /** Calendar days, 1 to 15. */
  days: number;
  /** Why the case is complex (案情复杂需要延期). */
  reason: string;
}

/** POST /api/cases/:caseId/suspension — 中止审理, ARBITRATOR. */
export interface SuspendProceedingsRequest extends WrittenApproval {
  ground: SuspensionGround;
  details: string;
  /** YYYY-MM-DD */
  suspendedOn: string;
}

/** POST /api/cases/:caseId/resumption — 恢复审理, ARBITRATOR. */
export interface ResumeProceedingsRequest {
  /** YYYY-MM-DD */
  resumedOn: string;
  /** Why the ground has gone (中止审理的情形消除). */
  reason: string;
}

/** POST /api/cases/:caseId/withdrawal — the applicant's 撤回仲裁申请, recorded by ARBITRATION_CLERK or ARBITRATOR. */
export interface WithdrawApplicationRequest {
  /** YYYY-MM-DD */
  withdrawnOn: string;
  reason: string;
  /** The parties settled (自行和解, Art. 41). */
  settled: boolean;
}

// ---------- The proceedings after acceptance (劳动争议调解仲裁法 Arts. 30–50; 办案规则 2017) ----------
// POST /api/cases/:caseId/… — each answers 200 with the ArbitrationCase as it now is and is on the audit log.
// Bodies are arbitration's requests in camelCase (the case, hearing and challenge are in the path); money in
// integer fen; dates YYYY-MM-DD (China time), instants RFC 3339 with their offset.

/** The written notice of a hearing is served at least 5 working days before it (开庭五日前, Art. 35; 办案规则 Art. 80). */
export const HEARING_NOTICE_WORKING_DAYS = 5;

/** How staff record the application copy served (送达) by `application-copy-service`; 电子送达 has its own routes (`electronic-service`), the respondent confirming at the link. */
export const SERVICE_METHODS = ['POST', 'IN_PERSON'] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];

/** 仲裁庭: three arbitrators, or a sole arbitrator under the simple procedure (办案规则 Arts. 56–57). */
export const TRIBUNAL_FORMS = ['THREE_ARBITRATORS', 'SOLE_ARBITRATOR'] as const;
export type TribunalForm = (typeof TRIBUNAL_FORMS)[number];
/** 首席仲裁员, 仲裁员, 独任仲裁员 */
export const ARBITRATOR_SEATS = ['PRESIDING', 'MEMBER', 'SOLE'] as const;
export type ArbitratorSeatRole = (typeof ARBITRATOR_SEATS)[number];

/** 申请人 (the worker) or 被申请人 (the employer). */
export const ARBITRATION_PARTIES = ['APPLICANT', 'RESPONDENT'] as const;
export type ArbitrationParty = (typeof ARBITRATION_PARTIES)[number];

/** The four grounds of 回避 (Art. 33 items 1–4). */
export const CHALLENGE_GROUNDS = [
  'CLOSE_RELATIVE', // 是本案当事人或者当事人、代理人的近亲属
  'INTERESTED_IN_THE_CASE', // 与本案有利害关系
  'OTHER_RELATIONSHIP', // 与本案当事人、代理人有其他关系，可能影响公正裁决
  'PRIVATE_MEETING_OR_GIFTS', // 私自会见当事人、代理人，或者接受当事人、代理人的请客送礼
] as const;
export type ChallengeGround = (typeof CHALLENGE_GROUNDS)[number];
/** When the challenge is raised, against the hearing (办案规则 Art. 11). */
export const CHALLENGE_STAGES = ['BEFORE_HEARING', 'DURING_HEARING', 'AFTER_DEBATE_CLOSED'] as const;
export type ChallengeStage = (typeof CHALLENGE_STAGES)[number];
/** Who decides (办案规则 Art. 12): the commission's chair, the institute head it entrusted, or the commission. */
export const CHALLENGE_DECIDERS = ['COMMISSION_CHAIR', 'ENTRUSTED_INSTITUTE_HEAD', 'COMMISSION'] as const;
export type ChallengeDecider = (typeof CHALLENGE_DECIDERS)[number];
export const CHALLENGE_DECISIONS = ['GRANTED', 'REFUSED'] as const;
export type ChallengeDecision = (typeof CHALLENGE_DECISIONS)[number];

/** Art. 36: did not come, or left without the tribunal's leave. */
export const ABSENCE_KINDS = ['DID_NOT_APPEAR', 'LEFT_WITHOUT_LEAVE'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

/** Per claim of the award (裁决): granted, partly granted or refused. */
export const CLAIM_OUTCOMES = ['GRANTED', 'PARTLY_GRANTED', 'REFUSED'] as const;
export type ClaimOutcome = (typeof CLAIM_OUTCOMES)[number];
/** WHOLE ends the case; PARTIAL (先行裁决, Art. 43 para 2) decides the clear part and the case goes on. */
export const AWARD_SCOPES = ['WHOLE', 'PARTIAL'] as const;
export type AwardScope = (typeof AWARD_SCOPES)[number];

export interface ArbitratorSeat {
  /** The arbitrator's id on the commission's roll (仲裁员名册), e.g. the staff user id. */
  arbitratorId: string;
  name: string;
  role: ArbitratorSeatRole;
}

export interface HearingPostponement {
  party: string;
  requestedOn: string;
  reason: string;
  /** GRANTED, REFUSED, or '' while undecided. */
  decision: string;
  decidedOn: string;
  decisionReason: string;
}

export interface HearingSlot {
  /** As …/hearings/:hearingId/… takes it. */
  hearingId: string;
  startsAt: string;
  endsAt: string;
  /** On site: the room and the place as printed ('' online); online: the meeting link ('' on site). */
  roomId: string;
  place: string;
  meetingLink: string;
  noticeServedOn: string;
  /** SCHEDULED, POSTPONED or HELD. */
  status: string;
  /** 延期开庭申请 and their decisions, oldest first. */
  postponements: HearingPostponement[];
  /** 庭审笔录 once HELD: who recorded it, when, and the text; '' before. */
  recordClerkId: string;
  recordedAt: string;
  recordText: string;
  /** A collective dispute is heard first (优先, 办案规则 Art. 5). */
  priority: boolean;
}

export interface TribunalChallenge {
  arbitratorId: string;
  role: string;
  party: string;
  ground: string;
  reason: string;
  filedOn: string;
  stage: string;
  /** PENDING, GRANTED or REFUSED. */
  status: string;
  /** The decision is due within 3 days (办案规则 Art. 12). */
  decisionDue?: Deadline;
  decidedBy: string;
  decidedOn: string;
  decisionReason: string;
  decidedLate: boolean;
  /** Granted: the arbitrator who took the seat. */
  replacedBy: string;
}

/** One claim as the 调解书 settles it. */
export interface ArbitrationSettledClaim {
  /** Index into the application's claims (仲裁请求). */
  claimIndex: number;
  category: string;
  claimedFen: number;
  amountFen: number;
  reasonAboveClaim: string;
}

export interface ReceiptSignature {
  party: string;
  signedAt: string;
}

/** 仲裁调解书 (Art. 42): in force once both parties signed for it; a party may go back on it before. */
export interface ArbitrationMediationStatement {
  /** 文号, e.g. 421303-仲调-2026-000001 (the PDF: documents/mediation-statement). */
  number: string;
  issuedOn: string;
  settledClaims: ArbitrationSettledClaim[];
  totalFen: number;
  otherTerms: string;
  /** AWAITING_SIGNATURES, IN_FORCE or RETRACTED. */
  status: string;
  signatures: ReceiptSignature[];
  effectiveOn: string;
  retractedBy: string;
  retractionReason: string;
  arbitratorIds: string[];
}

/** One claim as the award decides it, with its finality (终局裁决, Art. 47) and why. */
export interface ClaimDecision {
  claimIndex: number;
  /** WAGES, WORK_INJURY_MEDICAL, SEVERANCE, DAMAGES, HOURS_REST_LEAVE, SOCIAL_INSURANCE, … */
  category: string;
  claimedFen: number;
  /** GRANTED, PARTLY_GRANTED or REFUSED. */
  outcome: string;
  amountFen: number;
  reasons: string;
  finalAward: boolean;
  finalityBasis: string;
  finalityReason: string;
}

/** The remedy printed on the award (Arts. 48–50): who may sue or apply, within how many days. */
export interface RemedyNotice {
  /** WORKER, EMPLOYER or EITHER_PARTY. */
  holder: string;
  text: string;
  days: number;
}

/** One 裁决书 as printed: a MIXED award has two, the final one first (办案规则 Art. 50). */
export interface AwardDocument {
  /** 文号 ('' in a preview): GET /api/cases/:caseId/documents/award?number= downloads it. */
  number: string;
  /** FINAL or NON_FINAL. */
  finality: string;
  title: string;
  claimIndexes: number[];
  totalAwardedFen: number;
  remedies: RemedyNotice[];
}

export interface ArbitrationAward {
  awardedOn: string;
  /** WHOLE or PARTIAL. */
  scope: string;
  partialBasis: string;
  decisions: ClaimDecision[];
  /** FINAL, MIXED or NON_FINAL. */
  kind: string;
  /** 12 × the local monthly minimum wage in force on the filing day, in fen (0 when no amount was decided). */
  thresholdFen: number;
  documents: AwardDocument[];
  totalAwardedFen: number;
  /** Claims a later award still has to decide (after a PARTIAL one). */
  openClaimIndexes: number[];
  inAbsence: boolean;
}

export interface AdvanceEnforcementItem {
  claimIndex: number;
  amountFen: number;
  /** The claim's category (WAGES, WORK_INJURY_MEDICAL, SEVERANCE or DAMAGES, Art. 44); the claim's own when omitted. */
  category?: string;
}

/** 先予执行 (Art. 44): granted, the order goes to the people's court for enforcement. */
export interface AdvanceEnforcementDecision {
  number: string;
  appliedOn: string;
  decidedOn: string;
  /** GRANTED or REFUSED. */
  outcome: string;
  reasons: string[];
  items: AdvanceEnforcementItem[];
  totalFen: number;
  transferToCourt: boolean;
}

/** POST /api/cases/:caseId/application-copy-service — 送达 (ARBITRATION_CLERK, ARBITRATOR). */
export interface RecordApplicationCopyServiceRequest {
  method: ServiceMethod;
  /** By post: the registered letter's tracking number (挂号信/EMS). */
  trackingNumber?: string;
  /** YYYY-MM-DD the respondent received it (the receipt's date). */
  receivedOn: string;
  /** In person: who signed the receipt for the employer. */
  signedBy?: string;
}

/** POST /api/cases/:caseId/defence — 答辩书 received (ARBITRATION_CLERK, ARBITRATOR). */
export interface RecordDefenceRequest {
  /** YYYY-MM-DD */
  submittedOn: string;
}

/** POST /api/cases/:caseId/tribunal — 组庭 (ARBITRATOR). */
export interface ComposeTribunalRequest {
  form: TribunalForm;
  /** PRESIDING then two MEMBERs, or one SOLE. */
  arbitrators: ArbitratorSeat[];
  /** YYYY-MM-DD */
  composedOn: string;
  /** For the simple procedure: the facts are clear (事实清楚、权利义务关系明确、争议不大). */
  factsClear?: boolean;
  /** For the simple procedure: both parties agreed to it. */
  bothPartiesAgree?: boolean;
  /** YYYY-MM-DD the parties were told in writing; omitted when not yet. */
  notifiedOn?: string;
}

/** POST /api/cases/:caseId/challenges — a party's 回避申请, recorded (ARBITRATION_CLERK, ARBITRATOR). */
export interface ChallengeArbitratorRequest {
  arbitratorId: string;
  party: ArbitrationParty;
  ground: ChallengeGround;
  reason: string;
  /** YYYY-MM-DD */
  filedOn: string;
  stage: ChallengeStage;
  /** For DURING_HEARING: the ground became known only after the hearing began. */
  groundLearnedAfterHearingBegan?: boolean;
  /** The arbitrator challenged is the commission's chair: the commission decides. */
  challengedIsCommissionChair?: boolean;
}

/** POST /api/cases/:caseId/challenges/:challengeIndex/decision — the decision on a pending challenge (ARBITRATOR). */
export interface DecideChallengeRequest {
  decision: ChallengeDecision;
  decidedBy: ChallengeDecider;
  /** YYYY-MM-DD */
  decidedOn: string;
  reason: string;
  /** For GRANTED: the arbitrator who takes the seat. */
  replacementArbitratorId?: string;
  replacementName?: string;
}

/** POST /api/cases/:caseId/hearings — 开庭 (ARBITRATOR): on site (roomId and place) or online (meetingLink). */
export interface ScheduleHearingRequest {
  /** RFC 3339, e.g. 2026-12-08T09:00:00+08:00; at least 5 working days after noticeServedOn. */
  startsAt: string;
  endsAt: string;
  /** On site: one of GET /api/hearing-rooms; a clash with another booking is 409 naming it. */
  roomId?: string;
  place?: string;
  /** Online: an https link. */
  meetingLink?: string;
  /** YYYY-MM-DD the written notice (开庭通知书) is served on the parties. */
  noticeServedOn: string;
}

/** POST /api/cases/:caseId/hearings/:hearingId/postponement — a party's request and the tribunal's decision (ARBITRATOR). */
export interface PostponeHearingRequest {
  party: ArbitrationParty;
  /** YYYY-MM-DD, at the latest 3 working days before the hearing (Art. 35). */
  requestedOn: string;
  reason: string;
  granted: boolean;
  decidedOn: string;
  decisionReason: string;
}

export interface HearingAbsence {
  party: ArbitrationParty;
  kind: AbsenceKind;
  /** YYYY-MM-DD the party received the written notice; omitted when none was received. */
  writtenNoticeReceivedOn?: string;
  /** The reason the party gave, if any, and whether the tribunal accepts it (正当理由). */
  reason?: string;
  reasonAccepted?: boolean;
}

/** POST /api/cases/:caseId/hearings/:hearingId/record — 庭审笔录 and who was absent (ARBITRATOR). */
export interface RecordHearingRequest {
  /** 10 to 20,000 characters. */
  recordText: string;
  /** None when both parties came. */
  absences?: HearingAbsence[];
}

export interface SettledClaimInput {
  claimIndex: number;
  amountFen: number;
  /** Required when the settlement is above the claim. */
  reasonAboveClaim?: string;
}

/** POST /api/cases/:caseId/mediation-statement — 仲裁调解书 (ARBITRATOR). */
export interface IssueMediationStatementRequest {
  /** YYYY-MM-DD */
  issuedOn: string;
  settledClaims: SettledClaimInput[];
  /** Other terms in words (how and when to pay, a certificate of employment). */
  otherTerms?: string;
}

/** POST /api/cases/:caseId/mediation-statement/signatures — a party signs for it (签收) (ARBITRATION_CLERK, ARBITRATOR). */
export interface SignForMediationStatementRequest {
  party: ArbitrationParty;
  /** RFC 3339; now when omitted. */
  signedAt?: string;
}

/** POST /api/cases/:caseId/mediation-statement/retraction — a party goes back on it before both signed. */
export interface RetractMediationStatementRequest {
  party: ArbitrationParty;
  reason: string;
}

export interface ClaimDecisionInput {
  claimIndex: number;
  outcome: ClaimOutcome;
  /** The claim for GRANTED, less for PARTLY_GRANTED, 0 for REFUSED; never above the claim. */
  amountFen: number;
  /** 裁决理由 */
  reasons: string;
}

/** POST /api/cases/:caseId/award (ARBITRATOR) and …/award/preview (the same body; nothing is saved). */
export interface IssueAwardRequest {
  /** YYYY-MM-DD */
  awardedOn: string;
  scope: AwardScope;
  decisions: ClaimDecisionInput[];
  /** For PARTIAL: which part of the facts is clear and why it is decided first. */
  partialBasis?: string;
}
export type PreviewAwardRequest = IssueAwardRequest;

/** The answer of POST /api/cases/:caseId/award/preview: the award as it would be made, documents unnumbered. */
export interface AwardPreview {
  award: ArbitrationAward;
}

/** POST /api/cases/:caseId/advance-enforcement — 先予执行 (ARBITRATOR). */
export interface DecideAdvanceEnforcementRequest {
  /** YYYY-MM-DD */
  appliedOn: string;
  decidedOn: string;
  items: AdvanceEnforcementItem[];
  /** The tribunal's findings: 权利义务关系明确; 不先予执行将严重影响申请人的生活. */
  rightsAndObligationsClear: boolean;
  livelihoodSeriouslyAffected: boolean;
}

/** One hearing room of a county (仲裁庭室). */
export interface HearingRoom {
  roomId: string;
  name: string;
}

/** GET /api/hearing-rooms?county= (ARBITRATION_CLERK, ARBITRATOR of the county). */
export interface HearingRoomList {
  rooms: HearingRoom[];
}

/** A hearing booked in a room. */
export interface RoomHearing {
  hearingId: string;
  caseId: string;
  startsAt: string;
  endsAt: string;
}

/** GET /api/hearing-rooms/:roomId/hearings?county=&weekStart= — the room's 7 days from weekStart, by start. */
export interface RoomHearingList {
  hearings: RoomHearing[];
}

/** What an accepted case awaits next, in the order of the proceedings. */
export const PROCEEDINGS_NEXT_STEPS = [
  'SERVE_APPLICATION_COPY', // 送达仲裁申请书副本 (Art. 30)
  'COMPOSE_TRIBUNAL', // 组庭 (Art. 32)
  'SCHEDULE_HEARING', // 排期开庭 (Art. 35), also after a postponement
  'RECORD_HEARING', // 开庭并制作庭审笔录 (Art. 40)
  'AWARD', // 裁决 (Arts. 42–47), or a 调解书
] as const;
export type ProceedingsNextStep = (typeof PROCEEDINGS_NEXT_STEPS)[number];

/** One accepted case in GET /api/queues' arbitrationProceedings. */
export interface ArbitrationProceedingsItem {
  caseId: string;
  matterId: string;
  matterNumber: string;
  countyCode: string;
  applicantName: string;
  nextStep: ProceedingsNextStep;
  /** The award's last day in force (仲裁期限, Art. 43); absent while suspended. */
  awardDueOn?: string;
  /** The award's last day has passed. */
  overdue: boolean;
  /** YYYY-MM-DD the hearing was suspended (中止) on, while it is; '' otherwise. */
  suspendedSince: string;
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
  /** Mediation's figures, where the county deploys the mediation service. */
  mediation?: MediationStatistics;
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

/** 电子送达 on a case, as staff see it. */
export interface ElectronicServiceView {
  /** ISO instant of the respondent's written agreement (电子送达确认书). */
  agreedAt: string;
  /** The mobile it gave, masked (138****5678). */
  mobile: string;
  recordedBy: string;
  /** The last link sent ('' before any): when, until when, wrong codes entered (5 lock it). */
  sentAt: string;
  expiresAt: string;
  wrongCodes: number;
  locked: boolean;
}

/** POST /api/cases/:caseId/electronic-service/consent (ARBITRATION_CLERK, ARBITRATOR) */
export interface ElectronicServiceConsentRequest {
  /** ISO instant the respondent signed its agreement; not in the future. */
  agreedAt: string;
  /** The mainland mobile number the agreement names. */
  mobile: string;
}

/** POST /api/cases/:caseId/electronic-service (ARBITRATION_CLERK, ARBITRATOR): the SMS is sent; never the code. */
export interface ElectronicServiceSent {
  case: ArbitrationCase;
  /** The masked mobile the SMS went to. */
  sentTo: string;
  expiresAt: string;
}

/** GET /api/public/service/:token — what the respondent is served, before it enters the code. */
export interface PublicElectronicService {
  matterNumber: string;
  /** The commission serving it. */
  commission: string;
  /** The titles of the documents served. */
  documents: string[];
  sentAt: string;
  expiresAt: string;
  served: boolean;
  servedOn: string;
  attemptsLeft: number;
}

/** POST /api/public/service/:token/receipt */
export interface ElectronicServiceReceiptRequest {
  /** The six-digit code from the SMS. */
  code: string;
}

export interface ElectronicServiceReceipt {
  /** YYYY-MM-DD the copy was served on, and the defence's last day. */
  servedOn: string;
  defenceDue: Deadline;
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
  agency: 'TRADE_UNION' | 'LEGAL_AID' | 'MEDIATION' | 'COURT';
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
  'application-copy-notice', // 仲裁申请书副本送达通知书 (Art. 30)
  'defence-notice', // 答辩通知书 (Art. 30)
  'tribunal-notice', // 组庭通知书 (Art. 32)
  'hearing-notice', // 开庭通知书 (Art. 35), one per hearing: ?number= picks one
  'mediation-statement', // 仲裁调解书 (Art. 42)
  'award', // 仲裁裁决书 (Arts. 46–50): a MIXED award has two, by number
  'advance-enforcement', // 先予执行裁决书 (Art. 44)
] as const;
export type CaseDocumentKind = (typeof CASE_DOCUMENT_KINDS)[number];

/** One document issued on a case; the PDF is at GET /api/cases/:caseId/documents/:kind. */
export interface CaseDocument {
  caseId: string;
  kind: CaseDocumentKind;
  /** as printed: 收件回执, 受理通知书, 不予受理通知书, 书面说明, 补正通知书, 组庭通知书, 仲裁裁决书（终局裁决）, … */
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
  /** The case's status (AWAITING_SUPPLEMENT, AWAITING_ACCEPTANCE_DECISION, ACCEPTED, NOT_ACCEPTED, WITHDRAWN); '' without a case. */
  caseStatus: string;
  /** 文号 of the notice in force; '' unless awaiting. */
  noticeNumber: string;
  /** What the notice in force asks for; empty unless awaiting. */
  missingItems: MissingItem[];
  /** By when (补正期限), while awaiting. */
  supplyBy?: Deadline;
  supplements: SupplementSubmission[];
}

// ---------- Mediation (调解, 劳动争议调解仲裁法 Arts. 10–16) ----------
// Mediation is a county's choice: where it is not deployed every route below answers 503
// (本地未部署调解服务), the queues hold no MEDIATION_CASES and the dashboard has no `mediation`.
// Every write carries the case's `version` as `expectedVersion`: 409 when the case changed since.

/** MEDIATION_STATUS_* without the prefix. */
export const MEDIATION_STATUSES = [
  'AWAITING_CONSENT', // 调解建议书 issued; the employer has not yet answered
  'IN_MEDIATION', // both consented: mediators, sessions, the agreement
  'AGREEMENT_IN_FORCE', // 调解协议书 sealed; its payments are followed
  'RESOLVED',
  'FAILED',
  'DECLINED',
] as const;
export type MediationStatus = (typeof MEDIATION_STATUSES)[number];
/** The statuses of a case still open (the mediator's queue). */
export const OPEN_MEDIATION_STATUSES = ['AWAITING_CONSENT', 'IN_MEDIATION', 'AGREEMENT_IN_FORCE'] as const;

export const MEDIATOR_KINDS = [
  'HRSS_MEDIATOR', // 人社调解员
  'TRADE_UNION_MEDIATOR', // 工会调解员
  'COURT_APPOINTED_MEDIATOR', // 特邀调解员
  'PEOPLES_MEDIATION_COMMITTEE', // 人民调解委员会
] as const;
export type MediatorKind = (typeof MEDIATOR_KINDS)[number];

export const MEDIATION_PARTIES = ['WORKER', 'EMPLOYER'] as const;
export type MediationParty = (typeof MEDIATION_PARTIES)[number];

export const SIGNER_ROLES = ['WORKER', 'EMPLOYER', 'MEDIATOR'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];
/** IN_PERSON: recorded by the mediator; ONLINE_ONE_TIME_CODE: the worker through the portal. */
export type SignatureMethod = 'IN_PERSON' | 'ONLINE_ONE_TIME_CODE';

export const SESSION_ATTENDANCES = ['PRESENT', 'ABSENT'] as const;
export type SessionAttendance = (typeof SESSION_ATTENDANCES)[number];

export const COURT_ROUTES = [
  'PAYMENT_ORDER', // 支付令 (Art. 16)
  'JUDICIAL_CONFIRMATION', // 司法确认 (人民调解法 Art. 33)
] as const;
export type CourtRoute = (typeof COURT_ROUTES)[number];

/** The documents (文书) of a mediation case, as they appear in download paths. */
export const MEDIATION_DOCUMENT_KINDS = [
  'recommendation', // 调解建议书
  'agreement', // 调解协议书
  'failure-notice', // 调解终止通知书
] as const;
export type MediationDocumentKind = (typeof MEDIATION_DOCUMENT_KINDS)[number];

/** One mediator of a county's roll (调解员名册). */
export interface Mediator {
  staffUserId: string;
  name: string;
  kind: MediatorKind;
  countyCode: string;
  /** Cases now open with this mediator (assignment by load balances them). */
  openCases: number;
}

/** GET /api/mediators?countyCode= (SUPERVISOR, and MEDIATOR to choose a panel) */
export interface MediatorList {
  mediators: Mediator[];
}

/** POST /api/mediators (SUPERVISOR): enrols a mediator, or with active false takes one off the roll. */
export interface EnrolMediatorRequest {
  countyCode: string;
  /** The staff member's user id (the gateway account's username). */
  staffUserId: string;
  name: string;
  kind: MediatorKind;
  /** false takes the mediator off the roll (open cases stay with them). */
  active: boolean;
}

/** A conflict of interest a mediator declared (利益冲突); staff only. */
export interface ConflictOfInterest {
  staffUserId: string;
  party: MediationParty;
  reason: string;
  declaredOn: string;
}

/** Where a session is held: on site (place) or online (an https meeting link; the video stays with the platform). */
export interface MediationSessionVenue {
  mode: 'ON_SITE' | 'ONLINE';
  /** With ON_SITE. */
  place?: string;
  /** With ONLINE: https://… */
  meetingLink?: string;
}

/** A session (调解会议) as staff see it. */
export interface MediationSession {
  /** Its position in the case's sessions (0-based), as POST …/sessions/{index}/record takes it. */
  index: number;
  startsAt: string;
  venue: MediationSessionVenue;
  /** Once recorded. */
  workerAttendance?: SessionAttendance;
  employerAttendance?: SessionAttendance;
  /** 调解笔录, once recorded. */
  record?: string;
  /** How each party was told, e.g. 短信 138****5678 (phones masked). */
  notices: string[];
}

/** A claim of the matter as mediation holds it. */
export interface MediationClaim {
  category: string;
  description: string;
  amountFen: number;
}

export interface SettledClaim {
  /** Index into the case's claims. */
  claimIndex: number;
  category: string;
  claimedFen: number;
  amountFen: number;
  /** Why the agreed amount is above the claim, when it is. */
  reasonAboveClaim?: string;
}

export interface AgreementInstalment {
  dueOn: string;
  amountFen: number;
  /** As of today. */
  status: 'PAID' | 'PARTLY_PAID' | 'UNPAID' | 'NOT_YET_DUE';
  paidFen: number;
}

export interface AgreementSignature {
  role: SignerRole;
  /** The mediator's staff user id; for a party, the party's id in the case. */
  signerId: string;
  signedAt: string;
  method: SignatureMethod;
}

/** The 调解协议书 as drafted, being signed, or sealed. */
export interface MediationAgreement {
  /** 文号 once sealed, e.g. 421303-调协-2026-000001; '' before. */
  number: string;
  agreedOn: string;
  settledClaims: SettledClaim[];
  totalFen: number;
  instalments: AgreementInstalment[];
  otherTerms: string;
  signatures: AgreementSignature[];
  status: 'DRAFT' | 'SIGNING' | 'SEALED';
  /** The day it took effect (sealed). */
  effectiveOn?: string;
}

export interface MediationPayment {
  instalmentIndex: number;
  amountFen: number;
  paidOn: string;
  recordedBy: string;
}

/** A 支付令 or 司法确认 request sent to the court (a side referral with the agreement attached). */
export interface CourtApplication {
  route: CourtRoute;
  requestedOn: string;
  requestedBy: string;
  referralId: string;
  amountFen: number;
  reason: string;
}

/** One document issued on a mediation case; the PDF is at GET /api/mediation-cases/:caseId/documents/:kind. */
export interface MediationDocument {
  caseId: string;
  kind: MediationDocumentKind;
  /** as printed: 调解建议书, 调解协议书, 调解终止通知书 */
  title: string;
  /** 文号, e.g. 421303-调建-2026-000001 */
  number: string;
  issuedOn: string;
}

/**
 * GET /api/mediation-cases/:caseId/documents (staff) and GET /api/public/matters/:matterNumber/mediation/documents
 * (the worker); each PDF at …/documents/:kind.
 */
export interface MediationDocumentList {
  documents: MediationDocument[];
}

/**
 * A mediation case as staff see it (GET /api/mediation-cases/:caseId and GET /api/matters/:matterNumber/mediation
 * for the posts that work on matters; the answer of every write).
 */
export interface MediationCase {
  caseId: string;
  referralId: string;
  matterId: string;
  matterNumber: string;
  countyCode: string;
  status: MediationStatus;
  /** The day mediation received the application (not counted, Art. 14 para 3). */
  receivedOn: string;
  /** 调解建议书 文号. */
  recommendationNumber: string;
  workerName: string;
  employerName: string;
  claims: MediationClaim[];
  /** The last day of the period in force (15 days, or an agreed extension). */
  period?: Deadline;
  statutoryDueOn: string;
  /** The extensions recorded, in words. */
  extensions: string[];
  employerConsented: boolean;
  /** '' until the employer answered. */
  employerAnsweredAt: string;
  mediators: Mediator[];
  conflicts: ConflictOfInterest[];
  sessions: MediationSession[];
  agreement?: MediationAgreement;
  payments: MediationPayment[];
  courtApplications: CourtApplication[];
  /** How it ended (RESOLVED / FAILED / DECLINED) and why; '' while open. */
  outcomeReason: string;
  concludedOn: string;
  documents: MediationDocument[];
  /** Send it back as expectedVersion on the next write. */
  version: number;
  /** Whether the 支付令 route is open now, and why (or why not). */
  paymentOrderAvailable: boolean;
  paymentOrderReason: string;
  /** The last day to apply jointly for judicial confirmation; '' until the agreement is in force. */
  judicialConfirmationDueOn: string;
}

/** GET /api/mediation-cases?status=&assignedTo=me&pageToken= (MEDIATOR, SUPERVISOR), oldest received first. */
export interface MediationCasePage {
  cases: MediationCase[];
  /** Empty when this is the last page. */
  nextPageToken: string;
}

/** Every write's body names the case version it was made against. */
export interface MediationWrite {
  /** MediationCase.version as last read; 409 when the case changed since. */
  expectedVersion: number;
}

/** POST /api/mediation-cases/:caseId/employer-consent: the employer's answer to the 调解建议书 (Art. 5). */
export interface RecordEmployerConsentRequest extends MediationWrite {
  /** true starts mediation; false declines it and the matter goes back to routing (then arbitration). */
  consents: boolean;
  /** When the employer answered (RFC 3339). */
  answeredAt: string;
  /** How the answer came: 电话, 当面, 书面. */
  how: string;
}

/** POST /api/mediation-cases/:caseId/conflicts: a mediator's conflict of interest; they are never assigned. */
export interface DeclareConflictOfInterestRequest extends MediationWrite {
  staffUserId: string;
  party: MediationParty;
  reason: string;
}

/**
 * POST /api/mediation-cases/:caseId/mediators (MEDIATOR, SUPERVISOR): by load (panelSize, optionally of
 * these kinds) or by choice (staffUserIds, the presiding one first; load is then not used).
 */
export interface AssignMediatorsRequest extends MediationWrite {
  panelSize?: number;
  kinds?: MediatorKind[];
  staffUserIds?: string[];
}

/**
 * POST /api/mediation-cases/:caseId/sessions: schedules a session and sends the 调解会议通知 by SMS to the
 * worker's phone on record and, when given, to the employer's contact. Scheduled but not sent → 502.
 */
export interface ScheduleSessionRequest extends MediationWrite {
  /** RFC 3339, within the period and not in the past. */
  startsAt: string;
  venue: MediationSessionVenue;
  /** The employer's contact phone for the notice (mobile, 11 digits); never stored, only its masked form. */
  employerContactPhone?: string;
}

/** POST /api/mediation-cases/:caseId/sessions/:index/record: attendance and the 调解笔录 of a session begun. */
export interface RecordSessionRequest extends MediationWrite {
  workerAttendance: SessionAttendance;
  employerAttendance: SessionAttendance;
  /** 调解笔录, 10 to 4,000 characters. */
  record: string;
}

/** POST /api/mediation-cases/:caseId/extension: both parties agreed to extend the period. */
export interface ExtendPeriodRequest extends MediationWrite {
  /** YYYY-MM-DD, after the period in force. */
  newDueOn: string;
  /** When each party agreed (RFC 3339). */
  workerAgreedAt: string;
  employerAgreedAt: string;
}

export interface SettledClaimDraft {
  /** Index into MediationCase.claims. */
  claimIndex: number;
  amountFen: number;
  /** Required when amountFen is above the claimed amount. */
  reasonAboveClaim?: string;
}

export interface InstalmentDraft {
  dueOn: string;
  amountFen: number;
}

/** POST /api/mediation-cases/:caseId/agreement: the 调解协议书 drafted, or redrafted while nobody has signed. */
export interface DraftAgreementRequest extends MediationWrite {
  /** YYYY-MM-DD, the date written on the agreement. */
  agreedOn: string;
  settledClaims: SettledClaimDraft[];
  /** Sums exactly to the settled total, none before agreedOn. */
  instalments: InstalmentDraft[];
  otherTerms?: string;
}

/**
 * POST /api/mediation-cases/:caseId/agreement/signatures: the worker's or the employer's signature given
 * in person and recorded by the mediator, or MEDIATOR: the calling mediator signs as themself. The third
 * signature seals it (Art. 14).
 */
export interface SignAgreementRequest extends MediationWrite {
  role: SignerRole;
}

/** POST /api/mediation-cases/:caseId/payments: a payment on the agreement's schedule. */
export interface RecordPaymentRequest extends MediationWrite {
  instalmentIndex: number;
  amountFen: number;
  /** YYYY-MM-DD. */
  paidOn: string;
}

/** POST /api/mediation-cases/:caseId/court-routes: 支付令 or 司法确认, sent to the court with the agreement. */
export interface RequestCourtRouteRequest extends MediationWrite {
  route: CourtRoute;
}

/** A session as the worker sees it: when and where, no attendance or record. */
export interface PublicMediationSession {
  startsAt: string;
  venue: MediationSessionVenue;
}

/** The agreement as the worker sees it: amounts and schedule, who signed when (no staff ids). */
export interface PublicMediationAgreement {
  number: string;
  agreedOn: string;
  settledClaims: SettledClaim[];
  totalFen: number;
  instalments: AgreementInstalment[];
  otherTerms: string;
  signatures: Array<Pick<AgreementSignature, 'role' | 'signedAt' | 'method'>>;
  status: MediationAgreement['status'];
  effectiveOn?: string;
}

/**
 * GET /api/public/matters/:matterNumber/mediation (tracking token): the worker's view of their mediation;
 * no staff notes (conflicts of interest, 调解笔录, attendance, how notices went, who recorded what).
 */
export interface PublicMediationView {
  matterNumber: string;
  status: MediationStatus;
  receivedOn: string;
  recommendationNumber: string;
  period?: Deadline;
  employerConsented: boolean;
  /** By name and kind. */
  mediators: Array<Pick<Mediator, 'name' | 'kind'>>;
  sessions: PublicMediationSession[];
  agreement?: PublicMediationAgreement;
  /** True while the agreement awaits the worker's signature (the portal's 签署 button). */
  workerMaySign: boolean;
  courtApplications: Array<Pick<CourtApplication, 'route' | 'requestedOn'>>;
  outcomeReason: string;
  concludedOn: string;
  documents: MediationDocument[];
  /** Send it back as expectedVersion when signing. */
  version: number;
}

/**
 * POST /api/public/matters/:matterNumber/mediation/signature: the worker signs the agreement online
 * (ONLINE_ONE_TIME_CODE: the tracking session was opened with a one-time code to the phone on record).
 */
export type PortalSignAgreementRequest = MediationWrite;

/**
 * The dashboard's mediation figures (seed 五(四)), from the mediation service; absent where it is not deployed.
 * successRate is a ratio 0…1: resolved / concluded (0 when none concluded).
 */
export interface MediationStatistics {
  /** Cases concluded: resolved + failed + declined. */
  concluded: number;
  /** Of them, resolved by an agreement performed. */
  resolved: number;
  /** resolved / concluded, a ratio between 0 and 1 (not per mille); 0 when none concluded. */
  successRate: number;
  /** Mean days from receipt to the agreement's effect, to one decimal. */
  averageDaysToAgreement: number;
  /** Agreements sealed, and of them performed in full / not performed. */
  agreements: number;
  agreementsPerformed: number;
  agreementsNotPerformed: number;
  open: number;
  /** Cases whose 15-day period passed without agreement or extension. */
  periodBreaches: number;
}
