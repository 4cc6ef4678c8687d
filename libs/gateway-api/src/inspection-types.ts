// The REST contract of two offices (issue 13), each a county's deployment choice: where one is not deployed
// every route of it answers 503, and the queues hold no INSPECTION_CASES / SUPERVISION_MATTERS.
//  - 劳动保障监察 (labor inspection, 劳动保障监察条例 2004; 部令第25号; 保障农民工工资支付条例 2020; seed 四(二)):
//    INSPECTOR writes, INSPECTOR and SUPERVISOR read, under /api/inspection-cases.
//  - 劳动关系行政监管 (labor-relations supervision, 劳动合同法 Arts. 41–42; seed 四(一)):
//    LABOR_RELATIONS_OFFICER writes, it and SUPERVISOR read, under /api/supervision-matters.
// Enum values are the protos' (proto/onewindow/inspection/v1, proto/onewindow/labor_relations/v1) without
// their prefix. Every write carries the record's `version` as `expectedVersion`: 409 when it changed since.
// Money is integer fen (…Fen, ≥ 0), dates YYYY-MM-DD (China time).
import type { ClaimCategory, Employer } from '@onewindow/matter';
import type { Deadline } from './rest-types';

// ---------- Labor inspection (劳动保障监察) ----------

/** INSPECTION_SOURCE_* without the prefix. */
export const INSPECTION_SOURCES = [
  'COMPLAINT', // 投诉: the worker whose rights were infringed (条例 Art. 9 para 2)
  'REPORT', // 举报: anyone; the reporter is kept confidential (条例 Art. 9 para 1)
  'OWN_INITIATIVE', // 主动监察: 日常巡视检查, a labor-relations check's findings (条例 Art. 14)
] as const;
export type InspectionSource = (typeof INSPECTION_SOURCES)[number];

/** INSPECTION_STATUS_* without the prefix. */
export const INSPECTION_STATUSES = [
  'AWAITING_ACCEPTANCE', // received; the acceptance decision is due within 5 working days (部令25号 Art. 18)
  'AWAITING_MATERIAL', // 补正: the complainant was asked for material (a clear employer)
  'UNDER_INVESTIGATION', // 立案: 60 working days, +30 once (条例 Art. 17)
  'CORRECTION_ORDERED', // 责令改正: the order's deadline runs; the follow-up check is due
  'NOT_COMPLIED', // the order was not complied with: a penalty or a transfer follows
  'CONCLUDED', // ended: see the case's conclusion
] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];
/** The statuses of a case still open (the inspector's queue). */
export const OPEN_INSPECTION_STATUSES = [
  'AWAITING_ACCEPTANCE',
  'AWAITING_MATERIAL',
  'UNDER_INVESTIGATION',
  'CORRECTION_ORDERED',
  'NOT_COMPLIED',
] as const;

/** ACCEPTANCE_DECISION_* without the prefix (受理决定, 部令25号 Art. 18). */
export const ACCEPTANCE_DECISIONS = [
  'ACCEPTED', // 受理并立案
  'NOT_ACCEPTED', // 不予受理 (the act is older than 2 years, 条例 Art. 20)
  'MATERIAL_REQUESTED', // 告知补正投诉材料
  'REDIRECTED', // 告知向有关部门提出 (not within inspection powers, or another department's)
  'DISPUTE_PROCEDURE', // 告知申请调解仲裁: back to routing (条例 Art. 21)
] as const;
export type AcceptanceDecision = (typeof ACCEPTANCE_DECISIONS)[number];

/** CONCLUSION_* without the prefix: how an inspection case ended. */
export const INSPECTION_CONCLUSIONS = [
  'NOT_ACCEPTED', // 不予受理
  'REDIRECTED', // 告知向有关部门提出
  'DISPUTE_PROCEDURE', // 告知申请调解仲裁
  'CORRECTED', // 整改到位: the order was complied with
  'PENALISED', // 行政处罚
  'FILING_WITHDRAWN', // 撤销立案
  'INVESTIGATION_ENDED', // 终结调查 (untrue)
  'TRANSFERRED_TO_PUBLIC_SECURITY', // 移送公安机关
] as const;
export type InspectionConclusion = (typeof INSPECTION_CONCLUSIONS)[number];

