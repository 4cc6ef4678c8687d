import { addCalendarDays, todayInChina } from '@onewindow/calendar';
import { arbitration, intake, Topics } from '@onewindow/contracts';
import { DeadlineSchema, DeadlineWatch, MongoDeadlineStore, type DeadlineDocument } from '@onewindow/deadlines';
import type { Dashboard, MatterDetail, WorkQueues } from '@onewindow/gateway-api';
import { connectMongo } from '@onewindow/persistence';
import { OutboxRelay } from '@onewindow/messaging';
import { asCaller } from '@onewindow/service-runtime';
import { eventually, GatewayClient, Platform, severanceApplication, testStack } from '@onewindow/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import type { Connection } from 'mongoose';

// Deadlines that watch themselves, on the whole platform (real Kafka and FerretDB): arbitration registers
// the acceptance-decision deadline of an ordinary dispute; a scan of arbitration's deadlines on a clock
// this test sets warns and then records the breach; intake puts both on the timeline and the supervisor's
// queue and dashboard show them; the decision meets the deadline and the alert goes.
const PASSWORD = 'Demo-2026!';

describe('a deadline warns before it is due and records its breach, on a controllable clock', () => {
  const platform = new Platform({ gateway: {} });
  const gateway = () => new GatewayClient(platform.gatewayUrl);
  let connection: Connection;
  let producer: Producer;
  let relay: OutboxRelay;
  let watch: DeadlineWatch;

  beforeAll(async () => {
    await platform.start();
    // A second watcher of arbitration's deadlines, in this process, whose scans the test dates.
    const { kafkaBrokers, mongoUrl } = testStack();
    const database = platform.databases.find((name) => name.startsWith('e2e_arbitration'))!;
    connection = await connectMongo({ url: mongoUrl, database, appName: 'deadline-clock' });
    producer = new Kafka({ clientId: 'deadline-clock', brokers: kafkaBrokers, logLevel: logLevel.NOTHING }).producer({
      idempotent: true,
      maxInFlightRequests: 1,
    });
    await producer.connect();
    const deadlines = connection.model<DeadlineDocument>('Deadline', DeadlineSchema);
    relay = new OutboxRelay(producer, [deadlines], { topicPrefix: platform.topicPrefix });
    watch = new DeadlineWatch(
      'arbitration',
      [], // it only scans: what was registered carries its kind's label, basis and warning day
      new MongoDeadlineStore(deadlines, relay, Topics.arbitrationDeadlines, '/onewindow/arbitration'),
    );
  }, 180_000);

  afterAll(async () => {
    await relay?.stop();
    await producer?.disconnect();
    await connection?.close();
    await platform.stop();
  }, 60_000);

  const alertsOf = async (token: string) => {
    const { body } = await gateway().request<WorkQueues>('GET', '/api/queues', { token });
    return body.queues.find((queue) => queue.id === 'DEADLINE_ALERTS')?.items ?? [];
  };
  const dashboardOf = async (token: string) =>
    (await gateway().request<Dashboard>('GET', '/api/dashboard?county=421303', { token })).body.deadlineAlerts;
  const timelineOf = async (token: string, matterNumber: string) =>
    (await gateway().request<MatterDetail>('GET', `/api/matters/${matterNumber}`, { token })).body.matter.timeline.map(
      (entry) => entry.summary,
    );

  it('warns on its warning day, breaches the day after its due day, and stops once met', async () => {
    const supervisor = await gateway().signIn('supervisor.zengdu', PASSWORD);
    const arbitrator = await gateway().signIn('arbitrator.zengdu', PASSWORD);
    // A severance dispute is not one arbitration must accept the same day: the decision is due in 5 working days.
    const window = asCaller({ userId: 'e2e-clerk', roles: ['WINDOW_CLERK'], counties: ['421303'] });
    const { matter } = await platform
      .client('intake')
      .call<intake.RegisterMatterResponse>(
        'registerMatter',
        { content: severanceApplication({ countyCode: '421303' }), requestId: '' },
        window,
      );
    const { matterId, matterNumber } = matter!;

    const registeredEntry = await eventually(
      async () =>
        (await timelineOf(supervisor, matterNumber)).find((s) => s.startsWith('期限起算：仲裁申请受理审查期限')),
      { timeoutMs: 45_000, what: 'the acceptance deadline on the timeline' },
    );
    expect(registeredEntry).toContain('《劳动争议调解仲裁法》第二十九条');
    // Routing watches the referral's acknowledgement the same way; arbitration's 签收 met it.
    await eventually(
      async () =>
        (await timelineOf(supervisor, matterNumber)).includes('期限已办结：转办签收期限（转办对象已签收）') ||
        undefined,
      { timeoutMs: 30_000, what: 'the referral’s acknowledgement deadline met on the timeline' },
    );
    const { case: found } = await platform
      .client('arbitration')
      .call<arbitration.GetCaseByMatterResponse>('getCaseByMatter', { matterId });
    const caseId = found!.caseId;
    const stored = await connection
      .collection<{ _id: string; warnOn: string; dueOn: string }>('deadlines')
      .findOne({ _id: `ARBITRATION_ACCEPTANCE_DECISION:${caseId}` });
    const { warnOn, dueOn } = stored!;
    expect(warnOn > todayInChina(new Date())).toBe(true);

    // The day before the warning day: nothing.
    const noon = (day: string) => new Date(`${day}T04:00:00Z`);
    expect(await watch.scan(noon(addCalendarDays(warnOn, -1)))).toEqual({ warned: 0, breached: 0 });

    expect(await watch.scan(noon(warnOn))).toEqual({ warned: 1, breached: 0 });
    const warned = await eventually(
      async () => (await alertsOf(supervisor)).find((item) => item.matterNumber === matterNumber),
      { timeoutMs: 30_000, what: 'the warning in the supervisor’s queue' },
    );
    expect(warned.deadline).toMatchObject({
      state: 'WARNED',
      kind: 'ARBITRATION_ACCEPTANCE_DECISION',
      service: 'arbitration',
    });
    expect(warned.dueOn).toBe(dueOn);
    expect(await dashboardOf(supervisor)).toEqual({ warned: 1, breached: 0 });
    expect(
      (await timelineOf(supervisor, matterNumber)).some((s) => s.startsWith('期限预警：仲裁申请受理审查期限')),
    ).toBe(true);

    // The due day itself still counts as in time; the day after, the breach.
    expect(await watch.scan(noon(dueOn))).toEqual({ warned: 0, breached: 0 });
    expect(await watch.scan(noon(addCalendarDays(dueOn, 1)))).toEqual({ warned: 0, breached: 1 });
    await eventually(async () => ((await dashboardOf(supervisor)).breached === 1 ? true : undefined), {
      timeoutMs: 30_000,
      what: 'the breach counted on the dashboard',
    });
    expect(await dashboardOf(supervisor)).toEqual({ warned: 0, breached: 1 });
    expect((await alertsOf(supervisor)).find((item) => item.matterNumber === matterNumber)).toMatchObject({
      overdue: true,
      deadline: { state: 'BREACHED' },
    });
    expect((await timelineOf(supervisor, matterNumber)).some((s) => s.startsWith('超期：仲裁申请受理审查期限'))).toBe(
      true,
    );
    // Scanning again announces nothing more.
    expect(await watch.scan(noon(addCalendarDays(dueOn, 2)))).toEqual({ warned: 0, breached: 0 });

    // The arbitrator decides (late): the arbitration service meets the deadline, and the alert goes.
    const decided = await gateway().request(
      'POST',
      `/api/arbitration-cases/${encodeURIComponent(caseId)}/acceptance-decision`,
      {
        token: arbitrator,
        body: { decision: 'ACCEPT' },
      },
    );
    expect(decided.status).toBe(200);
    await eventually(
      async () => ((await alertsOf(supervisor)).some((item) => item.matterNumber === matterNumber) ? undefined : true),
      { timeoutMs: 30_000, what: 'the alert to leave the queue once the decision is made' },
    );
    expect(await dashboardOf(supervisor)).toEqual({ warned: 0, breached: 0 });
    const timeline = await timelineOf(supervisor, matterNumber);
    expect(timeline.some((s) => s.startsWith('期限已办结：仲裁申请受理审查期限'))).toBe(true);
    // Acceptance starts the award clock, watched the same way.
    expect(timeline.some((s) => s.startsWith('期限起算：仲裁裁决期限'))).toBe(true);
  });
});
