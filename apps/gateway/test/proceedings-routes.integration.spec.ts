import { randomUUID } from 'node:crypto';
import { addCalendarDays, todayInChina } from '@onewindow/calendar';
import { type arbitration, matterContentFromProto } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { eventually, GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';
import { DEMO_PASSWORD } from '../src/users/demo-accounts';

// The proceedings after acceptance (劳动争议调解仲裁法 Arts. 30–50) through the gateway on the whole platform, one
// wage-arrears case from acceptance to the award: the arbitration clerk records the application copy's service and
// the defence; the arbitrator composes the tribunal (a clerk may not: 403), a challenge replaces an arbitrator,
// a hearing with two days' notice is refused naming noticeServedOn, one in a hearing room shows in the room's week
// until it is postponed, an online one is held and recorded; a 调解书 signed by one party and retracted by the
// other, advance enforcement, the award previewed (per-claim finality, nothing changed) and made (AWARDED, its PDF).
// Another county's case is refused; the arbitration court's queue follows the case; each write is one audit entry.

const today = todayInChina(new Date());
const CLAIMED_FEN = 3_600_000; // wageArrearsApplication's one claim: 36,000 yuan of wages
const tribunalOfThree = [
  { arbitratorId: 'arbitrator.zengdu', name: '陈仲裁', role: 'PRESIDING' },
  { arbitratorId: 'a2', name: '郑仲裁', role: 'MEMBER' },
  { arbitratorId: 'a3', name: '吴仲裁', role: 'MEMBER' },
] as const;

describe('proceedings routes at the gateway', () => {
  const platform = new Platform({ gateway: {}, movableClock: true });
  let gateway: GatewayClient;
  const tokens: Record<string, string> = {};
  let matterNumber: string;
  let accepted: rest.ArbitrationCase;
  /** The same kind of case in 随县 (421321), which no 曾都区 account may touch. */
  let otherCountyCaseId: string;
  /** What each successful write should have left on the audit log, by action. */
  const written = new Map<string, number>();

  const as = (username: string) => ({ token: tokens[username]! });
  const casePath = (caseId: string, step = '') => `/api/cases/${encodeURIComponent(caseId)}${step ? `/${step}` : ''}`;
  const post = <T>(username: string, step: string, body: unknown, caseId = accepted.caseId) =>
    gateway.request<T>('POST', casePath(caseId, step), { ...as(username), body });
  /** A write that must succeed: 200 with the case, counted for the audit log. */
  const step = async (username: string, path: string, body: unknown, action: string) => {
    const answer = await post<rest.ArbitrationCase | rest.ApiError>(username, path, body);
    expect({ path, status: answer.status, body: answer.body }).toMatchObject({ path, status: 200 });
    written.set(action, (written.get(action) ?? 0) + 1);
    return answer.body as rest.ArbitrationCase;
  };
  const theCase = async () =>
    (await gateway.request<rest.ArbitrationCase>('GET', casePath(accepted.caseId), as('arbitrator.zengdu'))).body;
  const proceedingsQueue = async (username = 'arbitration-clerk.zengdu') =>
    (await gateway.request<rest.WorkQueues>('GET', '/api/queues', as(username))).body.arbitrationProceedings;
  const download = (path: string) =>
    fetch(`${platform.gatewayUrl}${path}`, { headers: { authorization: `Bearer ${tokens['arbitrator.zengdu']}` } });

  beforeAll(async () => {
    await platform.start();
    gateway = new GatewayClient(platform.gatewayUrl);
    for (const name of [
      'clerk.zengdu',
      'clerk.suixian',
      'arbitrator.zengdu',
      'arbitration-clerk.zengdu',
      'supervisor.zengdu',
      'auditor.zengdu',
    ]) {
      tokens[name] = await gateway.signIn(name, DEMO_PASSWORD);
    }
    const register = async (clerk: string, countyCode: string) => {
      const registered = await gateway.request<rest.Matter>('POST', '/api/matters', {
        ...as(clerk),
        body: { content: matterContentFromProto(wageArrearsApplication({ countyCode })), requestId: randomUUID() },
      });
      expect(registered.status).toBe(201);
      return registered.body;
    };
    // Wage arrears (拖欠工资) is accepted the day a complete application arrives (当日受理).
    const zengdu = await register('clerk.zengdu', '421303');
    const suixian = await register('clerk.suixian', '421321');
    matterNumber = zengdu.matterNumber;
    accepted = await eventually(
      async () => {
        const { body } = await gateway.request<rest.MatterDetail>(
          'GET',
          `/api/matters/${matterNumber}`,
          as('arbitrator.zengdu'),
        );
        return body.arbitrationCase?.status === 'ACCEPTED' ? body.arbitrationCase : undefined;
      },
      { what: 'the accepted arbitration case', timeoutMs: 45_000 },
    );
    const arbitrationClient = platform.client('arbitration');
    otherCountyCaseId = await eventually(
      async () => {
        const found = await arbitrationClient
          .call<arbitration.GetCaseByMatterResponse>('getCaseByMatter', { matterId: suixian.matterId })
          .catch(() => undefined);
        return found?.case?.status === 'CASE_STATUS_ACCEPTED' ? found.case.caseId : undefined;
      },
      { what: 'the accepted case in 随县', timeoutMs: 45_000 },
    );
  }, 180_000);

  afterAll(() => platform.stop(), 60_000);

  it('opens the case for the arbitration posts and the supervisor, and queues it awaiting the copy’s service', async () => {
    expect(accepted).toMatchObject({
      applicationCopyServedOn: '',
      tribunalForm: '',
      tribunal: [],
      hearings: [],
      challenges: [],
      awards: [],
      advanceEnforcement: [],
      decidedInAbsenceReason: '',
    });
    for (const reader of ['arbitration-clerk.zengdu', 'arbitrator.zengdu', 'supervisor.zengdu']) {
      const opened = await gateway.request<rest.ArbitrationCase>('GET', casePath(accepted.caseId), as(reader));
      expect({ reader, status: opened.status, body: opened.body }).toEqual({ reader, status: 200, body: accepted });
    }
    const byWindow = await gateway.request<rest.ApiError>('GET', casePath(accepted.caseId), as('clerk.zengdu'));
    expect(byWindow.status).toBe(403);

    const queued = await proceedingsQueue();
    expect(queued).toEqual([
      {
        caseId: accepted.caseId,
        matterId: accepted.matterId,
        matterNumber,
        countyCode: '421303',
        applicantName: '张建国',
        nextStep: 'SERVE_APPLICATION_COPY',
        awardDueOn: accepted.awardDue!.dueOn,
        overdue: false,
        suspendedSince: '',
      },
    ]);
    // The window clerk works no arbitration cases.
    expect(await proceedingsQueue('clerk.zengdu')).toBeUndefined();
  });

  it('lets the arbitration clerk record the application copy’s service and the defence (200 with the case)', async () => {
    const served = await step(
      'arbitration-clerk.zengdu',
      'application-copy-service',
      {
        method: 'POST',
        trackingNumber: 'EMS1234567890CN',
        receivedOn: today,
      } satisfies rest.RecordApplicationCopyServiceRequest,
      'arbitration.application-copy-service',
    );
    expect(served).toMatchObject({
      caseId: accepted.caseId,
      applicationCopyServedOn: today,
      applicationCopyServedLate: false,
    });
    expect(served.defenceDue!.dueOn > today).toBe(true);
    const defended = await step(
      'arbitration-clerk.zengdu',
      'defence',
      { submittedOn: today } satisfies rest.RecordDefenceRequest,
      'arbitration.defence',
    );
    expect(defended).toMatchObject({ defenceSubmittedOn: today, defenceLate: false });
    expect((await proceedingsQueue())?.[0]?.nextStep).toBe('COMPOSE_TRIBUNAL');
  });

  it('refuses the arbitration clerk composing the tribunal (403); the arbitrator composes it (200 with the case)', async () => {
    const body = {
      form: 'THREE_ARBITRATORS',
      arbitrators: [...tribunalOfThree],
      composedOn: today,
      notifiedOn: today,
    } satisfies rest.ComposeTribunalRequest;
    const byClerk = await post<rest.ApiError>('arbitration-clerk.zengdu', 'tribunal', body);
    expect(byClerk.status).toBe(403);
    expect(byClerk.body.message).toContain('ARBITRATOR');
    const composed = await step('arbitrator.zengdu', 'tribunal', body, 'arbitration.tribunal');
    expect(composed).toMatchObject({
      tribunalForm: 'THREE_ARBITRATORS',
      simpleProcedure: false,
      tribunalNotifiedOn: today,
    });
    expect(composed.tribunal!.map((seat) => [seat.arbitratorId, seat.role])).toEqual(
      tribunalOfThree.map((seat) => [seat.arbitratorId, seat.role]),
    );
  });

  it('refuses another county’s case as every arbitration route does (403), and its hearing rooms', async () => {
    const read = await gateway.request<rest.ApiError>('GET', casePath(otherCountyCaseId), as('arbitrator.zengdu'));
    expect(read.status).toBe(403);
    const compose = await post<rest.ApiError>(
      'arbitrator.zengdu',
      'tribunal',
      { form: 'THREE_ARBITRATORS', arbitrators: [...tribunalOfThree], composedOn: today },
      otherCountyCaseId,
    );
    expect(compose.status).toBe(403);
    const service = await post<rest.ApiError>(
      'arbitration-clerk.zengdu',
      'application-copy-service',
      { method: 'IN_PERSON', receivedOn: today, signedBy: '李某' },
      otherCountyCaseId,
    );
    expect(service.status).toBe(403);
    const rooms = await gateway.request<rest.ApiError>(
      'GET',
      '/api/hearing-rooms?county=421321',
      as('arbitrator.zengdu'),
    );
    expect(rooms.status).toBe(403);
    expect((await proceedingsQueue())?.map((item) => item.caseId)).toEqual([accepted.caseId]);
  });

  it('records a party’s challenge (回避) and its decision: granted, another arbitrator takes the seat', async () => {
    const challenged = await step(
      'arbitration-clerk.zengdu',
      'challenges',
      {
        arbitratorId: 'a2',
        party: 'RESPONDENT',
        ground: 'CLOSE_RELATIVE',
        reason: '该仲裁员系申请人的近亲属',
        filedOn: today,
        stage: 'BEFORE_HEARING',
      } satisfies rest.ChallengeArbitratorRequest,
      'arbitration.challenge',
    );
    expect(challenged.challenges).toEqual([
      expect.objectContaining({ arbitratorId: 'a2', party: 'RESPONDENT', status: 'PENDING' }),
    ]);
    const decided = await step(
      'arbitrator.zengdu',
      'challenges/0/decision',
      {
        decision: 'GRANTED',
        decidedBy: 'COMMISSION_CHAIR',
        decidedOn: today,
        reason: '回避事由属实',
        replacementArbitratorId: 'a4',
        replacementName: '王仲裁',
      } satisfies rest.DecideChallengeRequest,
      'arbitration.challenge-decision',
    );
    expect(decided.challenges![0]).toMatchObject({ status: 'GRANTED', replacedBy: 'a4' });
    expect(decided.tribunal!.map((seat) => seat.arbitratorId)).toEqual(['arbitrator.zengdu', 'a4', 'a3']);
  });

  const hearingDay = addCalendarDays(today, 14);
  const onSite = {
    startsAt: `${hearingDay}T09:00:00+08:00`,
    endsAt: `${hearingDay}T11:00:00+08:00`,
    roomId: 'room-1',
    noticeServedOn: today,
  } satisfies rest.ScheduleHearingRequest;
  const roomWeek = async () => {
    const week = await gateway.request<rest.RoomHearingList>(
      'GET',
      `/api/hearing-rooms/room-1/hearings?county=421303&weekStart=${hearingDay}`,
      as('arbitration-clerk.zengdu'),
    );
    expect(week.status).toBe(200);
    return week.body.hearings;
  };

  it('refuses a hearing on two days’ notice (400 naming noticeServedOn) and changes nothing', async () => {
    const before = await theCase();
    const twoDays = addCalendarDays(today, 2);
    const short = await post<rest.ApiError>('arbitrator.zengdu', 'hearings', {
      ...onSite,
      startsAt: `${twoDays}T09:00:00+08:00`,
      endsAt: `${twoDays}T11:00:00+08:00`,
    });
    expect(short.status).toBe(400);
    expect(short.body.violations?.map((v) => v.field)).toEqual(['noticeServedOn']);
    expect(short.body.message).toContain('第三十五条');
    expect(await theCase()).toEqual(before);
  });

  it('schedules a hearing in a room (200 with the case), shows it in the room’s week, and frees the room when postponed', async () => {
    const rooms = await gateway.request<rest.HearingRoomList>(
      'GET',
      '/api/hearing-rooms?county=421303',
      as('arbitrator.zengdu'),
    );
    expect(rooms.status).toBe(200);
    expect(rooms.body.rooms.map((room) => room.roomId)).toContain('room-1');
    const scheduled = await step('arbitrator.zengdu', 'hearings', onSite, 'arbitration.hearing');
    expect(scheduled.hearings).toEqual([
      expect.objectContaining({
        roomId: 'room-1',
        startsAt: onSite.startsAt,
        status: 'SCHEDULED',
        noticeServedOn: today,
      }),
    ]);
    const hearingId = scheduled.hearings![0]!.hearingId;
    expect(await roomWeek()).toEqual([
      { hearingId, caseId: accepted.caseId, startsAt: onSite.startsAt, endsAt: onSite.endsAt },
    ]);
    // The day before the week begins shows nothing of it.
    const earlier = await gateway.request<rest.RoomHearingList>(
      'GET',
      `/api/hearing-rooms/room-1/hearings?county=421303&weekStart=${addCalendarDays(hearingDay, -7)}`,
      as('arbitrator.zengdu'),
    );
    expect(earlier.body.hearings).toEqual([]);
    expect((await proceedingsQueue())?.[0]?.nextStep).toBe('RECORD_HEARING');

    const postponed = await step(
      'arbitrator.zengdu',
      `hearings/${encodeURIComponent(hearingId)}/postponement`,
      {
        party: 'APPLICANT',
        requestedOn: today,
        reason: '申请人住院治疗，提交了诊断证明',
        granted: true,
        decidedOn: today,
        decisionReason: '理由正当，准予延期',
      } satisfies rest.PostponeHearingRequest,
      'arbitration.hearing-postponement',
    );
    expect(postponed.hearings![0]).toMatchObject({
      status: 'POSTPONED',
      postponements: [expect.objectContaining({ decision: 'GRANTED' })],
    });
    expect(await roomWeek()).toEqual([]);
    expect((await proceedingsQueue())?.[0]?.nextStep).toBe('SCHEDULE_HEARING');
  });

  it('holds a hearing online and records it (庭审笔录): the case then awaits the award', async () => {
    // Noticed three weeks ago, it begins in two minutes; it is recorded once it has begun, the services' clock
    // moved on to its start rather than waited for.
    const startsAt = new Date(platform.now().getTime() + 120_000);
    const online = await step(
      'arbitrator.zengdu',
      'hearings',
      {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        meetingLink: 'https://meeting.example.cn/r/123456',
        noticeServedOn: addCalendarDays(today, -21),
      } satisfies rest.ScheduleHearingRequest,
      'arbitration.hearing',
    );
    const hearingId = online.hearings![1]!.hearingId;
    platform.moveClockTo(new Date(startsAt.getTime() + 1_000));
    const recordText = '申请人、被申请人均到庭。仲裁庭主持调解，双方未能达成一致意见。';
    const held = await step(
      'arbitrator.zengdu',
      `hearings/${encodeURIComponent(hearingId)}/record`,
      { recordText } satisfies rest.RecordHearingRequest,
      'arbitration.hearing-record',
    );
    expect(held.hearings![1]).toMatchObject({
      hearingId,
      status: 'HELD',
      recordText,
      recordClerkId: 'arbitrator.zengdu',
    });
    expect(held.status).toBe('ACCEPTED');
    expect((await proceedingsQueue())?.[0]?.nextStep).toBe('AWARD');
  });

  it('issues a 调解书; one party signs for it, the other goes back on it, and it never takes effect', async () => {
    const issued = await step(
      'arbitrator.zengdu',
      'mediation-statement',
      {
        issuedOn: today,
        settledClaims: [{ claimIndex: 0, amountFen: 3_000_000 }],
        otherTerms: '被申请人于十日内一次性支付',
      } satisfies rest.IssueMediationStatementRequest,
      'arbitration.mediation-statement',
    );
    expect(issued.mediationStatement).toMatchObject({ status: 'AWAITING_SIGNATURES', totalFen: 3_000_000 });
    const signed = await step(
      'arbitration-clerk.zengdu',
      'mediation-statement/signatures',
      { party: 'APPLICANT' } satisfies rest.SignForMediationStatementRequest,
      'arbitration.mediation-statement.signature',
    );
    expect(signed.mediationStatement?.signatures.map((s) => s.party)).toEqual(['APPLICANT']);
    const retracted = await step(
      'arbitration-clerk.zengdu',
      'mediation-statement/retraction',
      { party: 'RESPONDENT', reason: '被申请人表示无力一次性支付' } satisfies rest.RetractMediationStatementRequest,
      'arbitration.mediation-statement.retraction',
    );
    expect(retracted).toMatchObject({ status: 'ACCEPTED', mediationStatement: { status: 'RETRACTED' } });
  });

  it('decides advance enforcement (先予执行) of part of the wages', async () => {
    const decided = await step(
      'arbitrator.zengdu',
      'advance-enforcement',
      {
        appliedOn: today,
        decidedOn: today,
        items: [{ claimIndex: 0, amountFen: 1_000_000 }],
        rightsAndObligationsClear: true,
        livelihoodSeriouslyAffected: true,
      } satisfies rest.DecideAdvanceEnforcementRequest,
      'arbitration.advance-enforcement',
    );
    expect(decided.advanceEnforcement).toEqual([
      expect.objectContaining({ outcome: 'GRANTED', totalFen: 1_000_000, transferToCourt: true }),
    ]);
  });

  const award = (outcome: rest.ClaimOutcome, amountFen: number): rest.IssueAwardRequest => ({
    awardedOn: today,
    scope: 'WHOLE',
    decisions: [{ claimIndex: 0, outcome, amountFen, reasons: '被申请人拖欠申请人工资，有工资欠条及考勤记录为证' }],
  });

  it('previews the award with each claim’s finality on both sides of the threshold, changing nothing', async () => {
    const before = await theCase();
    const preview = async (body: rest.IssueAwardRequest) => {
      const answer = await post<rest.AwardPreview>('arbitrator.zengdu', 'award/preview', body);
      expect(answer.status).toBe(200);
      return answer.body.award;
    };
    // 20,000 yuan of wages is within 12 months of the minimum wage (Art. 47 (1)): final; the whole 36,000 is not.
    const partly = await preview(award('PARTLY_GRANTED', 2_000_000));
    expect(partly.thresholdFen).toBeGreaterThan(2_000_000);
    expect(partly.thresholdFen).toBeLessThan(CLAIMED_FEN);
    expect(partly).toMatchObject({ kind: 'FINAL', totalAwardedFen: 2_000_000 });
    expect(partly.decisions).toEqual([
      expect.objectContaining({ claimIndex: 0, category: 'WAGES', outcome: 'PARTLY_GRANTED', finalAward: true }),
    ]);
    const whole = await preview(award('GRANTED', CLAIMED_FEN));
    expect(whole.kind).toBe('NON_FINAL');
    expect(whole.decisions[0]).toMatchObject({ finalAward: false, claimedFen: CLAIMED_FEN });
    expect(whole.documents.map((d) => d.number)).toEqual(['']);
    const above = await post<rest.ApiError>('arbitrator.zengdu', 'award/preview', award('GRANTED', CLAIMED_FEN + 1));
    expect(above.status).toBe(400);
    expect(above.body.violations?.[0]?.field).toMatch(/^decisions\[0\]\.amountFen$/);
    expect(await theCase()).toEqual(before);
  });

  it('makes the award: the case is AWARDED, its 裁决书 downloads as a PDF, and the queue lets it go', async () => {
    const awarded = await step('arbitrator.zengdu', 'award', award('PARTLY_GRANTED', 2_000_000), 'arbitration.award');
    expect(awarded.status).toBe('AWARDED');
    expect(awarded.awardDue).toBeUndefined();
    expect(awarded.awards).toHaveLength(1);
    const [document] = awarded.awards![0]!.documents;
    expect(document!.number).toMatch(/^421303-仲裁-\d{4}-\d{6}$/);
    const pdf = await download(
      `${casePath(accepted.caseId, 'documents/award')}?number=${encodeURIComponent(document!.number)}`,
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    const again = await post<rest.ApiError>('arbitrator.zengdu', 'award', award('GRANTED', CLAIMED_FEN));
    expect(again.status).toBe(409);
    expect(await proceedingsQueue()).toEqual([]);
  });

  it('leaves exactly one audit entry for every write, on the matter, and none for the preview', async () => {
    const { body } = await gateway.request<rest.AuditPage>(
      'GET',
      `/api/audit?action=arbitration&target=${matterNumber}&pageSize=100`,
      as('auditor.zengdu'),
    );
    const succeeded = body.entries.filter((entry) => entry.outcome === 'SUCCEEDED');
    const counted = new Map<string, number>();
    for (const entry of succeeded) counted.set(entry.action, (counted.get(entry.action) ?? 0) + entry.count);
    expect(Object.fromEntries(counted)).toEqual(Object.fromEntries(written));
    expect(succeeded.every((entry) => entry.countyCode === '421303')).toBe(true);
    expect(succeeded.find((entry) => entry.action === 'arbitration.tribunal')).toMatchObject({
      actor: 'arbitrator.zengdu',
      detail: expect.stringContaining('THREE_ARBITRATORS'),
    });
    expect(body.entries.some((entry) => entry.action.includes('preview'))).toBe(false);
    // The refusals are on the log under the case: the short notice, the second award.
    const refused = await gateway.request<rest.AuditPage>(
      'GET',
      `/api/audit?action=arbitration&target=${encodeURIComponent(accepted.caseId)}&pageSize=100`,
      as('auditor.zengdu'),
    );
    expect(refused.body.entries.filter((e) => e.outcome === 'REFUSED').map((e) => e.action)).toEqual(
      expect.arrayContaining(['arbitration.hearing', 'arbitration.award']),
    );
  });
});