/** CONTRACTOR_ROLE_* without the prefix (保障农民工工资支付条例 Arts. 29–30, 36). */
export const CONTRACTOR_ROLES = [
  'DEVELOPER', // 建设单位
  'GENERAL_CONTRACTOR', // 施工总承包单位
  'SUBCONTRACTOR', // 分包单位
] as const;
export type ContractorRole = (typeof CONTRACTOR_ROLES)[number];

/** INSPECTION_DOCUMENT_KIND_* without the prefix: the 文书 of an inspection case. */
export const INSPECTION_DOCUMENT_KINDS = [
  'ACCEPTANCE_NOTICE', // 受理通知书 (to the complainant; none for a report)
  'NON_ACCEPTANCE_NOTICE', // 不予受理通知书
  'MATERIAL_REQUEST', // 补正投诉材料通知书
  'REDIRECTION_NOTICE', // 告知书 (redirected, or the dispute procedure, Art. 21)
  'INQUIRY_NOTICE', // 询问通知书 (to the employer)
  'CORRECTION_ORDER', // 责令改正指令书 (to the employer)
  'PENALTY_DECISION', // 行政处罚决定书 (to the employer)
  'FILING_WITHDRAWAL', // 撤销立案决定书
  'INVESTIGATION_END', // 终结调查通知书
  'CRIMINAL_TRANSFER', // 涉嫌犯罪案件移送书 (to public security)
  'LISTING_NOTICE', // 拟列入失信联合惩戒名单告知书 (to the employer)
  'LISTING_DECISION', // 列入失信联合惩戒名单决定书 (to the employer)
] as const;
export type InspectionDocumentKind = (typeof INSPECTION_DOCUMENT_KINDS)[number];

/** The follow-up check's result (复查), once recorded. */
export const COMPLIANCE_CHECK_RESULTS = ['COMPLIED', 'NOT_COMPLIED'] as const;
export type ComplianceCheckResult = (typeof COMPLIANCE_CHECK_RESULTS)[number];

/** The wage-arrears list's state (失信联合惩戒对象名单, 条例 Art. 48; 人社部令第45号). */
export const ARREARS_LISTING_STATUSES = ['PROPOSED', 'LISTED', 'NOT_LISTED'] as const;
export type ArrearsListingStatus = (typeof ARREARS_LISTING_STATUSES)[number];

/**
 * Who the case is about and who brought it. For a report the reporter is sealed (条例 Art. 9): the case never
 * carries who it was (`complainantName` is '' and `reporterSealed` true); intake reveals the identity to an
 * INSPECTOR of the county only (POST /api/matters/:matterId/personal-data), every look audited.
 */
export interface InspectionParties {
  /** The complainant's name for a complaint; '' for a report or the office's own case. */
  complainantName: string;
  reporterSealed: boolean;
  employer: Employer;
  /** Workers concerned (for a collective complaint, the count). */
  workerCount: number;
  migrantWorker: boolean;
}

/** A violation as the case holds it (and as DecideAcceptance takes it: the 2-year window is judged on these). */
export interface InspectionViolation {
  category: ClaimCategory;
  description: string;
  /** The act's first day (YYYY-MM-DD). */
  beganOn: string;
  /** For a continuing act (连续或者继续状态), its last day; '' while it goes on. */
  endedOn: string;
  continuing: boolean;
  /** Wages owed when the violation is wage arrears; 0 otherwise. */
  amountOwedFen: number;
}

