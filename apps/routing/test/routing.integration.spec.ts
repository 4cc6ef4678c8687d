import { ServiceError, status } from '@grpc/grpc-js';
import {
  CloudEventHeaders,
  DeadLetterHeaders,
  EventTypes,
  intake,
  matterContentFromProto,
  routing,
  Topics,
} from '@onewindow/contracts';
import { newCloudEvent, OutboxRelay } from '@onewindow/messaging';
import { eventually, InProcessService, TopicRecorder, wageArrearsApplication } from '@onewindow/testing';
import { randomUUID } from 'node:crypto';
import { DecideRouting } from '../src/application/decide-routing';
import { RouteMatterUseCase } from '../src/application/route-matter.use-case';
import { MongoRoutingCaseRepository } from '../src/infrastructure/mongo-routing-case.repository';
import { RoutingCaseDocument, RoutingCaseSchema } from '../src/infrastructure/routing-case.schema';
import { RoutingModule } from '../src/routing.module';

describe('routing service on the real broker and store', () => {
  const service = new InProcessService('routing', RoutingModule);
  let recorder: TopicRecorder;

  beforeAll(async () => {
    await service.start();
    recorder = await service.record(Topics.routingReferrals, `${Topics.intakeMatters}.dlq`);
  });

  afterAll(() => service.dispose());

  function matterRegistered(content = wageArrearsApplication()) {
    const matterId = randomUUID();
    return newCloudEvent({
      type: EventTypes.matterRegistered,
      source: '/onewindow/intake',
      subject: matterId,
      payload: intake.MatterRegistered.encode({
        matterId,
        matterNumber: '421303-2026-000001',
        registeredAt: new Date().toISOString(),
        content,
      }).finish(),
    });
  }

  const publish = (...events: ReturnType<typeof matterRegistered>[]) =>
    service.publish(Topics.intakeMatters, ...events);

  const referralsFor = (matterId: string) =>
    recorder.messages
      .filter((m) => m.topic === service.topic(Topics.routingReferrals) && m.key?.toString() === matterId)
      .map((m) => routing.ReferralIssued.decode(m.value!));

  it('refers a wage-arrears dispute without consent to arbitration, saying why and by which rule', async () => {
    const registered = matterRegistered();
    await publish(registered);
    const [issued] = await eventually(async () =>
      referralsFor(registered.subject).length ? referralsFor(registered.subject) : undefined,
    );
    expect(issued!.referral!.target).toBe(routing.ReferralTarget.REFERRAL_TARGET_ARBITRATION);
    expect(issued!.referral!.reason).not.toBe('');
    expect(issued!.firedRuleIds).toContain(issued!.referral!.ruleId);
    expect(issued!.ruleSetVersion).toBeGreaterThan(0);
    expect(issued!.referral!.acknowledgeBy!.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The target gets the whole application, so it need not ask intake.
    expect(issued!.content!.applicant!.name).toBe('张建国');
  });

  it('routes a matter once when its registration is delivered twice', async () => {
    const registered = matterRegistered();
    const marker = matterRegistered();
    await publish(registered, registered);
    await publish(marker);
    await eventually(async () => (referralsFor(marker.subject).length ? true : undefined));
    await eventually(async () => (referralsFor(registered.subject).length ? true : undefined));
    const decisions = await service
      .store!.collection('routing_cases')
      .countDocuments({ _id: registered.subject as never });
    expect(decisions).toBe(1);
    const ids = new Set(referralsFor(registered.subject).map((r) => r.referral!.referralId));
    expect(ids.size).toBe(referralsFor(registered.subject).length);
  });

  it('sends a registration with no content to the DLQ and carries on', async () => {
    const empty = newCloudEvent({
      type: EventTypes.matterRegistered,
      source: '/onewindow/intake',
      subject: 'no-content',
      payload: intake.MatterRegistered.encode({
        matterId: 'no-content',
        matterNumber: '',
        registeredAt: '',
        content: undefined,
      }).finish(),
    });
    const next = matterRegistered();
    await publish(empty, next);
    await eventually(async () => (referralsFor(next.subject).length ? true : undefined));
    const dead = await eventually(async () =>
      recorder.messages.find((m) => recorder.header(m, CloudEventHeaders.id) === empty.id),
    );
    expect(recorder.header(dead, DeadLetterHeaders.error)).toContain('has no matter id or content');
  });

  it('answers a dry run without storing or publishing anything', async () => {
    const before = await service.store!.collection('routing_cases').countDocuments();
    const { decision } = await service.client!.call<routing.EvaluateMatterResponse>('evaluateMatter', {
      content: wageArrearsApplication({
        consentToMediationFirst: true,
        claims: [{ ...wageArrearsApplication().claims[0]!, amountFen: 500_000 }],
      }),
    });
    expect(decision!.referrals[0]!.target).toBe(routing.ReferralTarget.REFERRAL_TARGET_MEDIATION);
    expect(await service.store!.collection('routing_cases').countDocuments()).toBe(before);

    const error = (await service
      .client!.call('evaluateMatter', { content: wageArrearsApplication({ countyCode: '110101' }) })
      .catch((e) => e)) as ServiceError;
    expect(error.code).toBe(status.INVALID_ARGUMENT);
  });

  it('loses no referral when the service dies between saving a decision and publishing it', async () => {
    const decideRouting = service.app!.get(DecideRouting);
    await service.stop();
    // A process that saved the decision and its outbox entries, then died before the relay published.
    const model = service.store!.model<RoutingCaseDocument>('RoutingCase', RoutingCaseSchema);
    const deadRelay = new OutboxRelay(service.kafka.producer(), [model]);
    const dying = new RouteMatterUseCase(decideRouting, new MongoRoutingCaseRepository(model, deadRelay));
    const matterId = randomUUID();
    await dying.execute({
      matterId,
      matterNumber: '421303-2026-000099',
      registeredAt: new Date().toISOString(),
      content: matterContentFromProto(wageArrearsApplication()),
    });
    await deadRelay.stop();
    expect((await model.findById(matterId).lean().exec())!.outbox.length).toBeGreaterThan(0);
    expect(referralsFor(matterId)).toHaveLength(0);

    await service.start();
    await eventually(async () => (referralsFor(matterId).length ? true : undefined));
    await eventually(async () =>
      (await model.findById(matterId).lean().exec())!.outbox.length === 0 ? true : undefined,
    );
  });
});
