import {
  arbitration,
  CloudEventHeaders,
  common,
  DeadLetterHeaders,
  EventTypes,
  matterContentFromProto,
  routing,
  Topics,
} from '@onewindow/contracts';
import { newCloudEvent, OutboxRelay } from '@onewindow/messaging';
import { ServiceError, status } from '@grpc/grpc-js';
import {
  eventually,
  InProcessService,
  severanceApplication,
  TopicRecorder,
  wageArrearsApplication,
} from '@onewindow/testing';
import { randomUUID } from 'node:crypto';
import { ArbitrationModule } from '../src/arbitration.module';
import { ReviewApplicationUseCase } from '../src/application/review-application.use-case';
import { MatterContent } from '../src/domain';
import { ArbitrationCaseDocument, ArbitrationCaseSchema } from '../src/infrastructure/arbitration-case.schema';
import { MongoArbitrationCaseRepository } from '../src/infrastructure/mongo-arbitration-case.repository';

const { ReferralTarget } = routing;

describe('arbitration service on the real broker and store', () => {
  const service = new InProcessService('arbitration', ArbitrationModule);
  let recorder: TopicRecorder;

  beforeAll(async () => {
    await service.start();
    recorder = await service.record(Topics.arbitrationCases, `${Topics.routingReferrals}.dlq`);
  });

  afterAll(() => service.dispose());

  function referral(target: routing.ReferralTarget, content: common.MatterContent = wageArrearsApplication()) {
    const matterId = randomUUID();
    return newCloudEvent({
      type: EventTypes.referralIssued,
      source: '/onewindow/routing',
      subject: matterId,
      payload: routing.ReferralIssued.encode({
        matterId,
        matterNumber: '421303-2026-000007',
        countyCode: content.countyCode,
        referral: {
          referralId: `${matterId}/1`,
          target,
          priority: routing.ReferralPriority.REFERRAL_PRIORITY_NORMAL,
          reason: '劳动争议，申请人不同意先行调解',
          legalBasis: '《劳动争议调解仲裁法》第五条',
          ruleId: 'dispute-to-arbitration',
          acknowledgeBy: undefined,
          status: routing.ReferralStatus.REFERRAL_STATUS_ISSUED,
          round: 1,
          statusReason: '',
          escalated: false,
        },
        ruleSetVersion: 1,
        firedRuleIds: ['dispute-to-arbitration'],
        issuedAt: new Date().toISOString(),
        content,
      }).finish(),
    });
  }

  const publish = (...events: ReturnType<typeof referral>[]) => service.publish(Topics.routingReferrals, ...events);

  // Distinct events in publishing order: the relay may publish one again after a racing write.
  const eventTypesFor = (matterId: string) => [
    ...new Map(
      recorder.messages
        .filter((m) => m.topic === service.topic(Topics.arbitrationCases) && m.key?.toString() === matterId)
        .map((m) => [recorder.header(m, CloudEventHeaders.id), recorder.header(m, CloudEventHeaders.type)] as const),
    ).values(),
  ];

  const caseOf = (matterId: string) =>
    service.client!.call<arbitration.GetCaseByMatterResponse>('getCaseByMatter', { matterId }).then((r) => r.case!);

  it('issues a receipt and then the acceptance notice the same day for wage arrears', async () => {
    const issued = referral(ReferralTarget.REFERRAL_TARGET_ARBITRATION);
    await publish(issued);
    const types = await eventually(async () =>
      eventTypesFor(issued.subject).length === 2 ? eventTypesFor(issued.subject) : undefined,
    );
    expect(types).toEqual([EventTypes.applicationReceived, EventTypes.applicationAccepted]);
    const accepted = await caseOf(issued.subject);
    expect(accepted.status).toBe(arbitration.CaseStatus.CASE_STATUS_ACCEPTED);
    expect(accepted.receivedOn).toBe(accepted.acceptedOn);
    expect(accepted.deadlines.some((d) => d.label.includes('裁决'))).toBe(true);
  });

  it('leaves referrals addressed to other offices alone', async () => {
    const toMediation = referral(ReferralTarget.REFERRAL_TARGET_MEDIATION);
    const marker = referral(ReferralTarget.REFERRAL_TARGET_ARBITRATION);
    await publish(toMediation, marker);
    await eventually(async () => (eventTypesFor(marker.subject).length === 2 ? true : undefined));
    expect(eventTypesFor(toMediation.subject)).toEqual([]);
    expect(await service.store!.collection('arbitration_cases').countDocuments({ matterId: toMediation.subject })).toBe(
      0,
    );
  });

  it('opens one case when the same referral arrives twice, even under a new event id', async () => {
    const first = referral(ReferralTarget.REFERRAL_TARGET_ARBITRATION);
    const repeat = { ...first, id: randomUUID() };
    await publish(first, repeat);
    const marker = referral(ReferralTarget.REFERRAL_TARGET_ARBITRATION);
    await publish(marker);
    await eventually(async () => (eventTypesFor(marker.subject).length === 2 ? true : undefined));
    expect(eventTypesFor(first.subject)).toHaveLength(2);
    expect(await service.store!.collection('arbitration_cases').countDocuments({ matterId: first.subject })).toBe(1);
  });

  it('dead-letters a complaint wrongly addressed to arbitration and goes on', async () => {
    const complaint = referral(
      ReferralTarget.REFERRAL_TARGET_ARBITRATION,
      wageArrearsApplication({ kind: common.MatterKind.MATTER_KIND_COMPLAINT }),
    );
    const next = referral(ReferralTarget.REFERRAL_TARGET_ARBITRATION);
    await publish(complaint, next);
    await eventually(async () => (eventTypesFor(next.subject).length === 2 ? true : undefined));
    const dead = await eventually(async () =>
      recorder.messages.find((m) => recorder.header(m, CloudEventHeaders.id) === complaint.id),
    );
    expect(recorder.header(dead, DeadLetterHeaders.error)).toMatch(/^PoisonMessageError/);
  });

  it('decides once on an ordinary application within five days, however many clerks press the button', async () => {
    const issued = referral(ReferralTarget.REFERRAL_TARGET_ARBITRATION, severanceApplication());
    await publish(issued);
    await eventually(async () => (eventTypesFor(issued.subject).length === 1 ? true : undefined));
    const pending = await caseOf(issued.subject);
    expect(pending.status).toBe(arbitration.CaseStatus.CASE_STATUS_AWAITING_ACCEPTANCE_DECISION);
    expect(pending.deadlines.map((d) => d.label).join()).toMatch(/受理/);

    const decide = (request: object) =>
      service.client!.call<arbitration.DecideAcceptanceResponse>('decideAcceptance', request);
    const accept = {
      caseId: pending.caseId,
      decision: arbitration.AcceptanceDecision.ACCEPTANCE_DECISION_ACCEPT,
      refusalReason: '',
    };
    const outcomes = await Promise.allSettled([decide(accept), decide(accept)]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect((lost[0]!.reason as ServiceError).code).toBe(status.FAILED_PRECONDITION);

    const types = await eventually(async () =>
      eventTypesFor(issued.subject).length === 2 ? eventTypesFor(issued.subject) : undefined,
    );
    expect(types).toEqual([EventTypes.applicationReceived, EventTypes.applicationAccepted]);
    const accepted = await caseOf(issued.subject);
    expect(accepted.status).toBe(arbitration.CaseStatus.CASE_STATUS_ACCEPTED);
    expect(accepted.acceptanceNoticeNumber).toMatch(/^421381-仲受-\d{4}-\d{6}$/);
  });

  it('refuses a decision without reasons, or on a case that does not exist, and changes nothing', async () => {
    const issued = referral(ReferralTarget.REFERRAL_TARGET_ARBITRATION, severanceApplication());
    await publish(issued);
    await eventually(async () => (eventTypesFor(issued.subject).length === 1 ? true : undefined));
    const pending = await caseOf(issued.subject);
    const refuse = {
      caseId: pending.caseId,
      decision: arbitration.AcceptanceDecision.ACCEPTANCE_DECISION_REFUSE,
      refusalReason: ' ',
    };
    const noReason = (await service.client!.call('decideAcceptance', refuse).catch((e) => e)) as ServiceError;
    expect(noReason.code).toBe(status.INVALID_ARGUMENT);
    const unknown = (await service
      .client!.call('decideAcceptance', { ...refuse, caseId: 'no-such-case', refusalReason: '不属于受案范围' })
      .catch((e) => e)) as ServiceError;
    expect(unknown.code).toBe(status.NOT_FOUND);
    expect((await caseOf(issued.subject)).status).toBe(arbitration.CaseStatus.CASE_STATUS_AWAITING_ACCEPTANCE_DECISION);
  });

  it('loses no notice when the service dies between saving a case and publishing it', async () => {
    await service.stop();
    // A process that saved the reviewed case and its notices, then died before the relay published.
    const model = service.store!.model<ArbitrationCaseDocument>('ArbitrationCase', ArbitrationCaseSchema);
    const deadRelay = new OutboxRelay(service.kafka.producer(), [model]);
    const dying = new ReviewApplicationUseCase(new MongoArbitrationCaseRepository(model, deadRelay));
    const matterId = randomUUID();
    await dying.execute({
      referralId: `${matterId}/1`,
      matterId,
      matterNumber: '421303-2026-000098',
      content: matterContentFromProto(wageArrearsApplication()) as MatterContent,
      issuedAt: new Date().toISOString(),
    });
    await deadRelay.stop();
    expect((await model.findById(`${matterId}/1`).lean().exec())!.outbox).toHaveLength(2);
    expect(eventTypesFor(matterId)).toEqual([]);

    await service.start();
    const types = await eventually(async () =>
      eventTypesFor(matterId).length === 2 ? eventTypesFor(matterId) : undefined,
    );
    expect(types).toEqual([EventTypes.applicationReceived, EventTypes.applicationAccepted]);
  });
});