/** One acceptance decision (a case asked for material has one per round). */
export interface AcceptanceRecord {
  decision: AcceptanceDecision;
  decidedOn: string;
  decidedBy: string;
  reason: string;
  /** For REDIRECTED: the competent department; for DISPUTE_PROCEDURE: MEDIATION or ARBITRATION; '' otherwise. */
  redirectedTo: string;
  /** For MATERIAL_REQUESTED: what is missing. */
  missingMaterial: string[];
}

export interface Contractor {
  role: ContractorRole;
  name: string;
  /** '' when unknown or an individual. */
  unifiedSocialCreditCode: string;
  /** For a subcontractor: whom it took the work from (the general contractor's or another subcontractor's name). */
  engagedBy: string;
  /** An individual or a unit without the qualification to contract (Art. 36). */
  unqualified: boolean;
  /** For the developer: project funds due and unpaid (Art. 29: it advances wages up to this amount). */
  unpaidProjectFundsFen: number;
}

/** The construction project and its chain of contractors (保障农民工工资支付条例 Arts. 29–30, 36). */
export interface ConstructionProject {
  name: string;
  permitNumber: string;
  contractors: Contractor[];
  /** Whose workers are owed (a contractor's name). */
  employingContractor: string;
}

/** Who answers for the arrears under the chain, and the article that makes it so (derived by the service). */
export interface LiableParty {
  name: string;
  role: ContractorRole;
  /** 先行清偿 / 先行垫付（以未结清的工程款为限）/ 清偿 */
  liability: string;
  citation: string;
  /** The limit of the liability in fen; 0 when unlimited. */
  limitFen: number;
}

/** 询问通知书 (部令25号 Art. 20). */
export interface InquiryNotice {
  number: string;
  issuedOn: string;
  /** When the employer is to appear (RFC 3339 or YYYY-MM-DD as recorded). */
  appearAt: string;
  place: string;
  materials: string[];
}

/** Evidence gathered (调查取证). */
export interface EvidenceRecord {
  kind: string;
  source: string;
  summary: string;
  recordedOn: string;
  recordedBy: string;
}

/** The employer's statement and defence (陈述、申辩, 条例 Art. 19), or its waiver after notice. */
export interface EmployerHearing {
  heardOn: string;
  /** '' when waived. */
  statement: string;
  waived: boolean;
  recordedBy: string;
}

/** 责令改正指令书 (条例 Art. 18(2)) and its follow-up check (复查). */
export interface CorrectionOrder {
  number: string;
  issuedOn: string;
  /** What the employer must do, e.g. 支付拖欠工资 ¥… to the workers named. */
  corrections: string[];
  correctBy: string;
  /** Wages ordered paid (责令支付); 0 when the order is about something else. */
  wagesOrderedFen: number;
  /** Absent until the follow-up check is recorded. */
  checkResult?: ComplianceCheckResult;
  checkedOn: string;
  checkNote: string;
}

/** 行政处罚决定书 (条例 Art. 18(1)). */
export interface PenaltyDecision {
  number: string;
  decidedOn: string;
  /** The provision violated and the provision the penalty rests on (e.g. 劳动保障监察条例第二十六条). */
  violationBasis: string;
  penaltyBasis: string;
  fineFen: number;
  facts: string;
  /** As printed: 行政复议 within 60 days, 行政诉讼 within 6 months. */
  remedies: string;
}

/** The wage-arrears listing (拖欠农民工工资失信联合惩戒对象名单, 条例 Art. 48; 人社部令第45号). */
export interface ArrearsListing {
  status: ArrearsListingStatus;
  grounds: string;
  noticeNumber: string;
  noticedOn: string;
  /** The last working day the employer may be heard. */
  heardBy: string;
  employerStatement: string;
  /** '' until decided. */
  decisionNumber: string;
  decidedOn: string;
  /** Listed for 3 years (人社部令第45号); '' unless LISTED. */
  listedUntil: string;
}

