// The part of a registered matter (事项) that routing decides on. Declared here rather than imported
// (apps never import apps); field names follow proto/onewindow/common/v1/matter.proto in camelCase,
// so intake's full content is assignable to this type.

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

export const CHANNELS = ['WINDOW', 'ONLINE'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Claim {
  readonly category: ClaimCategory;
  readonly amountFen: number;
}

export interface MatterContent {
  readonly countyCode: string;
  readonly kind: MatterKind;
  readonly employment: { readonly stillEmployed: boolean };
  readonly claims: readonly Claim[];
  readonly workerCount: number;
  readonly commonClaim: boolean;
  readonly consentToMediationFirst: boolean;
  readonly channel: Channel;
  readonly migrantWorker: boolean;
  readonly declaresFinancialHardship: boolean;
}
