import { addCalendarDays, todayInChina } from '@onewindow/calendar';
import { arbitration, common, intake } from '@onewindow/contracts';
import {
  enrolZengduMediators,
  eventually,
  GrpcClient,
  mediate,
  openMediation,
  Platform,
  sealAgreement,
  smallWageClaim,
  ZENGDU_SUPERVISOR,
} from '@onewindow/testing';

// The journey through mediation first (调解优先), window to end, as separate processes on the real stack:
// window → routing → mediation → a performed agreement, the matter resolved; and window → mediation →
// day 15 without an agreement → arbitration, accepted there. Each matter's timeline (一管到底) is printed,
// as the worker and the staff read it.

describe('mediation first: window → mediation → agreement, and window → mediation → day 15 → arbitration', () => {
  const platform = new Platform({ mediation: true });
  let intakeClient: GrpcClient;
  let mediationClient: GrpcClient;
  let arbitrationClient: GrpcClient;

  beforeAll(async () => {
    await platform.start();
    intakeClient = platform.client('intake');
    mediationClient = platform.client('mediation');
    arbitrationClient = platform.client('arbitration');
    await enrolZengduMediators(mediationClient);
  }, 180_000);

  afterAll(() => platform.stop(), 60_000);

  const registerAtTheWindow = (content: common.MatterContent) => openMediation(intakeClient, mediationClient, content);

  /** The matter once its timeline holds an entry matching each pattern; printed for the record. */
  async function timelineShowing(matter: intake.Matter, title: string, ...patterns: RegExp[]) {
    const found = await eventually(
      async () => {
        const { matter: current } = await intakeClient.call<intake.GetMatterResponse>('getMatter', {
          matterId: matter.matterId,
          matterNumber: '',
        });
        const summaries = current!.timeline.map((entry) => entry.summary);
        return patterns.every((pattern) => summaries.some((summary) => pattern.test(summary))) ? current : undefined;
      },
      { timeoutMs: 45_000, what: `${matter.matterNumber}'s timeline to show ${patterns.join(', ')}` },
    );
    console.log(
      [
        `${title}: ${found!.matterNumber} (stage ${found!.stage})`,
        ...found!.timeline.map((entry) => {
          const due = entry.deadlines.map((d) => ` [期限 ${d.dueOn}]`).join('');
          return `  ${entry.occurredAt.slice(0, 19)}  ${entry.summary}${due}`;
        }),
      ].join('\n'),
    );
    return found!;
  }

  it('window → mediation → a sealed agreement, paid in full: the matter is resolved (办结)', async () => {
    const { matter, opened } = await registerAtTheWindow(smallWageClaim(1_500_000));
    const today = todayInChina(new Date());
    const sealed = await sealAgreement(mediationClient, opened, [{ dueOn: today, amountFen: 1_200_000 }]);
    await mediate(mediationClient, 'recordPayment', {
      caseId: sealed.caseId,
      expectedVersion: sealed.version,
      instalmentIndex: 0,
      amountFen: 1_200_000,
      paidOn: today,
    });
    await eventually(
      async () => {
        const { matter: current } = await intakeClient.call<intake.GetMatterResponse>('getMatter', {
          matterId: matter.matterId,
          matterNumber: '',
        });
        return current!.stage === 'RESOLVED' ? current : undefined;
      },
      { timeoutMs: 45_000, what: `${matter.matterNumber} resolved` },
    );
    const resolved = await timelineShowing(
      matter,
      'window → mediation → agreement',
      /分流至调解/,
      /调解建议书/,
      /用人单位同意调解/,
      /调解协议书（421303-调协-\d{4}-\d{6}）.*生效/,
      /履行第 1 期/,
      /调解结案/,
    );
    // The period met by the agreement: its deadline shows on the timeline from the 调解建议书 on.
    expect(resolved.timeline.some((entry) => entry.deadlines.some((d) => d.dueOn === opened.period!.dueOn))).toBe(true);
  });

  it('window → mediation → day 15 without an agreement → arbitration accepts the application', async () => {
    const { matter, opened } = await registerAtTheWindow(smallWageClaim(1_800_000));
    await mediate(mediationClient, 'recordEmployerConsent', {
      caseId: opened.caseId,
      expectedVersion: opened.version,
      consents: true,
      answeredAt: new Date().toISOString(),
      how: '电话',
    });
    // The day after the period's last day, the clock finds it lapsed (Art. 14 para 3).
    await mediationClient.call(
      'reviewMediationCases',
      { asOf: `${addCalendarDays(opened.period!.dueOn, 1)}T09:00:00+08:00` },
      ZENGDU_SUPERVISOR,
    );
    await timelineShowing(
      matter,
      'window → mediation → day 15 → arbitration',
      /分流至调解/,
      /调解终止（调解终止通知书 421303-调终-\d{4}-\d{6}）/,
      /超期/,
      /分流至劳动人事争议仲裁院/,
      /出具受理通知书/,
    );
    const { case: accepted } = await arbitrationClient.call<arbitration.GetCaseByMatterResponse>('getCaseByMatter', {
      matterId: matter.matterId,
    });
    expect(accepted?.status).toBe('CASE_STATUS_ACCEPTED');
  });
});