/** One document of a case; the PDF is at GET /api/inspection-cases/:caseId/documents/:number. */
export interface InspectionDocument {
  caseId: string;
  kind: InspectionDocumentKind;
  /** As printed, e.g. 责令改正指令书. */
  title: string;
  /** 文号, the path's :number. */
  number: string;
  issuedOn: string;
  /** 投诉人 / 用人单位 / 公安机关; a report's reporter is never named. */
  addressedTo: string;
}

/** GET /api/inspection-cases/:caseId/documents */
export interface InspectionDocumentList {
  documents: InspectionDocument[];
}

/**
 * An inspection case as INSPECTOR and SUPERVISOR see it (GET /api/inspection-cases/:caseId,
 * GET /api/matters/:matterId/inspection-case, and the answer of every write). Never carries a reporter.
 */
export interface InspectionCaseView {
  caseId: string;
  /** '' for the office's own case. */
  referralId: string;
  matterId: string;
  matterNumber: string;
  countyCode: string;
  source: InspectionSource;
  status: InspectionStatus;
  /** 监察案件编号 once filed, e.g. 421303-监立-2026-000001; '' before. */
  caseNumber: string;
  parties: InspectionParties;
  violations: InspectionViolation[];
  facts: string;
  /** The day the complaint or report was received (not counted). */
  receivedOn: string;
  acceptanceDue?: Deadline;
  acceptance: AcceptanceRecord[];
  /** '' until filed (立案). */
  filedOn: string;
  /** The investigation's last day in force (60 working days from filing, or 90 once extended). */
  investigationDue?: Deadline;
  /** '' unless extended (条例 Art. 17). */
  extensionApprovedBy: string;
  extensionReason: string;
  project?: ConstructionProject;
  liableParties: LiableParty[];
  inquiries: InquiryNotice[];
  evidence: EvidenceRecord[];
  employerHeard?: EmployerHearing;
  correctionOrder?: CorrectionOrder;
  penalty?: PenaltyDecision;
  arrearsListing?: ArrearsListing;
  /** Absent while open. */
  conclusion?: InspectionConclusion;
  conclusionReason: string;
  concludedOn: string;
  documents: InspectionDocument[];
  /** The migrant-worker wage rules apply (首问负责, 保障农民工工资支付条例 Art. 10): handled or transferred, never declined. */
  firstContactResponsible: boolean;
  /** Send it back as expectedVersion on the next write. */
  version: number;
}

/** One case in a list: enough for a queue row. */
export interface InspectionCaseSummary {
  caseId: string;
  matterId: string;
  matterNumber: string;
  countyCode: string;
  source: InspectionSource;
  status: InspectionStatus;
  caseNumber: string;
  employerName: string;
  /** '' for a report or the office's own case. */
  complainantName: string;
  reporterSealed: boolean;
  receivedOn: string;
  /** The deadline that runs now: the acceptance decision, the investigation, or the correction order's day. */
  nextDue?: Deadline;
  conclusion?: InspectionConclusion;
  firstContactResponsible: boolean;
  version: number;
}

/** GET /api/inspection-cases?status=&pageToken= (INSPECTOR, SUPERVISOR): the caller's counties, oldest received first. */
export interface InspectionCasePage {
  cases: InspectionCaseSummary[];
  /** Empty when this is the last page. */
  nextPageToken: string;
}

/** Every write on a case names the version it was made against. */
export interface InspectionWrite {
  /** InspectionCaseView.version as last read; 409 when the case changed since. */
  expectedVersion: number;
}

/** A violation as a request gives it. */
export interface InspectionViolationInput {
  category: ClaimCategory;
  description: string;
  /** YYYY-MM-DD. */
  beganOn: string;
  /** YYYY-MM-DD, or omitted / '' while it goes on. */
  endedOn?: string;
  continuing: boolean;
  /** Integer fen ≥ 0; 0 or omitted when not wage arrears. */
  amountOwedFen?: number;
}

