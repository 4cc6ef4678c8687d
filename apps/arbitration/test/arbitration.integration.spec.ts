import {
  arbitration,
  CloudEventHeaders,
  common,
  DeadLetterHeaders,
  EventTypes,
  office,
  matterContentFromProto,
  routing,
  Topics,
} from '@onewindow/contracts';
import { newCloudEvent, OutboxRelay } from '@onewindow/messaging';
import { Metadata, ServiceError, status } from '@grpc/grpc-js';
import type { Caller, Role } from '@onewindow/access';
import { asCaller, fieldViolationsOf } from '@onewindow/service-runtime';
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
const { CaseStatus } = arbitration;

/** A staff member of Guangshui (unless told otherwise) holding these posts, as the gateway names them. */
const as = (roles: Role[], more: Partial<Caller> = {}) =>
  asCaller({ userId: `it-${roles.join('+').toLowerCase()}`, roles, counties: ['421381'], ...more });
const arbitrator = as(['ARBITRATOR']);

describe('arbitration service on the real broker and store', () => {
  const service = new InProcessService('arbitration', ArbitrationModule);
  let recorder: TopicRecorder;

  beforeAll(async () => {
    await service.start();
    recorder = await service.record(Topics.arbitrationCases, `${Topics.routingReferrals}.dlq`);
  });

  afterAll(() => service.dispose());

  function referral(
    target: routing.ReferralTarget,
    content: common.MatterContent = wageArrearsApplication(),
    issuedAt = new Date(),
  ) {
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
        issuedAt: issuedAt.toISOString(),
        content,
      }).finish(),
    });
  }

  const publish = (...events: ReturnType<typeof referral>[]) => service.publish(Topics.routingReferrals, ...events);

  // Distinct events in publishing order: the relay may publish one again after a racing write.
  const publishedTypes = (matterId: string) => [
    ...new Map(
      recorder.messages
        .filter((m) => m.topic === service.topic(Topics.arbitrationCases) && m.key?.toString() === matterId)
        .map((m) => [recorder.header(m, CloudEventHeaders.id), recorder.header(m, CloudEventHeaders.type)] as const),
    ).values(),
  ];
  const isOfficeAnswer = (type: string | undefined) => type?.startsWith('onewindow.office.v1.') ?? false;
  /** The case's own notices, without the office contract's answers to routing. */
  const eventTypesFor = (matterId: string) => publishedTypes(matterId).filter((type) => !isOfficeAnswer(type));
  const officeAnswersFor = (matterId: string) => publishedTypes(matterId).filter(isOfficeAnswer);

  /** The acceptance notice announced for the matter, as published. */
  const acceptanceOf = (matterId: string) => {
    const message = recorder.messages.find(
      (m) =>
        m.key?.toString() === matterId && recorder.header(m, CloudEventHeaders.type) === EventTypes.applicationAccepted,
    );
    return arbitration.ApplicationAccepted.decode(message!.value!);
  };

  const caseOf = (matterId: string) =>
    service.client!.call<arbitration.GetCaseByMatterResponse>('getCaseByMatter', { matterId }).then((r) => r.case!);
  const refusal = (method: string, request: object, caller: Metadata) =>
    service.client!.call(method, request, caller).then(
      () => 'allowed',
      (error: ServiceError) => error.code,
    );

  /** Publishes an ordinary (not same-day) application and waits until it awaits the acceptance decision. */
  async function pendingCase(content = severanceApplication(), issuedAt = new Date()) {
    const issued = referral(ReferralTarget.REFERRAL_TARGET_ARBITRATION, content, issuedAt);
    await publish(issued);
    await eventually(async () => (eventTypesFor(issued.subject).length === 1 ? true : undefined));
    return caseOf(issued.subject);
  }

  it('issues a receipt and then the acceptance notice the same day for wage arrears', async () => {
    const issued = referral(ReferralTarget.REFERRAL_TARGET_ARBITRATION);
    await publish(issued);
    const types = await eventually(async () =>
      eventTypesFor(issued.subject).length === 2 ? eventTypesFor(issued.subject) : undefined,
    );
    expect(types).toEqual([EventTypes.applicationReceived, EventTypes.applicationAccepted]);
    // Taken at receipt (签收), under the receipt's number: routing will not escalate it.
    expect(officeAnswersFor(issued.subject)).toEqual([EventTypes.officeReferralTaken]);
    const taken = recorder.messages.find(
      (m) =>
        m.key?.toString() === issued.subject &&
        recorder.header(m, CloudEventHeaders.type) === EventTypes.officeReferralTaken,
    );
    const accepted = await caseOf(issued.subject);
    expect(office.ReferralTaken.decode(taken!.value!)).toMatchObject({
      referralId: `${issued.subject}/1`,
      officeCaseNumber: accepted.receiptNumber,
    });
    expect(accepted.status).toBe(arbitration.CaseStatus.CASE_STATUS_ACCEPTED);
    expect(accepted.receivedOn).toBe(accepted.acceptedOn);
    expect(accepted.deadlines.some((d) => d.label.includes('裁决'))).toBe(true);
    // The dashboard's 当日受理率 counts it among the applications that had to be accepted that day.
    expect(acceptanceOf(issued.subject)).toMatchObject({ acceptedOn: accepted.acceptedOn, sameDayRequired: true });
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
    // The marker may sit on another partition and be handled first: wait for both, the repeat being next in
    // line after the first on the first's partition.
    await eventually(async () =>
      eventTypesFor(marker.subject).length === 2 && eventTypesFor(first.subject).length >= 2 ? true : undefined,
    );
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
    const pending = await pendingCase();
    expect(pending.status).toBe(CaseStatus.CASE_STATUS_AWAITING_ACCEPTANCE_DECISION);
    expect(pending.deadlines.map((d) => d.label).join()).toMatch(/受理/);

    const decide = (request: object) =>
      service.client!.call<arbitration.DecideAcceptanceResponse>('decideAcceptance', request, arbitrator);
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
      eventTypesFor(pending.matterId).length === 2 ? eventTypesFor(pending.matterId) : undefined,
    );
    expect(types).toEqual([EventTypes.applicationReceived, EventTypes.applicationAccepted]);
    const accepted = await caseOf(pending.matterId);
    expect(accepted.status).toBe(CaseStatus.CASE_STATUS_ACCEPTED);
    expect(accepted.acceptanceNoticeNumber).toMatch(/^421381-仲受-\d{4}-\d{6}$/);
    // Accepted within the statutory period, not under 当日受理: the dashboard leaves it out.
    expect(acceptanceOf(pending.matterId)).toMatchObject({
      acceptanceNoticeNumber: accepted.acceptanceNoticeNumber,
      sameDayRequired: false,
    });
  });

  it('refuses a decision without reasons, or on a case that does not exist, and changes nothing', async () => {
    const pending = await pendingCase();
    const refuse = {
      caseId: pending.caseId,
      decision: arbitration.AcceptanceDecision.ACCEPTANCE_DECISION_REFUSE,
      refusalReason: ' ',
    };
    const missing = (await service
      .client!.call('decideAcceptance', refuse, arbitrator)
      .catch((e) => e)) as ServiceError;
    expect(missing.code).toBe(status.INVALID_ARGUMENT);
    // The request's own field, not the decision's internal name for it.
    expect(fieldViolationsOf(missing.metadata).map((v) => v.field)).toEqual(['refusalReason']);
    const unknown = { ...refuse, caseId: 'no-such-case', refusalReason: '不属于受案范围' };
    expect(await refusal('decideAcceptance', unknown, arbitrator)).toBe(status.NOT_FOUND);
    expect((await caseOf(pending.matterId)).status).toBe(CaseStatus.CASE_STATUS_AWAITING_ACCEPTANCE_DECISION);
  });

  it('lets only an arbitrator of the county decide acceptance (受理决定)', async () => {
    const pending = await pendingCase();
    const accept = {
      caseId: pending.caseId,
      decision: arbitration.AcceptanceDecision.ACCEPTANCE_DECISION_ACCEPT,
      refusalReason: '',
    };
    for (const notAnArbitrator of [
      as(['ARBITRATION_CLERK']),
      as(['SUPERVISOR']),
      as(['WINDOW_CLERK', 'MEDIATOR', 'INSPECTOR', 'LEGAL_AID_OFFICER', 'PETITION_OFFICER']),
      as(['ARBITRATOR'], { counties: ['421303'] }),
    ]) {
      expect(await refusal('decideAcceptance', accept, notAnArbitrator)).toBe(status.PERMISSION_DENIED);
    }
    expect((await caseOf(pending.matterId)).status).toBe(CaseStatus.CASE_STATUS_AWAITING_ACCEPTANCE_DECISION);
    // One person holding three posts (一人多岗), the arbitrator's among them, decides.
    const threePosts = as(['MEDIATOR', 'INSPECTOR', 'ARBITRATOR']);
    expect(await refusal('decideAcceptance', accept, threePosts)).toBe('allowed');
    expect((await caseOf(pending.matterId)).status).toBe(CaseStatus.CASE_STATUS_ACCEPTED);
  });

  it('refuses every call without a caller, and every read and write of a case to another county', async () => {
    const pending = await pendingCase();
    const requests: Record<string, object> = {
      getCase: { caseId: pending.caseId },
      getCaseByMatter: { matterId: pending.matterId },
      decideAcceptance: {
        caseId: pending.caseId,
        decision: arbitration.AcceptanceDecision.ACCEPTANCE_DECISION_ACCEPT,
        refusalReason: '',
      },
      listCases: { countyCode: '421381' },
    };
    const answers = async (caller: Metadata) => {
      const answered: Record<string, unknown> = {};
      for (const [method, request] of Object.entries(requests))
        answered[method] = await refusal(method, request, caller);
      return answered;
    };
    const all = (code: status) => Object.fromEntries(Object.keys(requests).map((method) => [method, code]));

    expect(await answers(new Metadata())).toEqual(all(status.UNAUTHENTICATED));
    const zengdu = as(['ARBITRATOR', 'ARBITRATION_CLERK', 'SUPERVISOR'], { counties: ['421303'] });
    expect(await answers(zengdu)).toEqual(all(status.PERMISSION_DENIED));
    expect((await caseOf(pending.matterId)).status).toBe(CaseStatus.CASE_STATUS_AWAITING_ACCEPTANCE_DECISION);
    // Listing all of its counties, Zengdu sees none of Guangshui's cases.
    const { cases } = await service.client!.call<arbitration.ListCasesResponse>('listCases', {}, zengdu);
    expect(cases.every((c) => c.countyCode === '421303')).toBe(true);
  });

  it('lists the applications awaiting a decision, oldest received first, a page at a time, in the caller’s counties', async () => {
    // Sui County (421321) is used by no other test here, so the listing holds exactly these cases.
    const SUI = '421321';
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600_000);
    const pending = [];
    for (const days of [1, 3, 0, 3, 2])
      pending.push(await pendingCase(severanceApplication({ countyCode: SUI }), daysAgo(days)));
    const sameDay = referral(ReferralTarget.REFERRAL_TARGET_ARBITRATION, wageArrearsApplication({ countyCode: SUI }));
    await publish(sameDay);
    await eventually(async () => (eventTypesFor(sameDay.subject).length === 2 ? true : undefined));

    const sui = as(['ARBITRATOR'], { counties: [SUI] });
    const list = (request: object, caller: Metadata = sui) =>
      service.client!.call<arbitration.ListCasesResponse>('listCases', request, caller);
    const awaiting = { status: CaseStatus.CASE_STATUS_AWAITING_ACCEPTANCE_DECISION };
    const pages: arbitration.ArbitrationCase[][] = [];
    let pageToken = '';
    do {
      const page = await list({ ...awaiting, countyCode: SUI, pageSize: 2, pageToken });
      pages.push(page.cases);
      pageToken = page.nextPageToken;
    } while (pageToken);

    const inOrder = [...pending].sort(
      (a, b) => a.receivedOn.localeCompare(b.receivedOn) || (a.caseId < b.caseId ? -1 : 1),
    );
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((c) => c.caseId)).toEqual(inOrder.map((c) => c.caseId));
    expect(pages.flat().every((c) => c.deadlines.length > 0)).toBe(true);

    // Without a status filter the accepted one is there too; without a county, the caller's counties.
    const everything = await list({});
    expect(everything.cases).toHaveLength(6);
    expect(everything.nextPageToken).toBe('');
    expect(everything.cases.map((c) => c.matterId)).toContain(sameDay.subject);
    expect((await list({ pageSize: 1000 })).cases).toHaveLength(6);
    expect((await list({}, as(['ARBITRATOR'], { counties: ['421300'] }))).cases).toEqual([]);

    expect(await refusal('listCases', { countyCode: '110101' }, sui)).toBe(status.INVALID_ARGUMENT);
    expect(await refusal('listCases', { pageToken: 'not-a-token' }, sui)).toBe(status.INVALID_ARGUMENT);
    expect(await refusal('listCases', { pageSize: -1 }, sui)).toBe(status.INVALID_ARGUMENT);
    expect(await refusal('listCases', { countyCode: '421381' }, sui)).toBe(status.PERMISSION_DENIED);
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
    // The receipt, the acceptance notice and the office contract's 签收 to routing.
    expect((await model.findById(`${matterId}/1`).lean().exec())!.outbox).toHaveLength(3);
    expect(eventTypesFor(matterId)).toEqual([]);

    await service.start();
    const types = await eventually(async () =>
      eventTypesFor(matterId).length === 2 ? eventTypesFor(matterId) : undefined,
    );
    expect(types).toEqual([EventTypes.applicationReceived, EventTypes.applicationAccepted]);
    await eventually(async () => (officeAnswersFor(matterId).length === 1 ? true : undefined));
  });
});
