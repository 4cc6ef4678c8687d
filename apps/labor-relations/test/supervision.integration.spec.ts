import { randomUUID } from 'node:crypto';
import { type Metadata, type ServiceError, status } from '@grpc/grpc-js';
import type { Role } from '@onewindow/access';
import { addCalendarDays, todayInChina } from '@onewindow/calendar';
import { CloudEventHeaders, common, EventTypes, laborRelations, office, routing, Topics } from '@onewindow/contracts';
import { newCloudEvent } from '@onewindow/messaging';
import { asCaller, fieldViolationsOf } from '@onewindow/service-runtime';
import { eventually, InProcessService, type TopicRecorder, wageArrearsApplication } from '@onewindow/testing';
import { LaborRelationsModule } from '../src/labor-relations.module';

// Labor-relations supervision on the real broker and store: referrals taken from routing's stream, layoff
// reports judged, checks measured and concluded, and the answers on the office's topic.

const { SupervisionKind, SupervisionConclusion, SupervisionStatus } = laborRelations;
type Matter = laborRelations.SupervisionMatter;

const as = (roles: Role[], counties = ['421303']) =>
  asCaller({ userId: `it-${roles.join('+').toLowerCase()}`, roles, counties });
const officer = as(['LABOR_RELATIONS_OFFICER']);
const today = () => todayInChina(new Date());

