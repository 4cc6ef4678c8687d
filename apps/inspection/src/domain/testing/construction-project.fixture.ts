import type { ConstructionProjectRecord, ContractorRecord } from '..';

export const contractor = (
  role: ContractorRecord['role'],
  name: string,
  more: Partial<ContractorRecord> = {},
): ContractorRecord => ({
  role,
  name,
  unifiedSocialCreditCode: '',
  engagedBy: '',
  unqualified: false,
  unpaidProjectFundsFen: 0,
  ...more,
});

export const DEVELOPER = contractor('DEVELOPER', '随州市某置业有限公司');
export const GENERAL = contractor('GENERAL_CONTRACTOR', '湖北某建工集团有限公司', {
  engagedBy: '随州市某置业有限公司',
});
export const SUBCONTRACTOR = contractor('SUBCONTRACTOR', '随州市某劳务有限公司', {
  engagedBy: '湖北某建工集团有限公司',
});

export const project = (contractors: ContractorRecord[], employingContractor: string): ConstructionProjectRecord => ({
  name: '曾都区某小区二期工程',
  permitNumber: '421303202601010101',
  contractors,
  employingContractor,
});
