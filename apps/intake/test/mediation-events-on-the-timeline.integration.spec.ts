import { ServiceError, status } from '@grpc/grpc-js';
import {
  arbitration,
  CloudEventHeaders,
  deadline as deadlineProto,
  EventTypes,
  intake,
  matterContentToProto,
  mediation,
  office,
  Topics,
} from '@onewindow/contracts';
import { type Deadline, deadlineEvent, type DeadlineEventType } from '@onewindow/deadlines';
import { CloudEvent, newCloudEvent } from '@onewindow/messaging';
import { asCaller } from '@onewindow/service-runtime';
import { eventually, InProcessService, TopicRecorder } from '@onewindow/testing';
import { matterContent } from '../src/domain/matter-content.fixture';
import { IntakeModule } from '../src/intake.module';

// Mediation (调解) on the matter's timeline, on the real broker and store: its case events become entries
// with their document numbers and deadlines; the 15-day period's breach on mediation's deadlines topic
// reaches the supervisor's alerts for the county; the office answers mediation also publishes on its topic
// are routing's business, skipped here and never dead-lettered.
const PERIOD_LABEL = '自收到调解申请之日起十五日内达成调解协议，逾期未达成的当事人可以申请仲裁';
const PERIOD_BASIS = '《劳动争议调解仲裁法》第十四条第三款';
const zengduSupervisor = asCaller({ userId: 'supervisor-zengdu', roles: ['SUPERVISOR'], counties: ['421303'] });
const suiSupervisor = asCaller({ userId: 'supervisor-sui', roles: ['SUPERVISOR'], counties: ['421321'] });

const caseEvent = (matterId: string, fields: Partial<mediation.MediationCaseEvent>): CloudEvent =>
  newCloudEvent({
    type: EventTypes.mediationCaseEvent,
    source: '/onewindow/mediation',
    subject: matterId,
    payload: mediation.MediationCaseEvent.encode({
      caseId: `med-${matterId}`,
      matterId,
      countyCode: '421303',
      kind: '',
      summary: '',
      deadlines: [],
      documentNumber: '',
      occurredOn: '2026-11-30',
      ...fields,
    }).finish(),
  });

/** The mediation period as mediation's DeadlineWatch announces it, after `type`. */
const periodEvent = (matterId: string, matterNumber: string, type: DeadlineEventType): CloudEvent => {
  const running: Deadline = {
    deadlineId: `MEDIATION_PERIOD:med-${matterId}`,
    countyCode: '421303',
    matterId,
    matterNumber,
    service: 'mediation',
    kind: 'MEDIATION_PERIOD',
    label: PERIOD_LABEL,
    legalBasis: PERIOD_BASIS,
    subjectId: `med-${matterId}`,
    dueOn: '2026-12-15',
    warnOn: '2026-12-11',
    provisional: false,
    state: 'RUNNING',
    registeredAt: '2026-11-30T02:00:00.000Z',
  };
  const moved: Deadline =
    type === 'DeadlineBreached'
      ? { ...running, state: 'BREACHED', warnedAt: '2026-12-11T01:00:00.000Z', breachedAt: '2026-12-16T01:00:00.000Z' }
      : running;
  const { id, type: eventType, payload } = deadlineEvent(moved, type);
  return newCloudEvent({ id, type: eventType, source: '/onewindow/mediation', subject: matterId, payload });
};

const referralTaken = (matterId: string): CloudEvent =>
  newCloudEvent({
    type: EventTypes.officeReferralTaken,
    source: '/onewindow/mediation',
    subject: matterId,
    payload: office.ReferralTaken.encode({
      referralId: `${matterId}/r1/MEDIATION`,
      matterId,
      countyCode: '421303',
      officeCaseNumber: '421303-调-2026-000001',
      takenAt: '2026-11-30T02:00:00.000Z',
    }).finish(),
  });

