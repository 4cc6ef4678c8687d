import { todayInChina } from '@onewindow/calendar';
import { Metadata, ServiceError, status } from '@grpc/grpc-js';
import type { Caller, Role } from '@onewindow/access';
import { EventTypes, intake, office, routing, Topics } from '@onewindow/contracts';
import { newCloudEvent } from '@onewindow/messaging';
import { asCaller } from '@onewindow/service-runtime';
import {
  eventually,
  InProcessService,
  severanceApplication,
  TopicRecorder,
  wageArrearsApplication,
} from '@onewindow/testing';
import { randomUUID } from 'node:crypto';
import { EscalateOverdueReferralsUseCase } from '../src/application/escalate-overdue-referrals.use-case';
import { RoutingModule } from '../src/routing.module';

const { ReferralTarget, ReferralOutcome, ReferralStatus } = routing;

const ZENGDU = '421303';
const GUANGSHUI = '421381';

/** A staff member of Zengdu (unless told otherwise) holding these posts, as the gateway names them. */
const as = (roles: Role[], more: Partial<Caller> = {}) =>
  asCaller({ userId: `it-${roles.join('+').toLowerCase()}`, roles, counties: [ZENGDU], ...more });
const mediator = as(['MEDIATOR']);
const arbitrator = as(['ARBITRATOR']);
const legalAid = as(['LEGAL_AID_OFFICER']);
const supervisor = as(['SUPERVISOR']);
const union = as(['AGENCY'], { agency: 'TRADE_UNION' });

/** 12 workers claiming together: routed to arbitration, labour-relations supervision and the union. */
const collectiveDispute = () => wageArrearsApplication({ workerCount: 12, commonClaim: true });

