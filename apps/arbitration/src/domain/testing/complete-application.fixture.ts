// One complete, acceptable application (a wage-arrears dispute in 曾都区) for every arbitration spec.
// Specs change only what their scenario is about, so a reader sees the scenario in the overrides.
import type { IsoDate } from '@onewindow/calendar';
import type { Applicant, Claim, ClaimCategory, Employer, Employment, MatterContent } from '../matter-content';

/** A Tuesday with no holiday near it. */
export const RECEIVED_ON: IsoDate = '2026-03-10';

export interface ApplicationOverrides extends Partial<Omit<MatterContent, 'applicant' | 'employer' | 'employment'>> {
  applicant?: Partial<Applicant>;
  employer?: Partial<Employer>;
  employment?: Partial<Employment>;
}

export function claimOf(category: ClaimCategory, amountFen: number, description = `${category} 请求`): Claim {
  return { category, amountFen, description };
}

/** The employment ended on `endDate` (离职). */
export function employmentEndedOn(endDate: IsoDate): Partial<Employment> {
  return { stillEmployed: false, endDate };
}

export function completeApplication(overrides: ApplicationOverrides = {}): MatterContent {
  const { applicant, employer, employment, ...rest } = overrides;
  return {
    countyCode: '421303',
    kind: 'DISPUTE',
    applicant: {
      name: '李明',
      sex: 'MALE',
      birthDate: '', // intake publishes the age instead
      age: 37,
      identityNumber: '421303198804120018', // test number with a valid GB 11643 check digit
      phone: '13800000000',
      domicile: '湖北省随州市曾都区测试街道1号',
      occupation: '装配工',
      ...applicant,
    },
    employer: {
      name: '随州测试机械制造有限公司',
      unifiedSocialCreditCode: '',
      address: '湖北省随州市曾都区测试工业园8号',
      legalRepresentative: '王某',
      ...employer,
    },
    employment: { startDate: '2023-03-01', stillEmployed: true, ...employment },
    claims: [claimOf('WAGES', 1_860_000, '支付2025年11月至2026年1月拖欠的工资18600元')],
    factsAndReasons: '申请人于2023年3月入职被申请人处任装配工，被申请人自2025年11月起未发放工资，经催讨未果。',
    evidence: [
      { description: '工资条及银行代发工资流水', source: '申请人持有；银行出具' },
      { description: '考勤记录截图', source: '被申请人考勤系统' },
    ],
    witnesses: [],
    workerCount: 1,
    commonClaim: false,
    consentToMediationFirst: false,
    channel: 'WINDOW',
    migrantWorker: false,
    declaresFinancialHardship: false,
    priorHandling: [],
    ...rest,
  };
}