/** The employer as a request gives it (the name is required). */
export interface EmployerInput {
  name: string;
  unifiedSocialCreditCode?: string;
  address?: string;
  legalRepresentative?: string;
}

/** POST /api/inspection-cases (INSPECTOR): a case the office opens itself (主动监察, 条例 Art. 14). */
export interface OpenInspectionCaseRequest {
  countyCode: string;
  /** Chosen by the client (a UUID); repeating the request returns the one case. */
  requestId: string;
  employer: EmployerInput;
  violations: InspectionViolationInput[];
  facts: string;
  workerCount: number;
  migrantWorker: boolean;
  /** Where it came from, e.g. 劳动关系监管检查 421303-劳监-2026-000003, or 日常巡视检查. */
  origin?: string;
}

/** POST /api/inspection-cases/:caseId/acceptance: the acceptance decision (部令25号 Art. 18). */
export interface DecideInspectionAcceptanceRequest extends InspectionWrite {
  decision: AcceptanceDecision;
  /** The violations as the inspector found them (dates, amounts); omitted keeps the case's. */
  violations?: InspectionViolationInput[];
  reason?: string;
  /** Required for REDIRECTED (the department) and DISPUTE_PROCEDURE (MEDIATION or ARBITRATION). */
  redirectedTo?: string;
  /** Required for MATERIAL_REQUESTED. */
  missingMaterial?: string[];
}

/** POST /api/inspection-cases/:caseId/supplied-material: what the complainant supplied (补正); decided again. */
export interface RecordSuppliedMaterialRequest extends InspectionWrite {
  employer: EmployerInput;
  note?: string;
}

export interface ContractorInput {
  role: ContractorRole;
  name: string;
  unifiedSocialCreditCode?: string;
  engagedBy?: string;
  unqualified?: boolean;
  /** Integer fen ≥ 0. */
  unpaidProjectFundsFen?: number;
}

/** POST /api/inspection-cases/:caseId/construction-project: the project and its chain; liable parties follow. */
export interface RecordConstructionProjectRequest extends InspectionWrite {
  project: {
    name: string;
    permitNumber?: string;
    contractors: ContractorInput[];
    /** A contractor's name. */
    employingContractor: string;
  };
}

/** POST /api/inspection-cases/:caseId/inquiry-notices: 询问通知书 to the employer (部令25号 Art. 20). */
export interface IssueInquiryNoticeRequest extends InspectionWrite {
  /** When to appear: RFC 3339. */
  appearAt: string;
  place: string;
  materials?: string[];
}

/** POST /api/inspection-cases/:caseId/evidence: evidence gathered (调查取证). */
export interface RecordEvidenceRequest extends InspectionWrite {
  kind: string;
  source: string;
  summary: string;
}

/** POST /api/inspection-cases/:caseId/investigation-extension: once, 30 working days, approved (条例 Art. 17). */
export interface ExtendInvestigationRequest extends InspectionWrite {
  approvedBy: string;
  reason: string;
}

/** POST /api/inspection-cases/:caseId/employer-hearing: 陈述、申辩 (条例 Art. 19), or waived after notice. */
export interface RecordEmployerHeardRequest extends InspectionWrite {
  /** YYYY-MM-DD. */
  heardOn: string;
  /** Required unless waived. */
  statement?: string;
  waived: boolean;
}

/** POST /api/inspection-cases/:caseId/correction-order: 责令改正指令书 (条例 Art. 18(2)). */
export interface IssueCorrectionOrderRequest extends InspectionWrite {
  corrections: string[];
  /** YYYY-MM-DD, after today. */
  correctBy: string;
  /** Integer fen ≥ 0; 0 or omitted when the order is not about wages. */
  wagesOrderedFen?: number;
}

/** POST /api/inspection-cases/:caseId/compliance-check: the follow-up check (复查). */
export interface RecordComplianceCheckRequest extends InspectionWrite {
  complied: boolean;
  note?: string;
}

