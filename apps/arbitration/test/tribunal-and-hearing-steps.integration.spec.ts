// The tribunal and the hearing after acceptance, on the real broker and store with the clock set by the test
// (ReviewCaseDeadlines as_of): a challenge (回避, 劳动争议调解仲裁法 Art. 33) decided and its arbitrator replaced;
// postponement (延期开庭, Art. 35) refused when late and, granted, freeing the hearing room; the hearing recorded
// with a party absent (Art. 36): the applicant's case treated as withdrawn and routing's referral closed, the
// respondent decided in absence; and the 5 days for serving the application copy (Art. 30) watched.
import { status } from '@grpc/grpc-js';
import type { Role } from '@onewindow/access';
import { addCalendarDays, todayInChina } from '@onewindow/calendar';
import { arbitration, CloudEventHeaders, EventTypes, office, routing } from '@onewindow/contracts';
import { asCaller } from '@onewindow/service-runtime';
import { eventually, wageArrearsApplication } from '@onewindow/testing';
import { arbitrationOnTheRealStack } from './arbitration-on-the-real-stack';
import { referToArbitration } from './refer-to-arbitration';

const as = (roles: Role[]) => asCaller({ userId: `it-${roles.join('+').toLowerCase()}`, roles, counties: ['421303'] });
const arbitrator = as(['ARBITRATOR']);
const clerk = as(['ARBITRATION_CLERK']);
const supervisor = as(['SUPERVISOR']);
const today = todayInChina(new Date());
// A notice served three weeks ago leaves five working days before today, whatever the holidays.
const noticedLongAgo = addCalendarDays(today, -21);
const tribunalOfThree = [
  { arbitratorId: 'a1', name: '周仲裁', role: 'PRESIDING' },
  { arbitratorId: 'a2', name: '郑仲裁', role: 'MEMBER' },
  { arbitratorId: 'a3', name: '吴仲裁', role: 'MEMBER' },
];

