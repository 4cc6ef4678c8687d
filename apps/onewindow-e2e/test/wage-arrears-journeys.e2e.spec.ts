import { ServiceError, status } from '@grpc/grpc-js';
import { ROLES, type Role } from '@onewindow/access';
import { todayInChina } from '@onewindow/calendar';
import { arbitration, common, intake, routing } from '@onewindow/contracts';
import { asCaller } from '@onewindow/service-runtime';
import {
  eventually,
  GrpcClient,
  monthsAgoInChina,
  Platform,
  severanceApplication,
  wageArrearsApplication,
} from '@onewindow/testing';

/** Staff of one county holding these posts, as the gateway names them to the services. */
const staffOf = (county: string, roles: readonly Role[]) =>
  asCaller({ userId: `e2e-${county}-${roles.join('+').toLowerCase()}`, roles: [...roles], counties: [county] });

describe('one window to arbitration: intake → routing → arbitration as separate processes', () => {
  const platform = new Platform();
  let intakeClient: GrpcClient;
  let routingClient: GrpcClient;
  let arbitrationClient: GrpcClient;

  beforeAll(async () => {
    await platform.start();
    intakeClient = platform.client('intake');
    routingClient = platform.client('routing');
    arbitrationClient = platform.client('arbitration');
  }, 120_000);

  afterAll(() => platform.stop(), 60_000);

  async function register(content: common.MatterContent): Promise<intake.Matter> {
    const { matter } = await intakeClient.call<intake.RegisterMatterResponse>('registerMatter', {
      content,
      requestId: '',
    });
    return matter!;
  }

  const matterInStage = (matterId: string, stage: string) =>
    eventually(
      async () => {
        const { matter } = await intakeClient.call<intake.GetMatterResponse>('getMatter', {
          matterId,
          matterNumber: '',
        });
        return matter!.stage === stage ? matter! : undefined;
      },
      { timeoutMs: 45_000, what: `matter ${matterId} to reach ${stage}` },
    );

  const caseOf = (matterId: string) =>
    arbitrationClient.call<arbitration.GetCaseByMatterResponse>('getCaseByMatter', { matterId }).then((r) => r.case!);

  it('accepts a complete wage-arrears application the same day, and the timeline shows every step', async () => {
    const registered = await register(wageArrearsApplication());
    const matter = await matterInStage(registered.matterId, 'ACCEPTED');

    const summaries = matter.timeline.map((entry) => entry.summary);
    expect(summaries[0]).toContain(`事项登记，编号 ${registered.matterNumber}`);
    expect(summaries.some((s) => s.startsWith('分流至劳动人事争议仲裁院'))).toBe(true);
    expect(summaries.some((s) => s.startsWith('仲裁院出具收件回执'))).toBe(true);
    expect(summaries.some((s) => s.includes(`于 ${todayInChina(new Date())} 出具受理通知书`))).toBe(true);
    const awardDue = matter.timeline.flatMap((entry) => entry.deadlines).find((d) => d.citation.includes('第四十三条'));
    expect(awardDue?.dueOn).toBeDefined();

    const accepted = await caseOf(registered.matterId);
    expect(accepted.status).toBe(arbitration.CaseStatus.CASE_STATUS_ACCEPTED);
    expect(accepted.acceptedOn).toBe(todayInChina(new Date()));
    expect(accepted.acceptanceNoticeNumber).toMatch(/^421303-仲受-\d{4}-\d{6}$/);
  });

  it('asks for the one missing piece of evidence by name', async () => {
    const registered = await register(wageArrearsApplication({ evidence: [{ description: '考勤记录', source: '' }] }));
    const matter = await matterInStage(registered.matterId, 'AWAITING_SUPPLEMENT');
    const supplement = matter.timeline.find((entry) => entry.summary.startsWith('仲裁院出具补正通知书'));
    expect(supplement?.summary).toContain('证据');
    expect(supplement?.deadlines).toHaveLength(1);

    const pending = await caseOf(registered.matterId);
    expect(pending.status).toBe(arbitration.CaseStatus.CASE_STATUS_AWAITING_SUPPLEMENT);
    expect(pending.missingItems.map((item) => item.field)).toEqual(['evidence[0].source']);
  });

  it('refuses an application filed 14 months after the employment ended, with the remedy', async () => {
    const registered = await register(
      severanceApplication({
        employment: { startDate: '2015-06-01', endDate: monthsAgoInChina(14), stillEmployed: false },
      }),
    );
    const matter = await matterInStage(registered.matterId, 'NOT_ACCEPTED');
    const refusal = matter.timeline.find((entry) => entry.summary.startsWith('仲裁院出具不予受理通知书'));
    expect(refusal?.summary).toContain('仲裁时效');
    expect(refusal?.summary).toContain('人民法院提起诉讼');

    const refused = await caseOf(registered.matterId);
    expect(refused.status).toBe(arbitration.CaseStatus.CASE_STATUS_NOT_ACCEPTED);
    expect(refused.remedy).toContain('人民法院');
  });

  it("keeps an ordinary application in its county's arbitration queue until an arbitrator decides it", async () => {
    const registered = await register(severanceApplication());
    await matterInStage(registered.matterId, 'AWAITING_ACCEPTANCE_DECISION');
    const guangshuiArbitrator = staffOf('421381', ['ARBITRATOR']);
    const zengduEveryPost = staffOf('421303', ROLES);
    const refusal = (client: GrpcClient, method: string, request: object, caller = zengduEveryPost) =>
      client.call(method, request, caller).then(
        () => 'allowed',
        (error: ServiceError) => error.code,
      );

    // The arbitrators' queue (待作出受理决定) of Guangshui holds it, with its decision deadline.
    const awaiting = { status: arbitration.CaseStatus.CASE_STATUS_AWAITING_ACCEPTANCE_DECISION, pageSize: 100 };
    const queueOf = async (caller = guangshuiArbitrator) =>
      (await arbitrationClient.call<arbitration.ListCasesResponse>('listCases', awaiting, caller)).cases;
    const pending = (await queueOf()).find((c) => c.matterId === registered.matterId)!;
    expect(pending.deadlines.some((d) => d.citation.includes('第二十九条'))).toBe(true);
    const { referrals } = await routingClient.call<routing.ListReferralsResponse>(
      'listReferrals',
      { matterId: registered.matterId },
      guangshuiArbitrator,
    );
    expect(referrals.map((r) => r.referral!.target)).toEqual([routing.ReferralTarget.REFERRAL_TARGET_ARBITRATION]);

    // Zengdu's staff, whatever posts they hold, neither see it nor touch it.
    expect((await queueOf(zengduEveryPost)).some((c) => c.matterId === registered.matterId)).toBe(false);
    expect(await refusal(arbitrationClient, 'getCaseByMatter', { matterId: registered.matterId })).toBe(
      status.PERMISSION_DENIED,
    );
    expect(await refusal(routingClient, 'listReferrals', { countyCode: '421381' })).toBe(status.PERMISSION_DENIED);
    expect(await refusal(intakeClient, 'getMatter', { matterId: registered.matterId, matterNumber: '' })).toBe(
      status.PERMISSION_DENIED,
    );

    // Only an arbitrator decides; the arbitration clerk who received it may not.
    const accept = {
      caseId: pending.caseId,
      decision: arbitration.AcceptanceDecision.ACCEPTANCE_DECISION_ACCEPT,
      refusalReason: '',
    };
    const clerk = staffOf('421381', ['ARBITRATION_CLERK']);
    expect(await refusal(arbitrationClient, 'decideAcceptance', accept, clerk)).toBe(status.PERMISSION_DENIED);
    expect(await refusal(arbitrationClient, 'decideAcceptance', accept, guangshuiArbitrator)).toBe('allowed');

    const matter = await matterInStage(registered.matterId, 'ACCEPTED');
    expect(matter.timeline.some((entry) => entry.summary.includes('出具受理通知书'))).toBe(true);
    expect((await queueOf()).some((c) => c.matterId === registered.matterId)).toBe(false);
  });

  it('loses and repeats nothing when routing is killed in the middle of the flow', async () => {
    const registered = await Promise.all(Array.from({ length: 8 }, () => register(wageArrearsApplication())));
    await platform.crashAndRestart('routing');
    const referralsOn = (matter: intake.Matter) =>
      matter.timeline.filter((entry) => entry.summary.startsWith('分流至'));
    for (const { matterId } of registered) {
      await matterInStage(matterId, 'ACCEPTED');
      // Intake reads routing's and arbitration's topics independently: the referral may show after the acceptance.
      const matter = await eventually(async () => {
        const { matter: current } = await intakeClient.call<intake.GetMatterResponse>('getMatter', {
          matterId,
          matterNumber: '',
        });
        return referralsOn(current!).length > 0 ? current! : undefined;
      });
      expect(referralsOn(matter)).toHaveLength(1);
    }
  });
});
