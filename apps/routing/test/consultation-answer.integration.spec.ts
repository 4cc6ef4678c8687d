import { randomUUID } from 'node:crypto';
import { Metadata, ServiceError, status } from '@grpc/grpc-js';
import { type Caller, portalCaller, type Role } from '@onewindow/access';
import { todayInChina } from '@onewindow/calendar';
import { common, EventTypes, intake, routing, Topics } from '@onewindow/contracts';
import { newCloudEvent } from '@onewindow/messaging';
import { asCaller, fieldViolationsOf } from '@onewindow/service-runtime';
import { eventually, InProcessService, TopicRecorder, wageArrearsApplication } from '@onewindow/testing';
import { EscalateOverdueReferralsUseCase } from '../src/application/escalate-overdue-referrals.use-case';
import { RoutingModule } from '../src/routing.module';

const { ReferralTarget, ReferralStatus } = routing;

const ZENGDU = '421303';
const GUANGSHUI = '421381';

const as = (roles: Role[], more: Partial<Caller> = {}) =>
  asCaller({ userId: `it-${roles.join('+').toLowerCase()}`, roles, counties: [ZENGDU], ...more });
const clerk = as(['WINDOW_CLERK']);
const mediator = as(['MEDIATOR']);
const supervisor = as(['SUPERVISOR']);

const consultation = () =>
  wageArrearsApplication({
    kind: common.MatterKind.MATTER_KIND_CONSULTATION,
    channel: common.Channel.CHANNEL_ONLINE,
    claims: [],
    factsAndReasons: '试用期可以不发工资吗？',
  });

const ANSWER =
  '试用期内用人单位也应当支付工资，且不得低于本单位相同岗位最低档工资的百分之八十或者劳动合同约定工资的百分之八十。';
const BASIS = '《中华人民共和国劳动合同法》第二十条';

