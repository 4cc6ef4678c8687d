import { addMonths, todayInChina } from '@onewindow/calendar';
import { common } from '@onewindow/contracts';

const { ClaimCategory, MatterKind, Sex, Channel, RequestedRemedy } = common;

/** YYYY-MM-DD in China Standard Time, `months` before today (for dates a scenario needs relative to today). */
export function monthsAgoInChina(months: number, now = new Date()): string {
  return addMonths(todayInChina(now), -months);
}

// Identity numbers and credit codes below carry correct GB 11643 / GB 32100 check characters.

/** A complete wage-arrears application (拖欠工资), as the window would register it; override what a scenario is about. */
export function wageArrearsApplication(overrides: Partial<common.MatterContent> = {}): common.MatterContent {
  return {
    countyCode: '421303',
    kind: MatterKind.MATTER_KIND_DISPUTE,
    applicant: {
      name: '张建国',
      sex: Sex.SEX_MALE,
      birthDate: '1990-05-17',
      identityNumber: '421303199005171235',
      phone: '13872345678',
      domicile: '湖北省随州市曾都区东城街道舜井大道8号',
      occupation: '钢筋工',
      age: 0, // intake sets it from the birth date
    },
    employer: {
      name: '随州市某建筑劳务有限公司',
      unifiedSocialCreditCode: '91421303MA4F1234XM',
      address: '湖北省随州市曾都区交通大道100号',
      legalRepresentative: '李某',
    },
    employment: { startDate: '2024-03-01', endDate: monthsAgoInChina(1), stillEmployed: false },
    claims: [
      {
        category: ClaimCategory.CLAIM_CATEGORY_WAGES,
        amountFen: 3_600_000,
        description: '支付拖欠的四个月工资36000元',
      },
    ],
    factsAndReasons: '申请人在被申请人处从事钢筋工工作，被申请人拖欠工资，经催要至今未付。',
    evidence: [
      { description: '考勤记录', source: '申请人保存' },
      { description: '工资欠条', source: '被申请人项目负责人出具' },
    ],
    witnesses: [{ name: '王某', contact: '13912345678', statement: '同班组工友，可证明出勤和欠薪情况' }],
    workerCount: 1,
    commonClaim: false,
    consentToMediationFirst: false,
    channel: Channel.CHANNEL_WINDOW,
    migrantWorker: false,
    declaresFinancialHardship: false,
    priorHandling: [],
    requestedRemedy: RequestedRemedy.REQUESTED_REMEDY_UNSPECIFIED,
    layoff: undefined,
    ...overrides,
  };
}

/** A dismissal dispute in Guangshui asking for severance (经济补偿). */
export function severanceApplication(overrides: Partial<common.MatterContent> = {}): common.MatterContent {
  return wageArrearsApplication({
    countyCode: '421381',
    applicant: {
      name: '李秀英',
      sex: Sex.SEX_FEMALE,
      birthDate: '1986-11-02',
      identityNumber: '421381198611022461',
      phone: '13607221234',
      domicile: '湖北省广水市应山街道永阳大道12号',
      occupation: '质检员',
      age: 0,
    },
    employer: {
      name: '广水市某机械制造有限公司',
      unifiedSocialCreditCode: '91421381MA49AB12CR',
      address: '湖北省广水市经济开发区工业大道6号',
      legalRepresentative: '陈某',
    },
    employment: { startDate: '2019-04-01', endDate: monthsAgoInChina(2), stillEmployed: false },
    claims: [
      {
        category: ClaimCategory.CLAIM_CATEGORY_SEVERANCE,
        amountFen: 2_400_000,
        description: '支付解除劳动合同经济补偿',
      },
    ],
    factsAndReasons: '被申请人以经营困难为由解除劳动合同，未支付经济补偿。',
    evidence: [{ description: '解除劳动合同通知书', source: '被申请人出具' }],
    witnesses: [],
    ...overrides,
  });
}