describe('the closed referral loop and county rule sets, on the real broker and store', () => {
  const service = new InProcessService('routing', RoutingModule);
  let recorder: TopicRecorder;

  beforeAll(async () => {
    await service.start();
    recorder = await service.record(Topics.routingReferrals);
  });

  afterAll(() => service.dispose());

  const call = <T>(method: string, request: object, caller: Metadata) =>
    service.client!.call<T>(method, request, caller);
  const refusal = (method: string, request: object, caller: Metadata) =>
    call(method, request, caller).then(
      () => 'allowed',
      (error: ServiceError) => error.code,
    );

  async function registered(content = wageArrearsApplication()) {
    const matterId = randomUUID();
    await service.publish(
      Topics.intakeMatters,
      newCloudEvent({
        type: EventTypes.matterRegistered,
        source: '/onewindow/intake',
        subject: matterId,
        payload: intake.MatterRegistered.encode({
          matterId,
          matterNumber: `${content.countyCode}-2026-000010`,
          registeredAt: new Date().toISOString(),
          content,
        }).finish(),
      }),
    );
    // Settled when every referral the stored decision holds has been published.
    return eventually(async () => {
      const stored = await service
        .store!.collection<{ _id: string; referrals: unknown[] }>('routing_cases')
        .findOne({ _id: matterId });
      const issued = issuedFor(matterId);
      return stored && issued.length >= stored.referrals.length ? { matterId, issued } : undefined;
    });
  }

  // At-least-once: the relay may publish an event again when a write raced it; consumers drop repeats
  // by ce_id, and so does this count.
  const eventsFor = (matterId: string, type: string) => [
    ...new Map(
      recorder.messages
        .filter((m) => m.key?.toString() === matterId && recorder.header(m, 'ce_type') === type)
        .map((m) => [recorder.header(m, 'ce_id'), m] as const),
    ).values(),
  ];
  const issuedFor = (matterId: string) =>
    eventsFor(matterId, EventTypes.referralIssued).map((m) => routing.ReferralIssued.decode(m.value!).referral!);

  it('sends a failed mediation back, and on to arbitration', async () => {
    const small = wageArrearsApplication({
      consentToMediationFirst: true,
      claims: [{ ...wageArrearsApplication().claims[0]!, amountFen: 500_000 }],
    });
    const { matterId, issued } = await registered(small);
    const mediation = issued.find((r) => r.target === ReferralTarget.REFERRAL_TARGET_MEDIATION)!;
    expect(mediation).toBeDefined();

    await call('acknowledgeReferral', { referralId: mediation.referralId, accept: true, declineReason: '' }, mediator);
    const reported = await call<routing.ReportOutcomeResponse>(
      'reportOutcome',
      {
        referralId: mediation.referralId,
        outcome: ReferralOutcome.REFERRAL_OUTCOME_FAILED,
        reason: '被申请人拒绝调解',
      },
      mediator,
    );
    expect(reported.referral!.status).toBe(routing.ReferralStatus.REFERRAL_STATUS_FAILED);
    expect(reported.rerouted.map((r) => r.target)).toContain(ReferralTarget.REFERRAL_TARGET_ARBITRATION);
    expect(reported.rerouted.every((r) => r.round === 2)).toBe(true);

    await eventually(async () => (issuedFor(matterId).some((r) => r.round === 2) ? true : undefined));
    expect(eventsFor(matterId, EventTypes.referralAcknowledged)).toHaveLength(1);
    expect(eventsFor(matterId, EventTypes.referralOutcomeReported)).toHaveLength(1);
  });

  it('re-routes a declined referral, never back to the office that declined it', async () => {
    const { matterId, issued } = await registered();
    const arbitration = issued.find((r) => r.target === ReferralTarget.REFERRAL_TARGET_ARBITRATION)!;
    const declined = await call<routing.AcknowledgeReferralResponse>(
      'acknowledgeReferral',
      { referralId: arbitration.referralId, accept: false, declineReason: '申请人已向法院起诉' },
      arbitrator,
    );
    expect(declined.referral!.status).toBe(ReferralStatus.REFERRAL_STATUS_DECLINED);
    const again = await call<routing.ListReferralsResponse>(
      'listReferrals',
      { matterId, targets: [ReferralTarget.REFERRAL_TARGET_SUPERVISOR_QUEUE] },
      supervisor,
    );
    expect(again.referrals.map((r) => r.referral!.round)).toEqual([2]);
  });

  it("lets an office answer only what was referred to it, and tells a referral it doesn't know", async () => {
    const { matterId, issued } = await registered();
    const arbitration = issued.find((r) => r.target === ReferralTarget.REFERRAL_TARGET_ARBITRATION)!;
    const answer = { referralId: arbitration.referralId, accept: true, declineReason: '' };
    expect(await refusal('acknowledgeReferral', answer, legalAid)).toBe(status.PERMISSION_DENIED);
    expect(await refusal('acknowledgeReferral', answer, mediator)).toBe(status.PERMISSION_DENIED);
    const resolved = {
      referralId: arbitration.referralId,
      outcome: ReferralOutcome.REFERRAL_OUTCOME_RESOLVED,
      reason: '',
    };
    expect(await refusal('reportOutcome', resolved, mediator)).toBe(status.PERMISSION_DENIED);
    const inbox = await call<routing.ListReferralsResponse>('listReferrals', { matterId }, supervisor);
    expect(inbox.referrals.map((r) => r.referral!.status)).toEqual([ReferralStatus.REFERRAL_STATUS_ISSUED]);

    expect(await refusal('acknowledgeReferral', answer, arbitrator)).toBe('allowed');
    expect(await refusal('acknowledgeReferral', { ...answer, referralId: 'nope' }, arbitrator)).toBe(status.NOT_FOUND);
  });

  it('lets the union acknowledge the union’s referral of a collective dispute, and nothing else', async () => {
    const { matterId, issued } = await registered(collectiveDispute());
    const to = (target: routing.ReferralTarget) => issued.find((r) => r.target === target)!;
    // Arbitration takes a collective dispute the same day (acknowledge within 0 working days).
    expect(to(ReferralTarget.REFERRAL_TARGET_ARBITRATION).acknowledgeBy!.dueOn).toBe(todayInChina(new Date()));
    const answer = (target: routing.ReferralTarget) => ({
      referralId: to(target).referralId,
      accept: true,
      declineReason: '',
    });
    expect(await refusal('acknowledgeReferral', answer(ReferralTarget.REFERRAL_TARGET_ARBITRATION), union)).toBe(
      status.PERMISSION_DENIED,
    );
    expect(
      await refusal('acknowledgeReferral', answer(ReferralTarget.REFERRAL_TARGET_LABOR_RELATIONS_SUPERVISION), union),
    ).toBe(status.PERMISSION_DENIED);
    const inCounty = as(['AGENCY'], { agency: 'TRADE_UNION', counties: [GUANGSHUI] });
    expect(await refusal('acknowledgeReferral', answer(ReferralTarget.REFERRAL_TARGET_TRADE_UNION), inCounty)).toBe(
      status.PERMISSION_DENIED,
    );
    expect(await refusal('acknowledgeReferral', answer(ReferralTarget.REFERRAL_TARGET_TRADE_UNION), union)).toBe(
      'allowed',
    );

    // The union's inbox holds its own referrals only, and asking for another office's is refused.
    const inbox = await call<routing.ListReferralsResponse>('listReferrals', { matterId }, union);
    expect(inbox.referrals.map((r) => [r.referral!.target, r.referral!.status])).toEqual([
      [ReferralTarget.REFERRAL_TARGET_TRADE_UNION, ReferralStatus.REFERRAL_STATUS_ACCEPTED],
    ]);
    expect(await refusal('listReferrals', { targets: [ReferralTarget.REFERRAL_TARGET_ARBITRATION] }, union)).toBe(
      status.PERMISSION_DENIED,
    );
  });

  describe('the loop by events (the office contract): offices answer on their own topics', () => {
    const answer = (topic: string, type: string, matterId: string, payload: Uint8Array) =>
      service.publish(topic, newCloudEvent({ type, source: '/onewindow/arbitration', subject: matterId, payload }));
    const taken = (matterId: string, referralId: string) =>
      answer(
        Topics.arbitrationCases,
        EventTypes.officeReferralTaken,
        matterId,
        office.ReferralTaken.encode({
          referralId,
          matterId,
          countyCode: ZENGDU,
          officeCaseNumber: '421303-仲收-2026-000001',
          takenAt: new Date().toISOString(),
        }).finish(),
      );
    const concluded = (matterId: string, referralId: string, outcome: routing.ReferralOutcome) =>
      answer(
        Topics.arbitrationCases,
        EventTypes.officeReferralConcluded,
        matterId,
        office.ReferralConcluded.encode({
          referralId,
          matterId,
          countyCode: ZENGDU,
          outcome,
          reason: '不予受理：超过仲裁时效。可向人民法院起诉',
          transferTo: ReferralTarget.REFERRAL_TARGET_UNSPECIFIED,
          concludedAt: new Date().toISOString(),
        }).finish(),
      );
    const statusOf = async (matterId: string, target: routing.ReferralTarget) =>
      (await call<routing.ListReferralsResponse>('listReferrals', { matterId, targets: [target] }, supervisor))
        .referrals[0]!.referral!.status;

    it('takes arbitration’s 签收 from its topic, so a taken referral is never escalated, and a repeat changes nothing', async () => {
      const { matterId, issued } = await registered();
      const toArbitration = issued.find((r) => r.target === ReferralTarget.REFERRAL_TARGET_ARBITRATION)!;
      await taken(matterId, toArbitration.referralId);
      await taken(matterId, toArbitration.referralId);
      await eventually(async () =>
        (await statusOf(matterId, ReferralTarget.REFERRAL_TARGET_ARBITRATION)) ===
        ReferralStatus.REFERRAL_STATUS_ACCEPTED
          ? true
          : undefined,
      );
      await service.app!.get(EscalateOverdueReferralsUseCase).execute(new Date(Date.now() + 30 * 86_400_000));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const escalated = eventsFor(matterId, EventTypes.referralEscalated).map(
        (m) => routing.ReferralEscalated.decode(m.value!).referral!.referralId,
      );
      expect(escalated).not.toContain(toArbitration.referralId);
      expect(eventsFor(matterId, EventTypes.referralAcknowledged)).toHaveLength(1);
    });

    it('concludes the matter when its principal referral ends, not when legal aid alongside does', async () => {
      const { matterId, issued } = await registered(wageArrearsApplication({ migrantWorker: true }));
      const to = (target: routing.ReferralTarget) => issued.find((r) => r.target === target)!;
      const legalAidReferral = to(ReferralTarget.REFERRAL_TARGET_LEGAL_AID);
      await call(
        'acknowledgeReferral',
        { referralId: legalAidReferral.referralId, accept: true, declineReason: '' },
        legalAid,
      );
      await call(
        'reportOutcome',
        {
          referralId: legalAidReferral.referralId,
          outcome: ReferralOutcome.REFERRAL_OUTCOME_RESOLVED,
          reason: '已指派律师',
        },
        legalAid,
      );
      expect(eventsFor(matterId, EventTypes.matterConcluded)).toHaveLength(0);

      const toArbitration = to(ReferralTarget.REFERRAL_TARGET_ARBITRATION);
      await taken(matterId, toArbitration.referralId);
      await concluded(matterId, toArbitration.referralId, ReferralOutcome.REFERRAL_OUTCOME_CLOSED);
      const [conclusion] = await eventually(async () => {
        const found = eventsFor(matterId, EventTypes.matterConcluded);
        return found.length > 0 ? found : undefined;
      });
      const ended = routing.MatterConcluded.decode(conclusion!.value!).referrals;
      expect(ended.map((r) => [r.target, r.status])).toEqual([
        [ReferralTarget.REFERRAL_TARGET_ARBITRATION, ReferralStatus.REFERRAL_STATUS_CLOSED],
      ]);
      await concluded(matterId, toArbitration.referralId, ReferralOutcome.REFERRAL_OUTCOME_CLOSED);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(eventsFor(matterId, EventTypes.matterConcluded)).toHaveLength(1);
    });

    it('issues a transfer’s destination a referral of its own, and refuses a transfer that names none', async () => {
      const small = wageArrearsApplication({
        consentToMediationFirst: true,
        claims: [{ ...wageArrearsApplication().claims[0]!, amountFen: 500_000 }],
      });
      const { matterId, issued } = await registered(small);
      const mediation = issued.find((r) => r.target === ReferralTarget.REFERRAL_TARGET_MEDIATION)!;
      await call(
        'acknowledgeReferral',
        { referralId: mediation.referralId, accept: true, declineReason: '' },
        mediator,
      );
      const transfer = {
        referralId: mediation.referralId,
        outcome: ReferralOutcome.REFERRAL_OUTCOME_TRANSFERRED,
        reason: '用人单位已注销，需劳动保障监察核查',
      };
      const nowhere = await call(
        'reportOutcome',
        { ...transfer, transferTo: ReferralTarget.REFERRAL_TARGET_UNSPECIFIED },
        mediator,
      ).catch((error: ServiceError) => error);
      expect((nowhere as ServiceError).code).toBe(status.INVALID_ARGUMENT);
      expect((nowhere as ServiceError).details).toMatch(/transferTo/);

      const moved = await call<routing.ReportOutcomeResponse>(
        'reportOutcome',
        { ...transfer, transferTo: ReferralTarget.REFERRAL_TARGET_INSPECTION },
        mediator,
      );
      expect(moved.referral!.status).toBe(ReferralStatus.REFERRAL_STATUS_TRANSFERRED);
      expect(moved.rerouted.map((r) => [r.target, r.ruleId, r.round])).toEqual([
        [ReferralTarget.REFERRAL_TARGET_INSPECTION, 'transfer', 2],
      ]);
      expect(moved.rerouted[0]!.reason).toBe('调解移送：用人单位已注销，需劳动保障监察核查');
      await eventually(async () =>
        issuedFor(matterId).some((r) => r.target === ReferralTarget.REFERRAL_TARGET_INSPECTION) ? true : undefined,
      );
      expect(eventsFor(matterId, EventTypes.matterConcluded)).toHaveLength(0);
    });

    it('refuses an outcome before the referral was accepted', async () => {
      const { issued } = await registered();
      const toArbitration = issued.find((r) => r.target === ReferralTarget.REFERRAL_TARGET_ARBITRATION)!;
      const early = {
        referralId: toArbitration.referralId,
        outcome: ReferralOutcome.REFERRAL_OUTCOME_RESOLVED,
        reason: '',
      };
      expect(await refusal('reportOutcome', early, arbitrator)).toBe(status.FAILED_PRECONDITION);
    });

    it('dead-letters an office’s answer to a referral addressed to another office, and changes nothing', async () => {
      const { matterId, issued } = await registered(wageArrearsApplication({ migrantWorker: true }));
      const legalAidReferral = issued.find((r) => r.target === ReferralTarget.REFERRAL_TARGET_LEGAL_AID)!;
      const dlq = await service.record(`${Topics.arbitrationCases}.dlq`);
      await taken(matterId, legalAidReferral.referralId);
      await eventually(async () => (dlq.messages.length > 0 ? true : undefined));
      expect(await statusOf(matterId, ReferralTarget.REFERRAL_TARGET_LEGAL_AID)).toBe(
        ReferralStatus.REFERRAL_STATUS_ISSUED,
      );
    });
  });

  it('escalates a referral nobody acknowledged by its deadline, once', async () => {
    const { matterId } = await registered();
    const escalate = service.app!.get(EscalateOverdueReferralsUseCase);
    const monthLater = new Date(Date.now() + 30 * 24 * 3600_000);
    expect(await escalate.execute(monthLater)).toBeGreaterThan(0);
    await escalate.execute(monthLater);
    const expected = issuedFor(matterId).length;
    await eventually(async () =>
      eventsFor(matterId, EventTypes.referralEscalated).length >= expected ? true : undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(eventsFor(matterId, EventTypes.referralEscalated)).toHaveLength(expected);
  });

  it('lists a queue by target, status and escalation, within the caller’s counties only', async () => {
    const zengdu = await registered(collectiveDispute());
    const guangshui = await registered(severanceApplication({ workerCount: 12, commonClaim: true }));
    const arbitration = zengdu.issued.find((r) => r.target === ReferralTarget.REFERRAL_TARGET_ARBITRATION)!;
    await call(
      'acknowledgeReferral',
      { referralId: arbitration.referralId, accept: true, declineReason: '' },
      arbitrator,
    );
    await service.app!.get(EscalateOverdueReferralsUseCase).execute(new Date(Date.now() + 30 * 24 * 3600_000));

    const list = async (request: object, caller = supervisor) =>
      (await call<routing.ListReferralsResponse>('listReferrals', request, caller)).referrals.map((r) => ({
        matterId: r.matterId,
        county: r.countyCode,
        target: r.referral!.target.replace('REFERRAL_TARGET_', ''),
        escalated: r.referral!.escalated,
      }));
    const ofZengdu = { matterId: zengdu.matterId };

    // The supervisor's escalations (督办): what nobody acknowledged in time, not what arbitration accepted.
    expect((await list({ ...ofZengdu, escalatedOnly: true })).map((r) => r.target).sort()).toEqual([
      'LABOR_RELATIONS_SUPERVISION',
      'TRADE_UNION',
    ]);
    expect(
      await list({ ...ofZengdu, escalatedOnly: true, targets: [ReferralTarget.REFERRAL_TARGET_TRADE_UNION] }),
    ).toEqual([{ ...ofZengdu, county: ZENGDU, target: 'TRADE_UNION', escalated: true }]);
    expect((await list({ ...ofZengdu, status: ReferralStatus.REFERRAL_STATUS_ACCEPTED })).map((r) => r.target)).toEqual(
      ['ARBITRATION'],
    );

    // Never another county's: not by default, not when asked by county or by matter.
    const everything = await list({});
    expect(everything.some((r) => r.matterId === zengdu.matterId)).toBe(true);
    expect(everything.every((r) => r.county === ZENGDU)).toBe(true);
    expect(await list({ matterId: guangshui.matterId })).toEqual([]);
    expect(await refusal('listReferrals', { countyCode: GUANGSHUI }, supervisor)).toBe(status.PERMISSION_DENIED);
    const guangshuiSupervisor = as(['SUPERVISOR'], { counties: [GUANGSHUI] });
    expect((await list({ matterId: guangshui.matterId }, guangshuiSupervisor)).length).toBeGreaterThan(0);
    expect(await refusal('listReferrals', { countyCode: '110101' }, supervisor)).toBe(status.INVALID_ARGUMENT);
    expect(await refusal('listReferrals', { targets: [ReferralTarget.REFERRAL_TARGET_UNSPECIFIED] }, supervisor)).toBe(
      status.INVALID_ARGUMENT,
    );
  });

  describe('callers it does not know, and callers of another county', () => {
    let referralId: string;
    let candidate: string;
    const RULE_SET_METHODS = ['getRuleSet', 'validateRuleSet', 'publishRuleSet', 'simulateRuleSet'];
    const requests = (): Record<string, object> => ({
      evaluateMatter: { content: wageArrearsApplication() },
      listReferrals: { countyCode: ZENGDU },
      acknowledgeReferral: { referralId, accept: true, declineReason: '' },
      reportOutcome: { referralId, outcome: ReferralOutcome.REFERRAL_OUTCOME_RESOLVED, reason: '' },
      getRuleSet: { countyCode: ZENGDU, version: 0 },
      validateRuleSet: { json: candidate },
      publishRuleSet: { json: candidate },
      simulateRuleSet: { countyCode: ZENGDU, json: candidate, since: todayInChina(new Date()), until: '' },
    });
    /** Each method's answer to this caller, one after another. */
    async function answers(caller: Metadata, methods = Object.keys(requests())): Promise<Record<string, unknown>> {
      const answered: Record<string, unknown> = {};
      for (const method of methods) answered[method] = await refusal(method, requests()[method]!, caller);
      return answered;
    }
    const all = (code: status, methods = Object.keys(requests())) =>
      Object.fromEntries(methods.map((method) => [method, code]));

    beforeAll(async () => {
      const { issued } = await registered(
        wageArrearsApplication({
          consentToMediationFirst: true,
          claims: [{ ...wageArrearsApplication().claims[0]!, amountFen: 500_000 }],
        }),
      );
      referralId = issued.find((r) => r.target === ReferralTarget.REFERRAL_TARGET_MEDIATION)!.referralId;
      const live = await call<routing.GetRuleSetResponse>('getRuleSet', { countyCode: ZENGDU, version: 0 }, supervisor);
      // Valid but for its effective-from time, long past: even its keeper could not publish it.
      candidate = JSON.stringify({ ...JSON.parse(live.ruleSet!.json), version: live.ruleSet!.version + 1 });
    });

    const referralStatus = async () =>
      (
        await call<routing.ListReferralsResponse>(
          'listReferrals',
          { matterId: referralId.split('/')[0], targets: [ReferralTarget.REFERRAL_TARGET_MEDIATION] },
          supervisor,
        )
      ).referrals.map((r) => r.referral!.status);

    it('refuses every call without a credential, whatever caller metadata it names', async () => {
      const forged = new Metadata();
      forged.set('x-onewindow-user', 'someone');
      forged.set('x-onewindow-roles', 'KING');
      forged.set('x-onewindow-counties', ZENGDU);
      expect(await answers(new Metadata())).toEqual(all(status.UNAUTHENTICATED));
      expect(await answers(forged)).toEqual(all(status.UNAUTHENTICATED));
      expect(await referralStatus()).toEqual([ReferralStatus.REFERRAL_STATUS_ISSUED]);
    });

    it('refuses every read and write of Zengdu to a Guangshui caller holding the posts, and changes nothing', async () => {
      const guangshui = as(['MEDIATOR', 'SUPERVISOR', 'WINDOW_CLERK'], { counties: [GUANGSHUI] });
      expect(await answers(guangshui)).toEqual(all(status.PERMISSION_DENIED));
      expect(await referralStatus()).toEqual([ReferralStatus.REFERRAL_STATUS_ISSUED]);
    });

    it('keeps the rule sets to supervisors: a mediator may not read, check, replay or publish them', async () => {
      expect(await answers(mediator, RULE_SET_METHODS)).toEqual(all(status.PERMISSION_DENIED, RULE_SET_METHODS));
      // Nor may a Zengdu supervisor publish a file that also names Guangshui.
      const shared = JSON.stringify({ ...JSON.parse(candidate), countyCodes: [ZENGDU, GUANGSHUI] });
      expect(await refusal('validateRuleSet', { json: shared }, supervisor)).toBe(status.PERMISSION_DENIED);
      expect(await refusal('publishRuleSet', { json: shared }, supervisor)).toBe(status.PERMISSION_DENIED);
      expect(await refusal('validateRuleSet', { json: candidate }, supervisor)).toBe('allowed');
    });
  });

  it('applies a rule set published at time T to matters registered after T only', async () => {
    const live = await call<routing.GetRuleSetResponse>('getRuleSet', { countyCode: ZENGDU, version: 0 }, supervisor);
    const current = JSON.parse(live.ruleSet!.json);
    const effectiveFrom = new Date(Date.now() + 2_000).toISOString();
    const candidate = {
      ...current,
      version: live.ruleSet!.version + 1,
      effectiveFrom,
      rules: [
        ...current.rules,
        {
          id: 'every-dispute-gets-legal-aid',
          description: '试点：所有劳动争议同时转法律援助',
          legalBasis: '《法律援助法》第三十一条',
          precedence: 9999,
          when: { fact: 'kind', op: 'eq', value: 'DISPUTE' },
          refer: [
            {
              target: 'LEGAL_AID',
              priority: 'NORMAL',
              reason: '试点：法律援助同步介入',
              acknowledgeWithinWorkingDays: 2,
            },
          ],
        },
      ],
    };
    const json = JSON.stringify(candidate);

    const simulated = await call<routing.SimulateRuleSetResponse>(
      'simulateRuleSet',
      { countyCode: ZENGDU, json, since: todayInChina(new Date()), until: '' },
      supervisor,
    );
    expect(simulated.mattersReplayed).toBeGreaterThan(0);
    expect(simulated.routedDifferently).toBeGreaterThan(0);
    expect(simulated.examples[0]!.candidateTargets).toContain(ReferralTarget.REFERRAL_TARGET_LEGAL_AID);

    const past = { json: JSON.stringify({ ...candidate, effectiveFrom: '2024-01-01T00:00:00+08:00' }) };
    expect(await refusal('publishRuleSet', past, supervisor)).toBe(status.INVALID_ARGUMENT);
    await call('publishRuleSet', { json }, supervisor);

    const before = await registered();
    await new Promise((resolve) => setTimeout(resolve, Date.parse(effectiveFrom) - Date.now() + 200));
    const after = await registered();
    expect(before.issued.map((r) => r.target)).not.toContain(ReferralTarget.REFERRAL_TARGET_LEGAL_AID);
    expect(after.issued.map((r) => r.target)).toContain(ReferralTarget.REFERRAL_TARGET_LEGAL_AID);
    expect(await refusal('publishRuleSet', { json }, supervisor)).toBe(status.INVALID_ARGUMENT);
  });
});