describe('the tribunal and the hearing on the real broker and store, with a controllable clock', () => {
  const stack = arbitrationOnTheRealStack();
  const { service } = stack;

  const call = async (method: string, request: object, caller = arbitrator) =>
    (await service.client!.call<{ case: arbitration.ArbitrationCase }>(method, request, caller)).case;
  const refusal = (method: string, request: object, caller = arbitrator) => stack.refusal(method, request, caller);
  const caseOf = (caseId: string) => call('getCase', { caseId });
  const accepted = async (matterNumber: string) => {
    const found = await referToArbitration(service, wageArrearsApplication(), matterNumber, clerk);
    expect(found.status).toBe('CASE_STATUS_ACCEPTED');
    return found;
  };

  const { steps, deadlineEvents } = stack;

  /** An online hearing starting in a moment, noticed long ago, and the wait until it has begun. */
  const hearingUnderWay = async (caseId: string) => {
    const startsAt = new Date(Date.now() + 1500);
    const scheduled = await call('scheduleHearing', {
      caseId,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      meetingLink: 'https://meeting.example.cn/r/654321',
      noticeServedOn: noticedLongAgo,
    });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, startsAt.getTime() - Date.now() + 100)));
    return scheduled.hearings.at(-1)!.hearingId;
  };

  it('a challenge granted puts another arbitrator in the seat; the decision due is watched and met', async () => {
    const opened = await accepted('421303-2026-000601');
    const challenge = {
      caseId: opened.caseId,
      arbitratorId: 'a2',
      party: 'RESPONDENT',
      ground: 'INTERESTED_IN_THE_CASE',
      reason: '该仲裁员与申请人系同村邻居，往来密切',
      filedOn: today,
      stage: 'BEFORE_HEARING',
    };
    const early = await refusal('challengeArbitrator', challenge, clerk);
    expect(early?.code).toBe(status.FAILED_PRECONDITION);
    expect(early?.details).toContain('arbitratorId');

    await call('composeTribunal', {
      caseId: opened.caseId,
      form: 'THREE_ARBITRATORS',
      arbitrators: tribunalOfThree,
      composedOn: today,
      notifiedOn: today,
    });
    const challenged = await call('challengeArbitrator', challenge, clerk);
    expect(challenged.challenges).toHaveLength(1);
    expect(challenged.challenges[0]).toMatchObject({ arbitratorId: 'a2', party: 'RESPONDENT', status: 'PENDING' });
    const decisionDue = challenged.challenges[0]!.decisionDue!.dueOn;
    expect(decisionDue > today).toBe(true);

    const noSuccessor = await refusal('decideChallenge', {
      caseId: opened.caseId,
      challengeIndex: 0,
      decision: 'GRANTED',
      decidedBy: 'COMMISSION_CHAIR',
      decidedOn: today,
      reason: '确与申请人有利害关系',
    });
    expect(noSuccessor?.fields).toEqual(['replacementArbitratorId']);
    const decided = await call('decideChallenge', {
      caseId: opened.caseId,
      challengeIndex: 0,
      decision: 'GRANTED',
      decidedBy: 'COMMISSION_CHAIR',
      decidedOn: today,
      reason: '确与申请人有利害关系',
      replacementArbitratorId: 'a4',
      replacementName: '王仲裁',
    });
    expect(decided.tribunal.map((seat) => [seat.arbitratorId, seat.role])).toEqual([
      ['a1', 'PRESIDING'],
      ['a4', 'MEMBER'],
      ['a3', 'MEMBER'],
    ]);
    expect(decided.challenges[0]).toMatchObject({ status: 'GRANTED', replacedBy: 'a4', decidedLate: false });

    const timeline = await steps(opened.matterId, 3);
    expect(timeline.map((step) => step.kind)).toEqual([
      'TRIBUNAL_COMPOSED',
      'ARBITRATOR_CHALLENGED',
      'CHALLENGE_DECIDED',
    ]);
    expect(timeline[1]!.summary).toContain('第三十三条');
    expect(timeline[1]!.deadlines.map((d) => d.dueOn)).toEqual([decisionDue]);
    expect(timeline[2]!.summary).toContain('王仲裁');
    expect(await deadlineEvents(opened.matterId, 'ARBITRATION_CHALLENGE_DECISION', 2)).toEqual([
      `DeadlineRegistered ${decisionDue}`,
      `DeadlineMet ${decisionDue}`,
    ]);
    // The composition was notified with it: the 5 days of Art. 32 are met.
    const notice = await deadlineEvents(opened.matterId, 'ARBITRATION_TRIBUNAL_NOTICE', 2);
    expect(notice.map((e) => e.split(' ')[0])).toEqual(['DeadlineRegistered', 'DeadlineMet']);
  });

  it('a postponement asked two days before is refused and changes nothing; a granted one frees the room for another case', async () => {
    const [first, second] = [await accepted('421303-2026-000602'), await accepted('421303-2026-000603')];
    const soon = addCalendarDays(today, 2);
    const near = await call('scheduleHearing', {
      caseId: first.caseId,
      startsAt: `${soon}T09:00:00+08:00`,
      endsAt: `${soon}T11:00:00+08:00`,
      roomId: 'room-2',
      noticeServedOn: noticedLongAgo,
    });
    const postponement = {
      caseId: first.caseId,
      party: 'APPLICANT',
      requestedOn: today,
      reason: '申请人住院治疗',
      granted: true,
      decidedOn: today,
      decisionReason: '理由正当',
    };
    const late = await refusal('postponeHearing', { ...postponement, hearingId: near.hearings[0]!.hearingId });
    expect(late?.code).toBe(status.FAILED_PRECONDITION);
    expect(late?.details).toContain('requestedOn');
    const unchanged = await caseOf(first.caseId);
    expect(unchanged.hearings.map((h) => [h.status, h.postponements.length])).toEqual([['SCHEDULED', 0]]);

    const unknownRoom = await refusal('scheduleHearing', {
      caseId: first.caseId,
      startsAt: `${addCalendarDays(today, 14)}T09:00:00+08:00`,
      endsAt: `${addCalendarDays(today, 14)}T11:00:00+08:00`,
      roomId: 'room-9',
      noticeServedOn: today,
    });
    expect(unknownRoom?.fields).toEqual(['roomId']);

    const day = addCalendarDays(today, 14);
    const slot = { startsAt: `${day}T09:00:00+08:00`, endsAt: `${day}T11:00:00+08:00`, roomId: 'room-1' };
    const booked = await call('scheduleHearing', { caseId: first.caseId, ...slot, noticeServedOn: today });
    const firstHearing = booked.hearings[1]!;
    // No place given: the room's configured name is printed.
    expect(firstHearing.place).toBe('第一仲裁庭');
    const clash = await refusal('scheduleHearing', { caseId: second.caseId, ...slot, noticeServedOn: today });
    expect(clash?.details).toContain(firstHearing.hearingId);

    const postponed = await call('postponeHearing', { ...postponement, hearingId: firstHearing.hearingId });
    expect(postponed.hearings[1]).toMatchObject({ status: 'POSTPONED' });
    expect(postponed.hearings[1]!.postponements[0]).toMatchObject({ party: 'APPLICANT', decision: 'GRANTED' });
    const rebooked = await call('scheduleHearing', { caseId: second.caseId, ...slot, noticeServedOn: today });
    expect(rebooked.hearings[0]).toMatchObject({ roomId: 'room-1', status: 'SCHEDULED' });

    const week = await service.client!.call<arbitration.ListRoomHearingsResponse>(
      'listRoomHearings',
      { countyCode: '421303', roomId: 'room-1', weekStart: day },
      clerk,
    );
    expect(week.hearings).toEqual([
      {
        hearingId: rebooked.hearings[0]!.hearingId,
        caseId: second.caseId,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
      },
    ]);
    const noRoom = await refusal('listRoomHearings', { countyCode: '421303', roomId: 'room-9', weekStart: day }, clerk);
    expect(noRoom?.fields).toEqual(['roomId']);
    // The refused request published nothing.
    expect((await steps(first.matterId, 3)).map((step) => step.kind)).toEqual([
      'HEARING_SCHEDULED',
      'HEARING_SCHEDULED',
      'HEARING_POSTPONED',
    ]);
  });

  it('the applicant absent without good reason: the case counts as withdrawn and routing’s referral is closed', async () => {
    const opened = await accepted('421303-2026-000604');
    const hearingId = await hearingUnderWay(opened.caseId);
    const recorded = await call('recordHearing', {
      caseId: opened.caseId,
      hearingId,
      recordText: '书记员宣布开庭纪律，申请人经书面通知未到庭。',
      absences: [{ party: 'APPLICANT', kind: 'DID_NOT_APPEAR', writtenNoticeReceivedOn: addCalendarDays(today, -20) }],
    });
    expect(recorded.status).toBe('CASE_STATUS_WITHDRAWN');
    expect(recorded.withdrawalReason).toContain('按撤回仲裁申请处理');
    expect(recorded.awardDue ?? undefined).toBeUndefined();
    expect(recorded.hearings[0]).toMatchObject({ status: 'HELD', recordClerkId: 'it-arbitrator' });

    const concluded = await eventually(async () => {
      const found = stack.cases.messages
        .filter(
          (m) =>
            m.key?.toString() === opened.matterId &&
            stack.cases.header(m, CloudEventHeaders.type) === EventTypes.officeReferralConcluded,
        )
        .map((m) => office.ReferralConcluded.decode(m.value!));
      return found.length > 0 ? found : undefined;
    });
    expect(concluded.map((c) => c.outcome)).toEqual([routing.ReferralOutcome.REFERRAL_OUTCOME_CLOSED]);
    expect((await steps(opened.matterId, 2)).map((step) => step.kind)).toEqual([
      'HEARING_SCHEDULED',
      'APPLICATION_TREATED_AS_WITHDRAWN',
    ]);
    const award = await deadlineEvents(opened.matterId, 'ARBITRATION_AWARD', 2);
    expect(award.map((e) => e.split(' ')[0])).toEqual(['DeadlineRegistered', 'DeadlineCancelled']);
    // The case has ended: the service of the copy is no longer watched.
    const copyService = await deadlineEvents(opened.matterId, 'ARBITRATION_APPLICATION_COPY_SERVICE', 2);
    expect(copyService.map((e) => e.split(' ')[0])).toEqual(['DeadlineRegistered', 'DeadlineCancelled']);
  });

  it('the respondent absent without good reason: the hearing is held and the case decided in absence', async () => {
    const opened = await accepted('421303-2026-000605');
    const hearingId = await hearingUnderWay(opened.caseId);
    const unnoticed = await refusal('recordHearing', {
      caseId: opened.caseId,
      hearingId,
      recordText: '被申请人未到庭，无送达回证。',
      absences: [{ party: 'RESPONDENT', kind: 'DID_NOT_APPEAR', writtenNoticeReceivedOn: '' }],
    });
    expect(unnoticed?.code).toBe(status.FAILED_PRECONDITION);
    expect(unnoticed?.details).toContain('absences[0].writtenNoticeReceivedOn');
    expect((await caseOf(opened.caseId)).hearings[0]!.status).toBe('SCHEDULED');

    const recorded = await call('recordHearing', {
      caseId: opened.caseId,
      hearingId,
      recordText: '被申请人到庭后未经仲裁庭同意中途退庭，仲裁庭继续审理。',
      absences: [
        {
          party: 'RESPONDENT',
          kind: 'LEFT_WITHOUT_LEAVE',
          writtenNoticeReceivedOn: addCalendarDays(today, -20),
          reason: '公司临时有事',
          reasonAccepted: false,
        },
      ],
    });
    expect(recorded.status).toBe('CASE_STATUS_ACCEPTED');
    expect(recorded.decidedInAbsenceReason).toContain('缺席裁决');
    expect(recorded.hearings[0]).toMatchObject({ status: 'HELD', recordClerkId: 'it-arbitrator' });
    const held = (await steps(opened.matterId, 2))[1]!;
    expect(held.kind).toBe('HEARING_HELD');
    expect(held.summary).toContain('缺席');
  });

  it('the service of the application copy warns and breaches on its 5 days, and the service meets it', async () => {
    const opened = await accepted('421303-2026-000606');
    const due = opened.deadlines.find((d) => d.label === '向被申请人送达仲裁申请书副本')!.dueOn;
    const review = (asOf: string) =>
      service.client!.call('reviewCaseDeadlines', { asOf: `${asOf}T10:00:00+08:00` }, supervisor);
    await review(due);
    await review(addCalendarDays(due, 1));
    await deadlineEvents(opened.matterId, 'ARBITRATION_APPLICATION_COPY_SERVICE', 3);
    const served = await call(
      'recordApplicationCopyService',
      { caseId: opened.caseId, method: 'IN_PERSON', receivedOn: today, signedBy: '李某' },
      clerk,
    );
    expect(served.applicationCopyServedOn).toBe(today);
    expect(await deadlineEvents(opened.matterId, 'ARBITRATION_APPLICATION_COPY_SERVICE', 4)).toEqual([
      `DeadlineRegistered ${due}`,
      `DeadlineWarned ${due}`,
      `DeadlineBreached ${due}`,
      `DeadlineMet ${due}`,
    ]);
  });
});
