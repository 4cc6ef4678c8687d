// Mediation (调解) answers routing on its own topic, as arbitration does (the office contract), and asks
// for the court (人民法院) beside its referral: a 司法确认 application with the 调解协议书 attached. Routing
// alone on the real broker and store; the events are made with libs/office, as the mediation service makes them.
import { randomUUID } from 'node:crypto';
import { Metadata, ServiceError, status } from '@grpc/grpc-js';
import { DeadLetterHeaders, deadline, EventTypes, intake, routing, Topics } from '@onewindow/contracts';
import { newCloudEvent } from '@onewindow/messaging';
import { type OfficeAnswer, officeAnswerEvent, sideReferralRequestEvent } from '@onewindow/office';
import { asCaller, fieldViolationsOf } from '@onewindow/service-runtime';
import { eventually, InProcessService, TopicRecorder, wageArrearsApplication } from '@onewindow/testing';
import { RoutingModule } from '../src/routing.module';

const { ReferralTarget, ReferralStatus } = routing;

const ZENGDU = '421303';
const supervisor = asCaller({ userId: 'it-supervisor', roles: ['SUPERVISOR'], counties: [ZENGDU] });
const court = asCaller({ userId: 'it-court', roles: ['AGENCY'], counties: [ZENGDU], agency: 'COURT' });

/** A small wage claim whose worker agreed to mediation first: routed to MEDIATION (调解优先). */
const consentingToMediation = () =>
  wageArrearsApplication({
    consentToMediationFirst: true,
    claims: [{ ...wageArrearsApplication().claims[0]!, amountFen: 500_000 }],
  });

const AGREEMENT = { attachmentTitle: '调解协议书', attachmentNumber: '421303-调协-2026-000001' };

