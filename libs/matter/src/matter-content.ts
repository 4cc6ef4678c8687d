// The vocabulary of a matter (事项) that every service's domain speaks: what the window registers once
// (一窗受理) and routing, arbitration and the other offices read. Plain TypeScript; each service's
// transport layer maps the protobuf message (proto/onewindow/common/v1/matter.proto, same field names
// in camelCase) onto these types. See docs/matter-shape.md.
import type { IsoDate } from '@onewindow/calendar';

export type CountyCode = string; // 行政区划代码, e.g. '421303'

export const MATTER_KINDS = ['DISPUTE', 'COMPLAINT', 'REPORT', 'CONSULTATION'] as const;
export type MatterKind = (typeof MATTER_KINDS)[number];

export const CLAIM_CATEGORIES = [
  // Labor disputes, 劳动争议调解仲裁法 Art. 2
  'CONFIRM_LABOR_RELATIONSHIP', // 确认劳动关系
  'CONTRACT', // 订立、履行、变更、解除和终止劳动合同
  'DISMISSAL_RESIGNATION', // 除名、辞退和辞职、离职
  'HOURS_REST_LEAVE', // 工作时间、休息休假
  'SOCIAL_INSURANCE', // 社会保险
  'WELFARE_TRAINING_PROTECTION', // 福利、培训以及劳动保护
  'WAGES', // 劳动报酬（含拖欠工资）
  'WORK_INJURY_MEDICAL', // 工伤医疗费
  'SEVERANCE', // 经济补偿
  'DAMAGES', // 赔偿金
  // Violations for labor inspection, 劳动保障监察条例 Art. 11
  'NO_WRITTEN_CONTRACT', // 未订立书面劳动合同
  'BELOW_MINIMUM_WAGE', // 低于最低工资标准
  'EXCESSIVE_OVERTIME', // 违法延长工作时间
  'UNPAID_SOCIAL_INSURANCE', // 未依法缴纳社会保险费
  'CHILD_LABOR', // 使用童工
  // Outside Art. 2: not a labor dispute
  'OTHER',
] as const;
export type ClaimCategory = (typeof CLAIM_CATEGORIES)[number];

export const SEXES = ['MALE', 'FEMALE'] as const;
export type Sex = (typeof SEXES)[number];

export const CHANNELS = ['WINDOW', 'ONLINE', 'PETITION_VISIT'] as const; // 窗口 / 网上申请 / 信访来访
export type Channel = (typeof CHANNELS)[number];

export interface Applicant {
  name: string;
  sex: Sex;
  birthDate: IsoDate; // given at registration; '' in what intake answers with, publishes and stores
  identityNumber: string; // 公民身份号码, GB 11643-1999
  phone: string;
  domicile: string; // 住所
  occupation: string; // 职业
  age?: number; // whole years on the day of registration, set by intake (the de-identified birth date)
}

export interface Employer {
  name: string;
  unifiedSocialCreditCode: string; // 统一社会信用代码, GB 32100-2015; '' when unknown or unregistered
  address: string; // 住所
  legalRepresentative: string; // 法定代表人或者主要负责人
}

export interface Employment {
  startDate: IsoDate;
  endDate?: IsoDate; // empty while still employed
  stillEmployed: boolean;
}

export interface Claim {
  category: ClaimCategory;
  amountFen: number;
  description: string;
}

export interface EvidenceItem {
  description: string;
  source: string; // 证据来源
}

export interface Witness {
  name: string;
  contact: string; // 住所 or contact address
  statement: string;
}

export const HANDLING_OFFICES = ['MEDIATION', 'ARBITRATION', 'INSPECTION', 'COURT', 'PETITION'] as const;
export type HandlingOffice = (typeof HANDLING_OFFICES)[number];

export const HANDLING_STATUSES = ['IN_PROGRESS', 'CONCLUDED'] as const;
export type HandlingStatus = (typeof HANDLING_STATUSES)[number];

/** Handling the matter had before it reached the window (已经调解、仲裁、监察或诉讼). */
export interface PriorHandling {
  office: HandlingOffice;
  status: HandlingStatus;
  conclusionDisputed: boolean; // 不服处理结论
}

/** For wage arrears: an order against the employer (责令支付, inspection) or an award (仲裁裁决). */
export const REQUESTED_REMEDIES = ['ORDER_AGAINST_EMPLOYER', 'AWARD'] as const;
export type RequestedRemedy = (typeof REQUESTED_REMEDIES)[number];

/** A layoff (裁员) the matter is about, 劳动合同法 Art. 41. */
export interface Layoff {
  workersLaidOff: number;
  workforce: number;
}

export interface MatterContent {
  countyCode: CountyCode;
  kind: MatterKind;
  applicant: Applicant;
  employer: Employer;
  employment: Employment;
  claims: Claim[];
  factsAndReasons: string;
  evidence: EvidenceItem[];
  witnesses: Witness[];
  workerCount: number; // 1 for an individual; ≥ 10 with commonClaim = collective
  commonClaim: boolean; // 集体争议
  consentToMediationFirst: boolean; // 同意先行调解
  channel: Channel;
  migrantWorker: boolean; // 农民工
  declaresFinancialHardship: boolean; // 申报经济困难
  priorHandling: PriorHandling[];
  requestedRemedy?: RequestedRemedy; // not stated when undefined
  layoff?: Layoff;
}