/** POST /api/inspection-cases/:caseId/penalty-decision: 行政处罚决定书 (条例 Art. 18(1)). */
export interface IssuePenaltyDecisionRequest extends InspectionWrite {
  /** The provision violated. */
  violationBasis: string;
  /** The provision the penalty rests on, e.g. 劳动保障监察条例第二十六条. */
  penaltyBasis: string;
  /** Integer fen ≥ 0. */
  fineFen: number;
  facts: string;
}

/** POST /api/inspection-cases/:caseId/filing-withdrawal: 撤销立案 (条例 Art. 18(3)), only minor and corrected. */
export interface WithdrawFilingRequest extends InspectionWrite {
  minor: boolean;
  alreadyCorrected: boolean;
  reason: string;
}

/** POST /api/inspection-cases/:caseId/investigation-end: 终结调查 (untrue). */
export interface EndInvestigationRequest extends InspectionWrite {
  reason: string;
}

/** POST /api/inspection-cases/:caseId/public-security-transfer: 涉嫌犯罪案件移送 (刑法 Art. 276-1). */
export interface TransferToPublicSecurityRequest extends InspectionWrite {
  reason: string;
}

/** POST /api/inspection-cases/:caseId/arrears-listing: the notice of the intended listing (人社部令第45号). */
export interface ProposeArrearsListingRequest extends InspectionWrite {
  grounds: string;
  /** The arrears caused a mass or extreme incident with serious social impact (Art. 5). */
  seriousSocialImpact?: boolean;
}

/** POST /api/inspection-cases/:caseId/arrears-listing/decision: once heard or the 5 working days passed. */
export interface DecideArrearsListingRequest extends InspectionWrite {
  list: boolean;
  employerStatement?: string;
  reason?: string;
}

// ---------- Labor-relations supervision (劳动关系行政监管) ----------

/** SUPERVISION_KIND_* without the prefix. */
export const SUPERVISION_KINDS = [
  'LAYOFF_REPORT', // 企业规模裁员报告 (劳动合同法 Art. 41)
  'MINIMUM_WAGE', // 最低工资标准执行
  'LABOR_CONTRACTS', // 劳动（集体）合同订立
  'LABOR_DISPATCH', // 劳务派遣用工
  'WORKING_HOURS', // 工作时间、休息休假
] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];
/** The kinds a supervisory check (专项检查) may be of. */
export const SUPERVISORY_CHECK_KINDS = ['MINIMUM_WAGE', 'LABOR_CONTRACTS', 'LABOR_DISPATCH', 'WORKING_HOURS'] as const;
export type SupervisoryCheckKind = (typeof SUPERVISORY_CHECK_KINDS)[number];

/** SUPERVISION_STATUS_* without the prefix. */
export const SUPERVISION_STATUSES = [
  'RECEIVED', // taken from a referral; not yet registered as a report or opened as a check
  'UNDER_REVIEW', // a layoff report registered and its plan under review, or a check awaiting findings
  'CONCLUDED',
] as const;
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];

/** SUPERVISION_CONCLUSION_* without the prefix. */
export const SUPERVISION_CONCLUSIONS = [
  'COMPLIANT', // nothing to correct
  'GUIDANCE', // 指导意见书: what the employer should put right, and by when
  'REFERRED_TO_INSPECTION', // 移送劳动保障监察: an inspection case is opened on the findings
  'NOT_REPORTABLE', // below both thresholds: not a 规模裁员 (individual dismissals: Arts. 39–40)
] as const;
export type SupervisionConclusion = (typeof SUPERVISION_CONCLUSIONS)[number];

/** SUPERVISION_DOCUMENT_KIND_* without the prefix. */
export const SUPERVISION_DOCUMENT_KINDS = [
  'LAYOFF_REPORT_RECEIPT', // 裁员报告登记回执
  'GUIDANCE', // 劳动关系监管指导意见书
  'INSPECTION_REFERRAL', // 移送劳动保障监察函
] as const;
export type SupervisionDocumentKind = (typeof SUPERVISION_DOCUMENT_KINDS)[number];

