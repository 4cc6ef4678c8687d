import { common } from '@onewindow/contracts';
import { monthsAgoInChina, severanceApplication, wageArrearsApplication } from '@onewindow/testing';

/** Matters that show the main paths: accepted the same day, a supplement notice, a refusal, mediation first. */
export function demoMatters(): common.MatterContent[] {
  return [
    wageArrearsApplication(),
    severanceApplication({ evidence: [{ description: '解除劳动合同通知书', source: '' }] }),
    severanceApplication({
      applicant: {
        ...severanceApplication().applicant!,
        name: '王强',
        identityNumber: '421321197902143510',
        birthDate: '1979-02-14',
        sex: common.Sex.SEX_MALE,
      },
      countyCode: '421321',
      employment: { startDate: '2015-06-01', endDate: monthsAgoInChina(14), stillEmployed: false },
    }),
    wageArrearsApplication({
      consentToMediationFirst: true,
      claims: [
        {
          category: common.ClaimCategory.CLAIM_CATEGORY_WAGES,
          amountFen: 800_000,
          description: '支付拖欠的一个月工资8000元',
        },
      ],
      applicant: {
        ...wageArrearsApplication().applicant!,
        name: '赵敏',
        identityNumber: '421303199508304685',
        birthDate: '1995-08-30',
        sex: common.Sex.SEX_FEMALE,
        occupation: '收银员',
      },
    }),
  ];
}
