// The matter (事项) as registered at the window (一窗受理). Field names follow
// proto/onewindow/common/v1/matter.proto in camelCase; see docs/matter-shape.md.
import type { IsoDate } from '@onewindow/calendar';

export const MATTER_KINDS = ['DISPUTE', 'COMPLAINT', 'REPORT', 'CONSULTATION'] as const;
export type MatterKind = (typeof MATTER_KINDS)[number];

export const CLAIM_CATEGORIES = [
  // Labor disputes (劳动争议), 劳动争议调解仲裁法 Art. 2
  'CONFIRM_LABOR_RELATIONSHIP',
  'CONTRACT',
  'DISMISSAL_RESIGNATION',
  'HOURS_REST_LEAVE',
  'SOCIAL_INSURANCE',
  'WELFARE_TRAINING_PROTECTION',
  'WAGES',
  'WORK_INJURY_MEDICAL',
  'SEVERANCE',
  'DAMAGES',
  // Violations for labor inspection (劳动保障监察), 劳动保障监察条例 Art. 11
  'NO_WRITTEN_CONTRACT',
  'BELOW_MINIMUM_WAGE',
  'EXCESSIVE_OVERTIME',
  'UNPAID_SOCIAL_INSURANCE',
  'CHILD_LABOR',
  // Outside Art. 2: not a labor dispute
  'OTHER',
] as const;
export type ClaimCategory = (typeof CLAIM_CATEGORIES)[number];

export const SEXES = ['MALE', 'FEMALE'] as const;
export type Sex = (typeof SEXES)[number];

export const CHANNELS = ['WINDOW', 'ONLINE'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Applicant {
  name: string;
  sex: Sex;
  birthDate: IsoDate;
  identityNumber: string; // 公民身份号码, GB 11643-1999
  phone: string;
  domicile: string; // 住所
  occupation: string;
}

export interface Employer {
  name: string;
  unifiedSocialCreditCode: string; // 统一社会信用代码, GB 32100-2015; '' when unknown or unregistered
  address: string;
  legalRepresentative: string; // 法定代表人或者主要负责人
}

export interface Employment {
  startDate: IsoDate;
  endDate?: IsoDate;
  stillEmployed: boolean;
}

export interface Claim {
  category: ClaimCategory;
  amountFen: number;
  description: string;
}

export interface EvidenceItem {
  description: string;
  source: string;
}

export interface Witness {
  name: string;
  contact: string;
  statement: string;
}

export interface MatterContent {
  countyCode: string; // 行政区划代码
  kind: MatterKind;
  applicant: Applicant;
  employer: Employer;
  employment: Employment;
  claims: Claim[];
  factsAndReasons: string;
  evidence: EvidenceItem[];
  witnesses: Witness[];
  workerCount: number;
  commonClaim: boolean; // 共同请求
  consentToMediationFirst: boolean; // 同意先行调解
  channel: Channel;
  migrantWorker: boolean; // 农民工
  declaresFinancialHardship: boolean; // 申报经济困难
}