describe('mediation’s steps and its period on the matter’s timeline and the supervisor’s alerts', () => {
  const harness = new InProcessService('intake', IntakeModule);
  let dead: TopicRecorder;

  beforeAll(async () => {
    await harness.start();
    dead = await harness.record(`${Topics.mediationCases}.dlq`);
  });

  afterAll(() => harness.dispose());

  const register = () =>
    harness
      .client!.call<intake.RegisterMatterResponse>('registerMatter', {
        content: matterContentToProto(matterContent()),
        requestId: '',
      })
      .then((r) => r.matter!);
  const getMatter = (matterId: string) =>
    harness.client!.call<intake.GetMatterResponse>('getMatter', { matterId, matterNumber: '' }).then((r) => r.matter!);
  const entryOf = (matterId: string, eventId: string) =>
    eventually(async () => (await getMatter(matterId)).timeline.find((entry) => entry.eventId === eventId), {
      what: `timeline entry ${eventId}`,
    });
  const alertsIn = (countyCode: string, metadata = zengduSupervisor) =>
    harness
      .client!.call<intake.ListDeadlineAlertsResponse>('listDeadlineAlerts', { countyCodes: [countyCode] }, metadata)
      .then((r) => r.alerts);

  it('shows the 调解建议书 with its number and period, then the period’s breach, and alerts the county’s supervisor', async () => {
    const matter = await register();
    const proposal = caseEvent(matter.matterId, {
      kind: '调解建议书已发出',
      summary: '调解建议书已发出（421303-调建-2026-000001）',
      documentNumber: '421303-调建-2026-000001',
      deadlines: [{ label: PERIOD_LABEL, dueOn: '2026-12-15', provisional: false, citation: PERIOD_BASIS }],
    });
    await harness.publish(Topics.mediationCases, proposal);

    const step = await entryOf(matter.matterId, proposal.id);
    // The number the words carry already is not repeated.
    expect(step.summary).toBe('调解建议书已发出（421303-调建-2026-000001）');
    expect(step.eventType).toBe(EventTypes.mediationCaseEvent);
    expect(step.source).toBe('/onewindow/mediation');
    expect(step.deadlines).toEqual([
      { label: PERIOD_LABEL, dueOn: '2026-12-15', provisional: false, citation: PERIOD_BASIS },
    ]);

    const registered = periodEvent(matter.matterId, matter.matterNumber, 'DeadlineRegistered');
    const breached = periodEvent(matter.matterId, matter.matterNumber, 'DeadlineBreached');
    await harness.publish(Topics.mediationDeadlines, registered, breached);

    expect((await entryOf(matter.matterId, registered.id)).summary).toBe(
      `期限起算：${PERIOD_LABEL}，2026-12-15 届满（${PERIOD_BASIS}）`,
    );
    expect((await entryOf(matter.matterId, breached.id)).summary).toBe(
      `超期：${PERIOD_LABEL}已于 2026-12-15 届满未办结（${PERIOD_BASIS}），列入值班主任督办`,
    );
    const [alert] = await eventually(async () => {
      const open = await alertsIn('421303');
      const ours = open.filter((a) => a.matterId === matter.matterId);
      return ours.length > 0 ? ours : undefined;
    });
    expect(alert).toMatchObject({
      deadlineId: `MEDIATION_PERIOD:med-${matter.matterId}`,
      service: 'mediation',
      countyCode: '421303',
      matterNumber: matter.matterNumber,
      state: deadlineProto.DeadlineState.DEADLINE_STATE_BREACHED,
      dueOn: '2026-12-15',
    });
    // Another county's supervisor neither sees it nor may ask for Zengdu's.
    expect(await alertsIn('421321', suiSupervisor)).toEqual([]);
    const refused = (await alertsIn('421303', suiSupervisor).catch((e) => e)) as ServiceError;
    expect(refused.code).toBe(status.PERMISSION_DENIED);

    // Mediation's events do not move the matter: routing's referral events do.
    expect((await getMatter(matter.matterId)).stage).toBe('REGISTERED');
  });

  it('puts arbitration’s steps after acceptance (the award period extended) on the timeline the same way', async () => {
    const matter = await register();
    const extended = newCloudEvent({
      type: EventTypes.proceedingsStep,
      source: '/onewindow/arbitration',
      subject: matter.matterId,
      payload: arbitration.ProceedingsStep.encode({
        caseId: `${matter.matterId}/1`,
        matterId: matter.matterId,
        countyCode: '421303',
        kind: 'AWARD_PERIOD_EXTENDED',
        summary: '经仲裁委员会主任批准，仲裁期限延长 15 日，由 2027-01-18 延至 2027-02-02（案情复杂）',
        deadlines: [
          {
            label: '仲裁裁决期限',
            dueOn: '2027-02-02',
            provisional: false,
            citation: '《劳动争议调解仲裁法》第四十三条',
          },
        ],
        occurredOn: '2026-12-01T08:00:00.000Z',
      }).finish(),
    });
    await harness.publish(Topics.arbitrationCases, extended);
    const entry = await entryOf(matter.matterId, extended.id);
    expect(entry.summary).toBe('经仲裁委员会主任批准，仲裁期限延长 15 日，由 2027-01-18 延至 2027-02-02（案情复杂）');
    expect(entry.deadlines.map((d) => d.dueOn)).toEqual(['2027-02-02']);
  });

  it('adds the document number the words leave out', async () => {
    const matter = await register();
    const sealed = caseEvent(matter.matterId, {
      kind: '调解协议书已生效',
      summary: '调解协议书已生效',
      documentNumber: '421303-调协-2026-000001',
    });
    await harness.publish(Topics.mediationCases, sealed);
    const step = await entryOf(matter.matterId, sealed.id);
    expect(step.summary).toBe('调解协议书已生效（421303-调协-2026-000001）');
    expect(step.deadlines).toEqual([]);
  });

  it('adds no entry for the office’s ReferralTaken on the mediation topic and does not dead-letter it', async () => {
    const matter = await register();
    const taken = referralTaken(matter.matterId);
    // Undecodable: it must go to the DLQ, after anything published before it on the matter's partition.
    const poison = caseEvent(matter.matterId, { summary: 'poison' });
    poison.payload = Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x0f]);
    const marker = caseEvent(matter.matterId, { kind: '用人单位同意调解', summary: '用人单位同意调解' });
    await harness.publish(Topics.mediationCases, taken, poison, marker);

    await entryOf(matter.matterId, marker.id);
    expect((await getMatter(matter.matterId)).timeline.some((entry) => entry.eventId === taken.id)).toBe(false);
    // Same key, same DLQ partition: once the poison is there, a dead-lettered ReferralTaken would be too.
    await eventually(async () => dead.messages.find((m) => dead.header(m, CloudEventHeaders.id) === poison.id), {
      what: 'the poison record on the DLQ',
    });
    expect(dead.messages.some((m) => dead.header(m, CloudEventHeaders.id) === taken.id)).toBe(false);
  });
});
