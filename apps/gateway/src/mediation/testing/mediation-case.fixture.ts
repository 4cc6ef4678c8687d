import { common, mediation } from '@onewindow/contracts';

// A wage-arrears mediation in 曾都区 (421303) as the mediation service answers it: a panel of one, a session
// held and recorded, a conflict declared, the agreement signed by the employer and the mediator, awaiting the worker.
export function mediationCaseFixture(overrides: Partial<mediation.MediationCase> = {}): mediation.MediationCase {
  return {
    caseId: 'r-6f1c2a/1',
    referralId: 'r-6f1c2a/1',
    matterId: 'm-6f1c2a',
    matterNumber: '421303-2026-000042',
    countyCode: '421303',
    status: mediation.MediationStatus.MEDIATION_STATUS_IN_MEDIATION,
    receivedOn: '2026-03-02',
    recommendationNumber: '421303-调建-2026-000007',
    workerName: '张三',
    employerName: '随州市某某建筑有限公司',
    claims: [
      { category: common.ClaimCategory.CLAIM_CATEGORY_WAGES, description: '拖欠工资', amountFen: 800_000 },
      { category: common.ClaimCategory.CLAIM_CATEGORY_SEVERANCE, description: '经济补偿', amountFen: 500_000 },
    ],
    period: { label: '调解期限', dueOn: '2026-03-17', provisional: false, citation: '《劳动争议调解仲裁法》第十四条' },
    statutoryDueOn: '2026-03-17',
    extensions: [],
    employerConsented: true,
    employerAnsweredAt: '2026-03-03T10:00:00+08:00',
    mediators: [
      {
        staffUserId: 'mediator.zengdu',
        name: '李调解',
        kind: mediation.MediatorKind.MEDIATOR_KIND_HRSS_MEDIATOR,
        countyCode: '421303',
        openCases: 3,
      },
    ],
    conflicts: [
      {
        staffUserId: 'multi.zengdu',
        party: mediation.MediationParty.MEDIATION_PARTY_EMPLOYER,
        reason: '与用人单位负责人系亲属',
        declaredOn: '2026-03-03',
      },
    ],
    sessions: [
      {
        startsAt: '2026-03-05T09:30:00+08:00',
        venue: { place: '曾都区劳动保障维权中心调解室' },
        workerAttendance: 'PRESENT',
        employerAttendance: 'PRESENT',
        record: '双方就拖欠工资数额达成一致意见，用人单位同意分两期支付。',
        notices: ['劳动者 短信 138****5678', '用人单位 短信 139****4321'],
      },
      {
        startsAt: '2026-03-09T14:00:00+08:00',
        venue: { meetingLink: 'https://meeting.example.cn/j/123456' },
        workerAttendance: '',
        employerAttendance: '',
        record: '',
        notices: ['劳动者 短信 138****5678'],
      },
    ],
    agreement: {
      number: '',
      agreedOn: '2026-03-05',
      settledClaims: [
        {
          claimIndex: 0,
          category: common.ClaimCategory.CLAIM_CATEGORY_WAGES,
          claimedFen: 800_000,
          amountFen: 800_000,
          reasonAboveClaim: '',
        },
        {
          claimIndex: 1,
          category: common.ClaimCategory.CLAIM_CATEGORY_SEVERANCE,
          claimedFen: 500_000,
          amountFen: 400_000,
          reasonAboveClaim: '',
        },
      ],
      totalFen: 1_200_000,
      instalments: [
        { dueOn: '2026-03-20', amountFen: 600_000, status: 'NOT_YET_DUE', paidFen: 0 },
        { dueOn: '2026-04-20', amountFen: 600_000, status: 'NOT_YET_DUE', paidFen: 0 },
      ],
      otherTerms: '用人单位出具解除劳动合同证明',
      signatures: [
        {
          role: mediation.SignerRole.SIGNER_ROLE_EMPLOYER,
          signerId: 'party-employer-1',
          signedAt: '2026-03-05T11:00:00+08:00',
          method: mediation.SignatureMethod.SIGNATURE_METHOD_IN_PERSON,
        },
        {
          role: mediation.SignerRole.SIGNER_ROLE_MEDIATOR,
          signerId: 'mediator.zengdu',
          signedAt: '2026-03-05T11:05:00+08:00',
          method: mediation.SignatureMethod.SIGNATURE_METHOD_IN_PERSON,
        },
      ],
      status: 'SIGNING',
      effectiveOn: '',
    },
    payments: [],
    courtApplications: [],
    outcomeReason: '',
    concludedOn: '',
    documents: [
      {
        caseId: 'r-6f1c2a/1',
        kind: mediation.MediationDocumentKind.MEDIATION_DOCUMENT_KIND_RECOMMENDATION,
        title: '调解建议书',
        number: '421303-调建-2026-000007',
        issuedOn: '2026-03-02',
      },
    ],
    version: 9,
    paymentOrderAvailable: false,
    paymentOrderReason: '调解协议书尚未生效',
    judicialConfirmationDueOn: '',
    ...overrides,
  };
}