describe('labor-relations supervision on the real broker and store', () => {
  const service = new InProcessService('labor-relations', LaborRelationsModule);
  let recorder: TopicRecorder;

  beforeAll(async () => {
    await service.start();
    recorder = await service.record(Topics.laborRelationsSupervision, Topics.laborRelationsDeadlines);
  }, 60_000);

  afterAll(() => service.dispose(), 30_000);

  const call = async (method: string, request: object, caller: Metadata = officer) =>
    (await service.client!.call<{ matter: Matter }>(method, request, caller)).matter;
  const refusal = (method: string, request: object, caller: Metadata = officer) =>
    service.client!.call(method, request, caller).then(
      () => undefined,
      (error: ServiceError) => error,
    );

  /** Publishes a LABOR_RELATIONS_SUPERVISION referral as routing would; returns its matter and referral ids. */
  async function refer(content: common.MatterContent) {
    const matterId = randomUUID();
    await service.publish(
      Topics.routingReferrals,
      newCloudEvent({
        type: EventTypes.referralIssued,
        source: '/onewindow/routing',
        subject: matterId,
        payload: routing.ReferralIssued.encode({
          matterId,
          matterNumber: '421303-2026-000042',
          countyCode: content.countyCode,
          referral: {
            referralId: `${matterId}/1`,
            target: routing.ReferralTarget.REFERRAL_TARGET_LABOR_RELATIONS_SUPERVISION,
            priority: routing.ReferralPriority.REFERRAL_PRIORITY_NORMAL,
            reason: '涉及裁员',
            legalBasis: '《劳动合同法》第四十一条',
            ruleId: 'mass-layoff-supervision',
            acknowledgeBy: undefined,
            status: routing.ReferralStatus.REFERRAL_STATUS_ISSUED,
            round: 1,
            statusReason: '',
            escalated: false,
          },
          ruleSetVersion: 1,
          firedRuleIds: ['mass-layoff-supervision'],
          issuedAt: new Date().toISOString(),
          content,
        }).finish(),
      }),
    );
    const matter = await eventually(() =>
      service.client!.call<{ matter: Matter }>('getSupervisionMatterByMatter', { matterId }, officer).then(
        (r) => r.matter,
        () => undefined,
      ),
    );
    return { matterId, matter };
  }

  const messagesKeyed = (key: string) =>
    recorder.messages.filter(
      (m) => m.topic === service.topic(Topics.laborRelationsSupervision) && m.key?.toString() === key,
    );
  const typesKeyed = (key: string) => [
    ...new Map(
      messagesKeyed(key).map(
        (m) => [recorder.header(m, CloudEventHeaders.id), recorder.header(m, CloudEventHeaders.type)] as const,
      ),
    ).values(),
  ];
  const concludedAnswer = (key: string) =>
    eventually(async () => {
      const found = messagesKeyed(key).find(
        (m) => recorder.header(m, CloudEventHeaders.type) === EventTypes.officeReferralConcluded,
      );
      return found ? office.ReferralConcluded.decode(found.value!) : undefined;
    });

  it('a layoff below both thresholds is NOT_REPORTABLE: taken, then closed on the topic with the reason', async () => {
    const { matterId, matter } = await refer(wageArrearsApplication({ layoff: { workersLaidOff: 9, workforce: 100 } }));
    expect(matter).toMatchObject({
      status: SupervisionStatus.SUPERVISION_STATUS_CONCLUDED,
      kind: SupervisionKind.SUPERVISION_KIND_LAYOFF_REPORT,
      conclusion: SupervisionConclusion.SUPERVISION_CONCLUSION_NOT_REPORTABLE,
      countyCode: '421303',
    });
    expect(matter.number).toMatch(/^421303-劳监-\d{4}-\d{6}$/);
    expect(matter.layoff?.reportable).toBe(false);
    expect(matter.conclusionReason).toContain('第三十九条、第四十条');
    const concluded = await concludedAnswer(matterId);
    expect(concluded).toMatchObject({ referralId: `${matterId}/1`, outcome: 'REFERRAL_OUTCOME_CLOSED' });
    expect(typesKeyed(matterId)).toEqual([
      EventTypes.supervisionEvent,
      EventTypes.officeReferralTaken,
      EventTypes.supervisionEvent,
      EventTypes.officeReferralConcluded,
    ]);
  });

  it('a 规模裁员 is registered with its receipt; the explanation too late refuses COMPLIANT and ends in GUIDANCE', async () => {
    const { matterId, matter } = await refer(
      wageArrearsApplication({ layoff: { workersLaidOff: 30, workforce: 200 } }),
    );
    expect(matter.status).toBe(SupervisionStatus.SUPERVISION_STATUS_RECEIVED);
    expect(matter.layoff).toMatchObject({ reportable: true, workersLaidOff: 30 });
    const explainedOn = addCalendarDays(today(), -10);
    const plannedOn = addCalendarDays(today(), 10);
    const registered = await call('registerLayoffReport', {
      supervisionId: matter.supervisionId,
      expectedVersion: matter.version,
      ground: '生产经营发生严重困难',
      explainedOn,
      plannedOn,
      unionOpinionHeard: true,
    });
    expect(registered.status).toBe(SupervisionStatus.SUPERVISION_STATUS_UNDER_REVIEW);
    expect(registered.layoff).toMatchObject({
      advanceExplanationKept: false,
      daysShort: 10,
      ground: '生产经营发生严重困难的',
    });
    const receipt = registered.documents[0]!;
    expect(receipt).toMatchObject({ title: '裁员报告登记回执' });
    expect(receipt.number).toMatch(/^421303-劳监登-\d{4}-\d{6}$/);
    const { pdf } = await service.client!.call<laborRelations.GetSupervisionDocumentResponse>(
      'getSupervisionDocument',
      { supervisionId: matter.supervisionId, number: receipt.number },
      officer,
    );
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const reviewed = await call('reviewLayoffPlan', {
      supervisionId: matter.supervisionId,
      expectedVersion: registered.version,
      protectedWorkersInPlan: [],
      retentionPriorityKept: true,
    });
    expect(reviewed.layoff?.planReviewed).toBe(true);
    const compliant = await refusal('concludeSupervision', {
      supervisionId: matter.supervisionId,
      expectedVersion: reviewed.version,
      conclusion: SupervisionConclusion.SUPERVISION_CONCLUSION_COMPLIANT,
    });
    expect(compliant?.code).toBe(status.FAILED_PRECONDITION);
    expect(compliant?.details).toContain('未提前三十日');
    const guided = await call('concludeSupervision', {
      supervisionId: matter.supervisionId,
      expectedVersion: reviewed.version,
      conclusion: SupervisionConclusion.SUPERVISION_CONCLUSION_GUIDANCE,
      guidance: ['推迟裁减人员实施日期至说明情况之日起满三十日后'],
      correctBy: addCalendarDays(today(), 15),
    });
    expect(guided).toMatchObject({
      status: SupervisionStatus.SUPERVISION_STATUS_CONCLUDED,
      conclusion: SupervisionConclusion.SUPERVISION_CONCLUSION_GUIDANCE,
      correctBy: addCalendarDays(today(), 15),
    });
    expect(guided.documents.map((d) => d.title)).toEqual(['裁员报告登记回执', '劳动关系监管指导意见书']);
    expect(await concludedAnswer(matterId)).toMatchObject({ outcome: 'REFERRAL_OUTCOME_RESOLVED' });
    // The follow-up (复查) is watched on the deadlines topic.
    await eventually(async () =>
      recorder.messages.some(
        (m) =>
          m.topic === service.topic(Topics.laborRelationsDeadlines) &&
          m.value?.toString().includes('LABOR_RELATIONS_GUIDANCE_FOLLOW_UP'),
      )
        ? true
        : undefined,
    );
  });

  it('an own-initiative dispatch check over 10 % is referred to inspection: InspectionRequested keyed by the matter', async () => {
    const requestId = randomUUID();
    const open = {
      countyCode: '421303',
      requestId,
      kind: SupervisionKind.SUPERVISION_KIND_LABOR_DISPATCH,
      employer: { name: '随州市某制造有限公司', unifiedSocialCreditCode: '', address: '', legalRepresentative: '' },
    };
    const opened = await call('openSupervisoryCheck', open);
    expect(opened).toMatchObject({
      status: SupervisionStatus.SUPERVISION_STATUS_UNDER_REVIEW,
      referralId: '',
      matterId: '',
    });
    // The same request id is the same check.
    expect((await call('openSupervisoryCheck', open)).supervisionId).toBe(opened.supervisionId);
    const found = await call('recordCheckFindings', {
      supervisionId: opened.supervisionId,
      expectedVersion: opened.version,
      findings: { dispatchedWorkers: 11, contractWorkers: 90, measuredOn: today() },
    });
    expect(found.findings?.breaches).toEqual([expect.stringContaining('百分之十')]);
    const referred = await call('concludeSupervision', {
      supervisionId: opened.supervisionId,
      expectedVersion: found.version,
      conclusion: SupervisionConclusion.SUPERVISION_CONCLUSION_REFERRED_TO_INSPECTION,
    });
    expect(referred.documents.map((d) => d.title)).toEqual(['移送劳动保障监察函']);
    const requested = await eventually(async () => {
      const message = messagesKeyed(opened.supervisionId).find(
        (m) => recorder.header(m, CloudEventHeaders.type) === EventTypes.inspectionRequested,
      );
      return message ? laborRelations.InspectionRequested.decode(message.value!) : undefined;
    });
    expect(requested).toMatchObject({
      supervisionId: opened.supervisionId,
      countyCode: '421303',
      supervisionNumber: opened.number,
      category: 'CLAIM_CATEGORY_OTHER',
      employer: expect.objectContaining({ name: '随州市某制造有限公司' }),
    });
    expect(requested.breaches).toEqual(found.findings!.breaches);
    // No referral, so no answer to routing.
    expect(typesKeyed(opened.supervisionId)).not.toContain(EventTypes.officeReferralConcluded);
  });

  it("a referral's minimum-wage check referred to inspection answers routing TRANSFERRED to INSPECTION", async () => {
    const { matterId, matter } = await refer(wageArrearsApplication());
    expect(matter.status).toBe(SupervisionStatus.SUPERVISION_STATUS_RECEIVED);
    const opened = await call('openSupervisoryCheck', {
      supervisionId: matter.supervisionId,
      expectedVersion: matter.version,
      kind: SupervisionKind.SUPERVISION_KIND_MINIMUM_WAGE,
    });
    expect(opened.employer?.name).toBe('随州市某建筑劳务有限公司');
    const found = await call('recordCheckFindings', {
      supervisionId: matter.supervisionId,
      expectedVersion: opened.version,
      findings: { lowestMonthlyWageFen: 150_000, measuredOn: today() },
    });
    expect(found.findings).toMatchObject({ minimumWageFen: 213_000 });
    expect(found.findings?.minimumWageSource).toContain('尚未核实');
    await call('concludeSupervision', {
      supervisionId: matter.supervisionId,
      expectedVersion: found.version,
      conclusion: SupervisionConclusion.SUPERVISION_CONCLUSION_REFERRED_TO_INSPECTION,
    });
    expect(await concludedAnswer(matterId)).toMatchObject({
      outcome: 'REFERRAL_OUTCOME_TRANSFERRED',
      transferTo: 'REFERRAL_TARGET_INSPECTION',
    });
  });

  it('bad input changes nothing: a ground not in Art. 41, a stale version, another county, another post', async () => {
    const { matter } = await refer(wageArrearsApplication({ layoff: { workersLaidOff: 25, workforce: 100 } }));
    const register = {
      supervisionId: matter.supervisionId,
      expectedVersion: matter.version,
      ground: '效益不好',
      explainedOn: addCalendarDays(today(), -40),
      plannedOn: today(),
      unionOpinionHeard: true,
    };
    const badGround = await refusal('registerLayoffReport', register);
    expect(badGround?.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldViolationsOf(badGround?.metadata).map((v) => v.field)).toEqual(['ground']);
    const stale = await refusal('registerLayoffReport', { ...register, ground: '破产重整', expectedVersion: 7 });
    expect(stale?.code).toBe(status.ABORTED);
    const elsewhere = await refusal(
      'registerLayoffReport',
      { ...register, ground: '破产重整' },
      as(['LABOR_RELATIONS_OFFICER'], ['421321']),
    );
    expect(elsewhere?.code).toBe(status.PERMISSION_DENIED);
    const mediator = await refusal('registerLayoffReport', { ...register, ground: '破产重整' }, as(['MEDIATOR']));
    expect(mediator?.code).toBe(status.PERMISSION_DENIED);
    const noKind = await refusal('openSupervisoryCheck', {
      countyCode: '421303',
      requestId: randomUUID(),
      employer: { name: '某公司' },
    });
    expect(fieldViolationsOf(noKind?.metadata).map((v) => v.field)).toEqual(['kind']);
    const unchanged = await call('getSupervisionMatter', { supervisionId: matter.supervisionId });
    expect(unchanged).toMatchObject({ version: matter.version, status: SupervisionStatus.SUPERVISION_STATUS_RECEIVED });
    expect(unchanged.documents).toEqual([]);
    // The supervisor reads; the queue lists it by kind, with paging.
    const supervisor = as(['SUPERVISOR']);
    const page = await service.client!.call<laborRelations.ListSupervisionMattersResponse>(
      'listSupervisionMatters',
      {
        countyCodes: ['421303'],
        status: SupervisionStatus.SUPERVISION_STATUS_RECEIVED,
        kind: SupervisionKind.SUPERVISION_KIND_LAYOFF_REPORT,
        pageSize: 100,
      },
      supervisor,
    );
    expect(page.matters.map((m) => m.supervisionId)).toContain(matter.supervisionId);
    expect(page.matters.every((m) => m.kind === SupervisionKind.SUPERVISION_KIND_LAYOFF_REPORT)).toBe(true);
  });
});