describe('a consultation answered by a named staff member, on the real broker and store', () => {
  const service = new InProcessService('routing', RoutingModule);
  let recorder: TopicRecorder;
  let sequence = 100;

  beforeAll(async () => {
    await service.start();
    recorder = await service.record(Topics.routingReferrals);
  });

  afterAll(() => service.dispose());

  const call = <T>(method: string, request: object, caller: Metadata) =>
    service.client!.call<T>(method, request, caller);
  const refusal = (method: string, request: object, caller: Metadata) =>
    call(method, request, caller).then(
      () => ({ code: 'allowed' as const, fields: [] as string[] }),
      (error: ServiceError) => ({ code: error.code, fields: fieldViolationsOf(error.metadata).map((v) => v.field) }),
    );

  const eventsFor = (matterId: string, type: string) => [
    ...new Map(
      recorder.messages
        .filter((m) => m.key?.toString() === matterId && recorder.header(m, 'ce_type') === type)
        .map((m) => [recorder.header(m, 'ce_id'), m] as const),
    ).values(),
  ];
  const typesFor = (matterId: string) => [
    ...new Map(
      recorder.messages
        .filter((m) => m.key?.toString() === matterId)
        .map((m) => [recorder.header(m, 'ce_id'), recorder.header(m, 'ce_type')] as const),
    ).values(),
  ];

  async function registered(content: common.MatterContent) {
    const matterId = randomUUID();
    const matterNumber = `${content.countyCode}-2026-${String(++sequence).padStart(6, '0')}`;
    await service.publish(
      Topics.intakeMatters,
      newCloudEvent({
        type: EventTypes.matterRegistered,
        source: '/onewindow/intake',
        subject: matterId,
        payload: intake.MatterRegistered.encode({
          matterId,
          matterNumber,
          registeredAt: new Date().toISOString(),
          content,
        }).finish(),
      }),
    );
    const issued = await eventually(async () => {
      const found = eventsFor(matterId, EventTypes.referralIssued).map(
        (m) => routing.ReferralIssued.decode(m.value!).referral!,
      );
      return found.length > 0 ? found : undefined;
    });
    return { matterId, matterNumber, issued };
  }

  const referralsOf = async (matterId: string, caller = supervisor) =>
    (await call<routing.ListReferralsResponse>('listReferrals', { matterId }, caller)).referrals.map(
      (r) => r.referral!,
    );

  it('starts ISSUED with an acknowledge-by deadline, then records answer, basis and who, and concludes the matter', async () => {
    const { matterId, issued } = await registered(consultation());
    expect(issued.map((r) => [r.target, r.status])).toEqual([
      [ReferralTarget.REFERRAL_TARGET_CONSULTATION_CLOSE, ReferralStatus.REFERRAL_STATUS_ISSUED],
    ]);
    expect(issued[0]!.acknowledgeBy?.dueOn).toBe(todayInChina(new Date()));

    const answered = await call<routing.AnswerConsultationResponse>(
      'answerConsultation',
      { referralId: issued[0]!.referralId, answer: ` ${ANSWER} `, basis: BASIS, answererName: '王窗口', requestId: '' },
      clerk,
    );
    expect(answered.referral!.status).toBe(ReferralStatus.REFERRAL_STATUS_RESOLVED);
    expect(answered.referral!.consultationAnswer).toMatchObject({
      answer: ANSWER,
      basis: BASIS,
      answeredByUserId: 'it-window_clerk',
      answeredByName: '王窗口',
    });
    expect(answered.countyCode).toBe(ZENGDU);

    // Announced as the loop's two steps, then the matter's conclusion, in that order.
    await eventually(async () => (eventsFor(matterId, EventTypes.matterConcluded).length > 0 ? true : undefined));
    expect(typesFor(matterId)).toEqual([
      EventTypes.referralIssued,
      EventTypes.referralAcknowledged,
      EventTypes.referralOutcomeReported,
      EventTypes.matterConcluded,
    ]);
    const acknowledged = routing.ReferralAcknowledged.decode(
      eventsFor(matterId, EventTypes.referralAcknowledged)[0]!.value!,
    );
    expect(acknowledged.referral!.status).toBe(ReferralStatus.REFERRAL_STATUS_ACCEPTED);
    const reported = routing.ReferralOutcomeReported.decode(
      eventsFor(matterId, EventTypes.referralOutcomeReported)[0]!.value!,
    );
    expect(reported.referral!.consultationAnswer?.basis).toBe(BASIS);
    const concluded = routing.MatterConcluded.decode(eventsFor(matterId, EventTypes.matterConcluded)[0]!.value!);
    expect(concluded.referrals.map((r) => r.consultationAnswer?.answer)).toEqual([ANSWER]);

    // Kept: ListReferrals returns it, and a second answer is refused.
    expect((await referralsOf(matterId))[0]!.consultationAnswer?.answeredByName).toBe('王窗口');
    const again = {
      referralId: issued[0]!.referralId,
      answer: '再答一次',
      basis: BASIS,
      answererName: '',
      requestId: '',
    };
    expect((await refusal('answerConsultation', again, clerk)).code).toBe(status.FAILED_PRECONDITION);
  });

  it('refuses bad input naming the field, the wrong post and county, and other referrals, changing nothing', async () => {
    const { matterId, issued } = await registered(consultation());
    const request = (fields: object = {}) => ({
      referralId: issued[0]!.referralId,
      answer: ANSWER,
      basis: BASIS,
      answererName: '',
      requestId: '',
      ...fields,
    });
    expect(await refusal('answerConsultation', request({ basis: '' }), clerk)).toEqual({
      code: status.INVALID_ARGUMENT,
      fields: ['basis'],
    });
    expect(await refusal('answerConsultation', request({ answer: '答'.repeat(2001) }), clerk)).toEqual({
      code: status.INVALID_ARGUMENT,
      fields: ['answer'],
    });
    expect((await refusal('answerConsultation', request(), mediator)).code).toBe(status.PERMISSION_DENIED);
    const guangshuiClerk = as(['WINDOW_CLERK'], { counties: [GUANGSHUI] });
    expect((await refusal('answerConsultation', request(), guangshuiClerk)).code).toBe(status.PERMISSION_DENIED);
    expect((await refusal('answerConsultation', request({ referralId: `${matterId}/9` }), clerk)).code).toBe(
      status.NOT_FOUND,
    );
    expect((await referralsOf(matterId)).map((r) => [r.status, r.consultationAnswer])).toEqual([
      [ReferralStatus.REFERRAL_STATUS_ISSUED, undefined],
    ]);

    // Not a consultation: an arbitration referral is answered by acknowledgement and outcome.
    const dispute = await registered(wageArrearsApplication());
    const toArbitration = dispute.issued.find((r) => r.target === ReferralTarget.REFERRAL_TARGET_ARBITRATION)!;
    expect((await refusal('answerConsultation', request({ referralId: toArbitration.referralId }), clerk)).code).toBe(
      status.FAILED_PRECONDITION,
    );
    // Nor may a consultation be answered as an office answers its referral.
    const acknowledgement = { referralId: issued[0]!.referralId, accept: true, declineReason: '' };
    expect((await refusal('acknowledgeReferral', acknowledgement, clerk)).code).toBe(status.PERMISSION_DENIED);
  });

  it('returns the recorded answer to a repeat of the same request', async () => {
    const { issued } = await registered(consultation());
    const request = {
      referralId: issued[0]!.referralId,
      answer: ANSWER,
      basis: BASIS,
      answererName: '郑主任',
      requestId: randomUUID(),
    };
    const first = await call<routing.AnswerConsultationResponse>('answerConsultation', request, supervisor);
    const repeat = await call<routing.AnswerConsultationResponse>('answerConsultation', request, supervisor);
    expect(repeat.referral!.consultationAnswer).toEqual(first.referral!.consultationAnswer);
  });

  it("shows the portal its own matter's consultation answers, and nothing else", async () => {
    const own = await registered(consultation());
    const other = await registered(consultation());
    await call(
      'answerConsultation',
      { referralId: own.issued[0]!.referralId, answer: ANSWER, basis: BASIS, answererName: '王窗口', requestId: '' },
      clerk,
    );
    const portal = asCaller(portalCaller(own.matterNumber));
    const consultations = [ReferralTarget.REFERRAL_TARGET_CONSULTATION_CLOSE];
    const seen = await call<routing.ListReferralsResponse>(
      'listReferrals',
      { matterId: own.matterId, targets: consultations },
      portal,
    );
    expect(seen.referrals.map((r) => r.referral!.consultationAnswer?.answer)).toEqual([ANSWER]);
    const another = await call<routing.ListReferralsResponse>(
      'listReferrals',
      { matterId: other.matterId, targets: consultations },
      portal,
    );
    expect(another.referrals).toEqual([]);
    expect((await refusal('listReferrals', { targets: consultations }, portal)).code).toBe(status.PERMISSION_DENIED);
    const arbitration = { matterId: own.matterId, targets: [ReferralTarget.REFERRAL_TARGET_ARBITRATION] };
    expect((await refusal('listReferrals', arbitration, portal)).code).toBe(status.PERMISSION_DENIED);
  });

  it('escalates an unanswered consultation to the duty supervisor like any referral', async () => {
    const { matterId, issued } = await registered(consultation());
    await service.app!.get(EscalateOverdueReferralsUseCase).execute(new Date(Date.now() + 30 * 24 * 3600_000));
    await eventually(async () => (eventsFor(matterId, EventTypes.referralEscalated).length > 0 ? true : undefined));
    const [escalated] = await referralsOf(matterId);
    expect(escalated).toMatchObject({ referralId: issued[0]!.referralId, escalated: true });
    // The supervisor may still answer it.
    const answered = await call<routing.AnswerConsultationResponse>(
      'answerConsultation',
      { referralId: issued[0]!.referralId, answer: ANSWER, basis: BASIS, answererName: '郑主任', requestId: '' },
      supervisor,
    );
    expect(answered.referral!.status).toBe(ReferralStatus.REFERRAL_STATUS_RESOLVED);
  });
});