/** A layoff report (裁员报告, 劳动合同法 Art. 41) and its plan's review (Art. 41 para 2, Art. 42). */
export interface LayoffReport {
  workersLaidOff: number;
  /** 企业职工总数 on the day of the report. */
  workforce: number;
  /** Whether the thresholds make it a 规模裁员 (≥ 20, or fewer but ≥ 10 %), and the rule as worded. */
  reportable: boolean;
  thresholdFinding: string;
  /** 破产重整 / 生产经营严重困难 / 转产、重大技术革新或者经营方式调整 / 客观经济情况发生重大变化. */
  ground: string;
  /** The day the union or all workers were told (说明情况), and the first planned layoff day. */
  explainedOn: string;
  plannedOn: string;
  unionOpinionHeard: boolean;
  /** Whether the 30-day advance explanation was kept, and by how many days it falls short. */
  advanceExplanationKept: boolean;
  daysShort: number;
  planReviewed: boolean;
  protectedWorkersInPlan: string[];
  reviewFindings: string[];
}

/** What a check found, measured against the rule in force on `measuredOn`. */
export interface CheckFindings {
  /** MINIMUM_WAGE: the lowest monthly wage paid, and the county's standard in force on the day. */
  lowestMonthlyWageFen: number;
  minimumWageFen: number;
  minimumWageSource: string;
  /** LABOR_CONTRACTS: workers employed over a month without a written contract (Arts. 10, 82). */
  workersWithoutWrittenContract: number;
  /** LABOR_DISPATCH: dispatched against 用工总量 (contract + dispatched), cap 10 % (劳务派遣暂行规定 Art. 4). */
  dispatchedWorkers: number;
  contractWorkers: number;
  /** WORKING_HOURS: the longest overtime found in a day and in a month (劳动法 Art. 41: 3 h and 36 h). */
  maxOvertimeHoursPerDay: number;
  maxOvertimeHoursPerMonth: number;
  measuredOn: string;
  /** Each breach found, worded with its article (set by the service); empty when the rules were kept. */
  breaches: string[];
}

/** One document of a supervision matter; the PDF is at GET /api/supervision-matters/:supervisionId/documents/:number. */
export interface SupervisionDocument {
  /** The supervision matter's id. */
  supervisionId: string;
  kind: SupervisionDocumentKind;
  title: string;
  number: string;
  issuedOn: string;
}

/** GET /api/supervision-matters/:supervisionId/documents */
export interface SupervisionDocumentList {
  documents: SupervisionDocument[];
}

/**
 * A supervision matter as LABOR_RELATIONS_OFFICER and SUPERVISOR see it (GET /api/supervision-matters/:supervisionId,
 * GET /api/matters/:matterId/supervision-matter, and the answer of every write).
 */
export interface SupervisionMatterView {
  supervisionId: string;
  /** '' for the office's own. */
  referralId: string;
  /** The registered matter behind it; '' for the office's own. */
  matterId: string;
  matterNumber: string;
  countyCode: string;
  /** Absent while RECEIVED from a referral and not yet registered or opened. */
  kind?: SupervisionKind;
  status: SupervisionStatus;
  /** 监管编号, e.g. 421303-劳监-2026-000001. */
  number: string;
  employer: Employer;
  openedOn: string;
  layoff?: LayoffReport;
  findings?: CheckFindings;
  /** Absent while open. */
  conclusion?: SupervisionConclusion;
  conclusionReason: string;
  guidance: string[];
  /** For GUIDANCE: the day to put it right by; '' otherwise. */
  correctBy: string;
  /** The inspection case opened on a referral to inspection; '' otherwise. */
  inspectionCaseId: string;
  concludedOn: string;
  documents: SupervisionDocument[];
  /** Send it back as expectedVersion on the next write. */
  version: number;
}

