import { mediation } from '@onewindow/contracts';
import { toPublicMediationView, toRestMediationCase, toRestMediationStatistics } from './mediation-views';
import { mediationCaseFixture } from './testing/mediation-case.fixture';

describe("the worker's view of a mediation (portal)", () => {
  const found = mediationCaseFixture();
  const view = toPublicMediationView(found);
  const json = JSON.stringify(view);

  it('keeps out the staff notes: conflicts, the 调解笔录, attendance, how notices went, staff ids', () => {
    for (const note of [
      '与用人单位负责人系亲属', // the conflict's reason
      'multi.zengdu', // the conflicted mediator
      '双方就拖欠工资数额', // the 调解笔录
      'PRESENT', // attendance
      '138****5678', // how the worker was told
      'mediator.zengdu', // a staff id (as mediator and as signer)
      'party-employer-1', // a party's signer id
      'openCases', // nor the mediator's load
    ]) {
      expect(json).not.toContain(note);
    }
    expect(view).not.toHaveProperty('conflicts');
    expect(view.mediators).toEqual([{ name: '李调解', kind: 'HRSS_MEDIATOR' }]);
    expect(view.sessions.every((session) => Object.keys(session).sort().join() === 'startsAt,venue')).toBe(true);
  });

  it('shows when and where each session is, on site or by its meeting link', () => {
    expect(view.sessions).toEqual([
      { startsAt: '2026-03-05T09:30:00+08:00', venue: { mode: 'ON_SITE', place: '曾都区劳动保障维权中心调解室' } },
      {
        startsAt: '2026-03-09T14:00:00+08:00',
        venue: { mode: 'ONLINE', meetingLink: 'https://meeting.example.cn/j/123456' },
      },
    ]);
  });

  it('shows the agreement with its amounts in fen and its schedule, and who signed when', () => {
    expect(view.agreement).toMatchObject({
      totalFen: 1_200_000,
      status: 'SIGNING',
      otherTerms: '用人单位出具解除劳动合同证明',
      settledClaims: [
        { claimIndex: 0, category: 'WAGES', claimedFen: 800_000, amountFen: 800_000 },
        { claimIndex: 1, category: 'SEVERANCE', claimedFen: 500_000, amountFen: 400_000 },
      ],
      instalments: [
        { dueOn: '2026-03-20', amountFen: 600_000, status: 'NOT_YET_DUE', paidFen: 0 },
        { dueOn: '2026-04-20', amountFen: 600_000, status: 'NOT_YET_DUE', paidFen: 0 },
      ],
    });
    expect(view.agreement!.signatures).toEqual([
      { role: 'EMPLOYER', signedAt: '2026-03-05T11:00:00+08:00', method: 'IN_PERSON' },
      { role: 'MEDIATOR', signedAt: '2026-03-05T11:05:00+08:00', method: 'IN_PERSON' },
    ]);
    expect(view.documents).toEqual([
      {
        caseId: 'r-6f1c2a/1',
        kind: 'recommendation',
        title: '调解建议书',
        number: '421303-调建-2026-000007',
        issuedOn: '2026-03-02',
      },
    ]);
    expect(view.version).toBe(9);
  });

  it('lets the worker sign while the agreement awaits them, and not once they signed or it is sealed', () => {
    expect(view.workerMaySign).toBe(true);
    const signedByWorker = mediationCaseFixture({
      agreement: {
        ...found.agreement!,
        signatures: [
          ...found.agreement!.signatures,
          {
            role: mediation.SignerRole.SIGNER_ROLE_WORKER,
            signerId: 'party-worker-1',
            signedAt: '2026-03-05T12:00:00+08:00',
            method: mediation.SignatureMethod.SIGNATURE_METHOD_ONLINE_ONE_TIME_CODE,
          },
        ],
        status: 'SEALED',
        number: '421303-调协-2026-000003',
        effectiveOn: '2026-03-05',
      },
      status: mediation.MediationStatus.MEDIATION_STATUS_AGREEMENT_IN_FORCE,
    });
    const sealed = toPublicMediationView(signedByWorker);
    expect(sealed.workerMaySign).toBe(false);
    expect(sealed.agreement).toMatchObject({ number: '421303-调协-2026-000003', effectiveOn: '2026-03-05' });
    expect(toPublicMediationView(mediationCaseFixture({ agreement: undefined })).workerMaySign).toBe(false);
  });

  it('gives staff the whole case: the notes the portal leaves out are there', () => {
    const staff = toRestMediationCase(found);
    expect(staff.conflicts).toEqual([
      { staffUserId: 'multi.zengdu', party: 'EMPLOYER', reason: '与用人单位负责人系亲属', declaredOn: '2026-03-03' },
    ]);
    expect(staff.sessions[0]).toMatchObject({
      index: 0,
      workerAttendance: 'PRESENT',
      record: '双方就拖欠工资数额达成一致意见，用人单位同意分两期支付。',
      notices: ['劳动者 短信 138****5678', '用人单位 短信 139****4321'],
    });
    // Not yet recorded: no attendance, no record.
    expect(staff.sessions[1]).toEqual({
      index: 1,
      startsAt: '2026-03-09T14:00:00+08:00',
      venue: { mode: 'ONLINE', meetingLink: 'https://meeting.example.cn/j/123456' },
      notices: ['劳动者 短信 138****5678'],
    });
    expect(staff.status).toBe('IN_MEDIATION');
    expect(staff.period?.dueOn).toBe('2026-03-17');
  });
});

describe("the dashboard's mediation figures", () => {
  const figures = (concluded: number, resolved: number, tenths: number): mediation.GetMediationStatisticsResponse => ({
    concluded,
    resolved,
    agreements: 4,
    agreementsPerformed: 3,
    agreementsNotPerformed: 1,
    averageDaysToAgreementTenths: tenths,
    open: 2,
    periodBreaches: 1,
  });

  it('gives the success rate as a ratio of resolved to concluded, 0 when none concluded, and days to one decimal', () => {
    expect(toRestMediationStatistics(figures(8, 6, 73))).toEqual({
      concluded: 8,
      resolved: 6,
      successRate: 0.75,
      averageDaysToAgreement: 7.3,
      agreements: 4,
      agreementsPerformed: 3,
      agreementsNotPerformed: 1,
      open: 2,
      periodBreaches: 1,
    });
    expect(toRestMediationStatistics(figures(0, 0, 0)).successRate).toBe(0);
  });
});