describe('mediation’s answers close the loop, and its court side referral goes alongside', () => {
  const service = new InProcessService('routing', RoutingModule);
  let recorder: TopicRecorder;
  let sequence = 300;

  beforeAll(async () => {
    await service.start();
    recorder = await service.record(Topics.routingReferrals, Topics.routingDeadlines, `${Topics.mediationCases}.dlq`);
  });

  afterAll(() => service.dispose());

  const call = <T>(method: string, request: object, caller: Metadata) =>
    service.client!.call<T>(method, request, caller);

  async function registered(content = consentingToMediation()) {
    const matterId = randomUUID();
    sequence += 1;
    await service.publish(
      Topics.intakeMatters,
      newCloudEvent({
        type: EventTypes.matterRegistered,
        source: '/onewindow/intake',
        subject: matterId,
        payload: intake.MatterRegistered.encode({
          matterId,
          matterNumber: `${content.countyCode}-2026-000${sequence}`,
          registeredAt: new Date().toISOString(),
          content,
        }).finish(),
      }),
    );
    const issued = await eventually(async () => {
      const stored = await service
        .store!.collection<{ _id: string; referrals: unknown[] }>('routing_cases')
        .findOne({ _id: matterId });
      const found = issuedFor(matterId);
      return stored && found.length >= stored.referrals.length ? found : undefined;
    });
    return { matterId, issued };
  }

  // At-least-once: a repeat of one event (same ce_id) is counted once, as consumers drop it.
  const eventsFor = (matterId: string, type: string) => [
    ...new Map(
      recorder.messages
        .filter((m) => m.key?.toString() === matterId && recorder.header(m, 'ce_type') === type)
        .map((m) => [recorder.header(m, 'ce_id'), m] as const),
    ).values(),
  ];
  const issuedEventsFor = (matterId: string) =>
    eventsFor(matterId, EventTypes.referralIssued).map((m) => routing.ReferralIssued.decode(m.value!));
  const issuedFor = (matterId: string) => issuedEventsFor(matterId).map((issued) => issued.referral!);
  const issuedTo = (matterId: string, target: routing.ReferralTarget) =>
    issuedFor(matterId).filter((r) => r.target === target);
  const deadLettered = () => recorder.messages.filter((m) => m.topic === service.topic(`${Topics.mediationCases}.dlq`));

  /** Published on the mediation topic as the mediation service's outbox would. */
  const fromMediation = (matterId: string, event: { type: string; payload: Uint8Array }) =>
    service.publish(
      Topics.mediationCases,
      newCloudEvent({ ...event, source: '/onewindow/mediation', subject: matterId }),
    );
  const answer = (matterId: string, referralId: string, officeAnswer: OfficeAnswer) =>
    fromMediation(matterId, officeAnswerEvent({ referralId, matterId, countyCode: ZENGDU }, officeAnswer, new Date()));
  const askForCourt = (matterId: string, referralId: string, requestId: string) =>
    fromMediation(
      matterId,
      sideReferralRequestEvent(
        { referralId, matterId, countyCode: ZENGDU },
        { target: 'COURT', reason: '双方当事人共同申请司法确认', ...AGREEMENT, requestId },
        new Date(),
      ),
    );

  const referralsOf = async (matterId: string) =>
    (await call<routing.ListReferralsResponse>('listReferrals', { matterId }, supervisor)).referrals.map(
      (r) => r.referral!,
    );
  const statusOf = async (matterId: string, referralId: string) =>
    (await referralsOf(matterId)).find((r) => r.referralId === referralId)?.status;
  const reaches = (matterId: string, referralId: string, expected: routing.ReferralStatus) =>
    eventually(async () => ((await statusOf(matterId, referralId)) === expected ? true : undefined));

  async function mediationReferralOf(content = consentingToMediation()) {
    const { matterId, issued } = await registered(content);
    expect(issued.map((r) => r.target)).toContain(ReferralTarget.REFERRAL_TARGET_MEDIATION);
    return { matterId, mediation: issued.find((r) => r.target === ReferralTarget.REFERRAL_TARGET_MEDIATION)! };
  }

  it('issues the court a side referral with the agreement, once per request, and sends a failed mediation to arbitration', async () => {
    const { matterId, mediation } = await mediationReferralOf();
    await answer(matterId, mediation.referralId, { kind: 'TAKEN', officeCaseNumber: '421303-调-2026-000001' });
    await reaches(matterId, mediation.referralId, ReferralStatus.REFERRAL_STATUS_ACCEPTED);

    const requestId = `judicial-confirmation-${randomUUID()}`;
    await askForCourt(matterId, mediation.referralId, requestId);
    const [toCourt] = await eventually(async () => {
      const found = issuedEventsFor(matterId).filter(
        (e) => e.referral!.target === ReferralTarget.REFERRAL_TARGET_COURT,
      );
      return found.length > 0 ? found : undefined;
    });
    const courtReferral = toCourt!.referral!;
    expect(courtReferral.referralId).not.toBe(mediation.referralId);
    expect(courtReferral).toMatchObject({
      status: ReferralStatus.REFERRAL_STATUS_ISSUED,
      ruleId: 'office-side-referral',
      round: mediation.round,
      reason: '调解提请：双方当事人共同申请司法确认（附：调解协议书，421303-调协-2026-000001）',
      sideReferral: {
        requestedBy: ReferralTarget.REFERRAL_TARGET_MEDIATION,
        accompaniesReferralId: mediation.referralId,
        requestId,
        ...AGREEMENT,
      },
    });
    expect(courtReferral.legalBasis).toMatch(/劳动争议调解仲裁法》第十六条/);
    expect(toCourt!.ruleSetVersion).toBe(0);
    expect(toCourt!.content?.applicant?.name).toBe('张建国');
    // Routing's acknowledge-by deadline, watched like every referral's.
    expect(courtReferral.acknowledgeBy?.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await eventually(async () =>
      recorder.messages.some(
        (m) =>
          recorder.header(m, 'ce_type') === EventTypes.deadlineRegistered &&
          deadline.DeadlineRegistered.decode(m.value!).deadline?.subjectId === courtReferral.referralId,
      )
        ? true
        : undefined,
    );
    // Beside the mediation, which goes on; the matter is not concluded.
    expect(await statusOf(matterId, mediation.referralId)).toBe(ReferralStatus.REFERRAL_STATUS_ACCEPTED);
    expect(eventsFor(matterId, EventTypes.matterConcluded)).toHaveLength(0);
    // The court's own credential sees it in its queue.
    const courtQueue = await call<routing.ListReferralsResponse>('listReferrals', { countyCode: ZENGDU }, court);
    expect(courtQueue.referrals.map((r) => r.referral!.referralId)).toContain(courtReferral.referralId);

    // The same request again (a redelivery): nothing new. The events of one matter are handled in order,
    // so once the failure that follows has been acted on, the repeat has been too.
    await askForCourt(matterId, mediation.referralId, requestId);
    await answer(matterId, mediation.referralId, {
      kind: 'CONCLUDED',
      outcome: 'FAILED',
      reason: '自收到调解申请之日起十五日内未达成调解协议，当事人可以依法申请仲裁',
    });
    const [toArbitration] = await eventually(async () => {
      const found = issuedTo(matterId, ReferralTarget.REFERRAL_TARGET_ARBITRATION);
      return found.length > 0 ? found : undefined;
    });
    expect(toArbitration!.round).toBe(mediation.round + 1);
    expect(issuedTo(matterId, ReferralTarget.REFERRAL_TARGET_COURT)).toHaveLength(1);
    const now = await referralsOf(matterId);
    expect(now.filter((r) => r.target === ReferralTarget.REFERRAL_TARGET_COURT)).toHaveLength(1);
    expect(now.find((r) => r.referralId === mediation.referralId)?.status).toBe(ReferralStatus.REFERRAL_STATUS_FAILED);
    expect(eventsFor(matterId, EventTypes.matterConcluded)).toHaveLength(0);
  });

  it('decides again when mediation declines (a party refused), and sends the matter to arbitration', async () => {
    const { matterId, mediation } = await mediationReferralOf();
    await answer(matterId, mediation.referralId, { kind: 'DECLINED', reason: '被申请人拒绝调解' });
    const [toArbitration] = await eventually(async () => {
      const found = issuedTo(matterId, ReferralTarget.REFERRAL_TARGET_ARBITRATION);
      return found.length > 0 ? found : undefined;
    });
    expect(toArbitration!.round).toBe(2);
    expect(await statusOf(matterId, mediation.referralId)).toBe(ReferralStatus.REFERRAL_STATUS_DECLINED);
    expect(issuedTo(matterId, ReferralTarget.REFERRAL_TARGET_MEDIATION)).toHaveLength(1);
  });

  it('concludes the matter when mediation resolves it', async () => {
    const { matterId, mediation } = await mediationReferralOf();
    await answer(matterId, mediation.referralId, { kind: 'TAKEN', officeCaseNumber: '421303-调-2026-000002' });
    await answer(matterId, mediation.referralId, {
      kind: 'CONCLUDED',
      outcome: 'RESOLVED',
      reason: '调解协议已履行完毕',
    });
    const [conclusion] = await eventually(async () => {
      const found = eventsFor(matterId, EventTypes.matterConcluded);
      return found.length > 0 ? found : undefined;
    });
    expect(routing.MatterConcluded.decode(conclusion!.value!).referrals.map((r) => [r.target, r.status])).toEqual([
      [ReferralTarget.REFERRAL_TARGET_MEDIATION, ReferralStatus.REFERRAL_STATUS_RESOLVED],
    ]);
  });

  it('dead-letters what mediation cannot say: an answer or a court request for arbitration’s referral, a request beside a referral not taken', async () => {
    const { matterId, issued } = await registered(wageArrearsApplication());
    const toArbitration = issued.find((r) => r.target === ReferralTarget.REFERRAL_TARGET_ARBITRATION)!;
    const before = deadLettered().length;
    await answer(matterId, toArbitration.referralId, { kind: 'TAKEN', officeCaseNumber: '421303-调-2026-000003' });
    await askForCourt(matterId, toArbitration.referralId, `payment-order-${randomUUID()}`);
    const notTaken = await mediationReferralOf();
    await askForCourt(notTaken.matterId, notTaken.mediation.referralId, `payment-order-${randomUUID()}`);

    const letters = await eventually(async () => {
      const found = deadLettered().slice(before);
      return found.length >= 3 ? found : undefined;
    });
    const errors = letters.map((m) => recorder.header(m, DeadLetterHeaders.error));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/MEDIATION answered referral .* addressed to ARBITRATION/),
        expect.stringMatching(/SideReferralRequested .* MEDIATION answered referral .* addressed to ARBITRATION/),
        expect.stringMatching(/has not taken referral .* \(签收\) yet/),
      ]),
    );
    expect(await statusOf(matterId, toArbitration.referralId)).toBe(ReferralStatus.REFERRAL_STATUS_ISSUED);
    expect(issuedTo(matterId, ReferralTarget.REFERRAL_TARGET_COURT)).toHaveLength(0);
    expect(issuedTo(notTaken.matterId, ReferralTarget.REFERRAL_TARGET_COURT)).toHaveLength(0);
  });

  it('refuses to publish a rule set that routes to the court, naming the rule', async () => {
    const live = await call<routing.GetRuleSetResponse>('getRuleSet', { countyCode: ZENGDU, version: 0 }, supervisor);
    const current = JSON.parse(live.ruleSet!.json);
    const candidate = {
      ...current,
      countyCodes: [ZENGDU],
      version: live.ruleSet!.version + 1,
      effectiveFrom: new Date(Date.now() + 60_000).toISOString(),
      rules: [
        ...current.rules,
        {
          id: 'wage-arrears-to-court',
          description: '欠薪径送法院',
          legalBasis: '《劳动争议调解仲裁法》第十六条',
          precedence: 9999,
          when: { fact: 'kind', op: 'eq', value: 'DISPUTE' },
          refer: [{ target: 'COURT', priority: 'NORMAL', reason: '申请支付令', acknowledgeWithinWorkingDays: 2 }],
        },
      ],
    };
    const refused = await call('publishRuleSet', { json: JSON.stringify(candidate) }, supervisor).catch(
      (error: ServiceError) => error,
    );
    expect((refused as ServiceError).code).toBe(status.INVALID_ARGUMENT);
    const violations = fieldViolationsOf((refused as ServiceError).metadata);
    expect(violations).toEqual([
      {
        field: expect.stringContaining("'wage-arrears-to-court'.refer[0]"),
        description: expect.stringMatching(/rule 'wage-arrears-to-court' refers to COURT \(人民法院\)/),
      },
    ]);
    const still = await call<routing.GetRuleSetResponse>('getRuleSet', { countyCode: ZENGDU, version: 0 }, supervisor);
    expect(still.ruleSet!.version).toBe(live.ruleSet!.version);
  });
});
