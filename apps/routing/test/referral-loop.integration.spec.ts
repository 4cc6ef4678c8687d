import { todayInChina } from '@onewindow/calendar';
import { Metadata, ServiceError, status } from '@grpc/grpc-js';
import { EventTypes, intake, routing, Topics } from '@onewindow/contracts';
import { newCloudEvent } from '@onewindow/messaging';
import { eventually, InProcessService, TopicRecorder, wageArrearsApplication } from '@onewindow/testing';
import { randomUUID } from 'node:crypto';
import { EscalateOverdueReferralsUseCase } from '../src/application/escalate-overdue-referrals.use-case';
import { RoutingModule } from '../src/routing.module';
import { AGENCY_METADATA_KEY } from '../src/transport/routing.grpc-controller';

const { ReferralTarget, ReferralOutcome } = routing;

describe('the closed referral loop and county rule sets, on the real broker and store', () => {
  const service = new InProcessService('routing', RoutingModule);
  let recorder: TopicRecorder;

  beforeAll(async () => {
    await service.start();
    recorder = await service.record(Topics.routingReferrals);
  });

  afterAll(() => service.dispose());

  const asAgency = (target: routing.ReferralTarget) => {
    const metadata = new Metadata();
    metadata.set(AGENCY_METADATA_KEY, target.replace('REFERRAL_TARGET_', ''));
    return metadata;
  };
  const call = <T>(method: string, request: object, agency?: routing.ReferralTarget) =>
    service.client!.call<T>(method, request, agency ? asAgency(agency) : undefined);

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
          matterNumber: '421303-2026-000010',
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

    await call(
      'acknowledgeReferral',
      { referralId: mediation.referralId, accept: true, declineReason: '' },
      ReferralTarget.REFERRAL_TARGET_MEDIATION,
    );
    const reported = await call<routing.ReportOutcomeResponse>(
      'reportOutcome',
      {
        referralId: mediation.referralId,
        outcome: ReferralOutcome.REFERRAL_OUTCOME_FAILED,
        reason: '被申请人拒绝调解',
      },
      ReferralTarget.REFERRAL_TARGET_MEDIATION,
    );
    expect(reported.referral!.status).toBe(routing.ReferralStatus.REFERRAL_STATUS_FAILED);
    expect(reported.rerouted.map((r) => r.target)).toContain(ReferralTarget.REFERRAL_TARGET_ARBITRATION);
    expect(reported.rerouted.every((r) => r.round === 2)).toBe(true);

    await eventually(async () => (issuedFor(matterId).some((r) => r.round === 2) ? true : undefined));
    expect(eventsFor(matterId, EventTypes.referralAcknowledged)).toHaveLength(1);
    expect(eventsFor(matterId, EventTypes.referralOutcomeReported)).toHaveLength(1);
  });

  it('re-routes a declined referral, never back to the office that declined it', async () => {
    const { issued } = await registered();
    const arbitration = issued.find((r) => r.target === ReferralTarget.REFERRAL_TARGET_ARBITRATION)!;
    const declined = await call<routing.AcknowledgeReferralResponse>(
      'acknowledgeReferral',
      { referralId: arbitration.referralId, accept: false, declineReason: '申请人已向法院起诉' },
      ReferralTarget.REFERRAL_TARGET_ARBITRATION,
    );
    expect(declined.referral!.status).toBe(routing.ReferralStatus.REFERRAL_STATUS_DECLINED);
    const again = await call<routing.ListReferralsResponse>(
      'listReferrals',
      { countyCode: '421303', status: 0 },
      ReferralTarget.REFERRAL_TARGET_SUPERVISOR_QUEUE,
    );
    expect(again.referrals.some((r) => r.matterId === declined.referral!.referralId.split('/')[0])).toBe(true);
  });

  it('lets an agency see and answer only what was referred to it', async () => {
    const { matterId, issued } = await registered();
    const arbitration = issued.find((r) => r.target === ReferralTarget.REFERRAL_TARGET_ARBITRATION)!;
    const denied = (await call(
      'acknowledgeReferral',
      { referralId: arbitration.referralId, accept: true, declineReason: '' },
      ReferralTarget.REFERRAL_TARGET_LEGAL_AID,
    ).catch((e) => e)) as ServiceError;
    expect(denied.code).toBe(status.PERMISSION_DENIED);
    const inbox = await call<routing.ListReferralsResponse>(
      'listReferrals',
      { countyCode: '421303', status: 0 },
      ReferralTarget.REFERRAL_TARGET_ARBITRATION,
    );
    expect(inbox.referrals.some((r) => r.matterId === matterId)).toBe(true);
    expect(inbox.referrals.every((r) => r.referral!.target === ReferralTarget.REFERRAL_TARGET_ARBITRATION)).toBe(true);
    const twice = (await call(
      'acknowledgeReferral',
      { referralId: 'nope', accept: true, declineReason: '' },
      ReferralTarget.REFERRAL_TARGET_ARBITRATION,
    ).catch((e) => e)) as ServiceError;
    expect(twice.code).toBe(status.NOT_FOUND);
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

  it('applies a rule set published at time T to matters registered after T only', async () => {
    const live = await call<routing.GetRuleSetResponse>('getRuleSet', { countyCode: '421303', version: 0 });
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

    const simulated = await call<routing.SimulateRuleSetResponse>('simulateRuleSet', {
      countyCode: '421303',
      json,
      since: todayInChina(new Date()),
      until: '',
    });
    expect(simulated.mattersReplayed).toBeGreaterThan(0);
    expect(simulated.routedDifferently).toBeGreaterThan(0);
    expect(simulated.examples[0]!.candidateTargets).toContain(ReferralTarget.REFERRAL_TARGET_LEGAL_AID);

    const past = (await call('publishRuleSet', {
      json: JSON.stringify({ ...candidate, effectiveFrom: '2024-01-01T00:00:00+08:00' }),
    }).catch((e) => e)) as ServiceError;
    expect(past.code).toBe(status.INVALID_ARGUMENT);
    await call('publishRuleSet', { json });

    const before = await registered();
    await new Promise((resolve) => setTimeout(resolve, Date.parse(effectiveFrom) - Date.now() + 200));
    const after = await registered();
    expect(before.issued.map((r) => r.target)).not.toContain(ReferralTarget.REFERRAL_TARGET_LEGAL_AID);
    expect(after.issued.map((r) => r.target)).toContain(ReferralTarget.REFERRAL_TARGET_LEGAL_AID);
    const republish = (await call('publishRuleSet', { json }).catch((e) => e)) as ServiceError;
    expect(republish.code).toBe(status.INVALID_ARGUMENT);
  });
});