/** One supervision matter in a list. */
export interface SupervisionMatterSummary {
  supervisionId: string;
  matterId: string;
  matterNumber: string;
  countyCode: string;
  kind?: SupervisionKind;
  status: SupervisionStatus;
  number: string;
  employerName: string;
  openedOn: string;
  conclusion?: SupervisionConclusion;
  version: number;
}

/** GET /api/supervision-matters?status=&kind=&pageToken= (LABOR_RELATIONS_OFFICER, SUPERVISOR), oldest opened first. */
export interface SupervisionMatterPage {
  matters: SupervisionMatterSummary[];
  /** Empty when this is the last page. */
  nextPageToken: string;
}

/** Every write on a matter names the version it was made against. */
export interface SupervisionWrite {
  /** SupervisionMatterView.version as last read; 409 when it changed since. */
  expectedVersion: number;
}

/** The layoff report's own fields (劳动合同法 Art. 41). */
export interface LayoffReportInput {
  employer: EmployerInput;
  workersLaidOff: number;
  workforce: number;
  /** One of the four Art. 41 grounds, in words. */
  ground: string;
  /** YYYY-MM-DD: the day the union or all workers were told. */
  explainedOn: string;
  /** YYYY-MM-DD: the first planned layoff day. */
  plannedOn: string;
  unionOpinionHeard: boolean;
}

/** POST /api/supervision-matters/layoff-reports: a report an employer filed directly. */
export interface FileLayoffReportRequest extends LayoffReportInput {
  countyCode: string;
  /** Chosen by the client (a UUID); repeating the request returns the one matter. */
  requestId: string;
}

/** POST /api/supervision-matters/:supervisionId/layoff-report: the report on a taken referral. */
export interface RegisterLayoffReportRequest extends LayoffReportInput, SupervisionWrite {}

/** POST /api/supervision-matters/:supervisionId/layoff-plan-review (Art. 41 para 2, Art. 42). */
export interface ReviewLayoffPlanRequest extends SupervisionWrite {
  /** Workers in the plan who fall under Art. 42, by name and ground. */
  protectedWorkersInPlan: string[];
  /** Whether the plan keeps first those Art. 41 para 2 names. */
  retentionPriorityKept: boolean;
  note?: string;
}

/** POST /api/supervision-matters/checks: a check (专项检查) the office opens itself. */
export interface OpenOwnSupervisoryCheckRequest {
  countyCode: string;
  /** Chosen by the client (a UUID); repeating the request returns the one matter. */
  requestId: string;
  kind: SupervisoryCheckKind;
  employer: EmployerInput;
}

/** POST /api/supervision-matters/:supervisionId/check: a check on a taken referral. */
export interface OpenSupervisoryCheckRequest extends SupervisionWrite {
  kind: SupervisoryCheckKind;
  employer: EmployerInput;
}

/** POST /api/supervision-matters/:supervisionId/findings: the figures of the check's kind; breaches follow. */
export interface RecordCheckFindingsRequest extends SupervisionWrite {
  findings: {
    /** Integer fen ≥ 0 (MINIMUM_WAGE). */
    lowestMonthlyWageFen?: number;
    workersWithoutWrittenContract?: number;
    dispatchedWorkers?: number;
    contractWorkers?: number;
    maxOvertimeHoursPerDay?: number;
    maxOvertimeHoursPerMonth?: number;
    /** YYYY-MM-DD; omitted: today. */
    measuredOn?: string;
  };
}

/** POST /api/supervision-matters/:supervisionId/conclusion */
export interface ConcludeSupervisionRequest extends SupervisionWrite {
  conclusion: SupervisionConclusion;
  reason?: string;
  /** For GUIDANCE: what the employer should put right. */
  guidance?: string[];
  /** For GUIDANCE: YYYY-MM-DD. */
  correctBy?: string;
}
