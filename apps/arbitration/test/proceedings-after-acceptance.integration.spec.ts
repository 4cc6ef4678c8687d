// An accepted case's proceedings on the real broker and store, with the clock set by the test
// (ReviewCaseDeadlines as_of): service of the application copy and the defence (劳动争议调解仲裁法 Art. 30);
// the award period (Art. 43) — the award deadline warns and breaches, the one extension moves it, a
// suspension (中止) stops it and the resumption gives it back the days left; a withdrawal ends the case and
// closes routing's referral. Each step is on the case's topic for the timeline.
import { status } from '@grpc/grpc-js';
import type { Role } from '@onewindow/access';
import { addCalendarDays, todayInChina } from '@onewindow/calendar';
import { arbitration, CloudEventHeaders, deadline, EventTypes, office, routing } from '@onewindow/contracts';
import { asCaller } from '@onewindow/service-runtime';
import { eventually, wageArrearsApplication } from '@onewindow/testing';
import { arbitrationOnTheRealStack } from './arbitration-on-the-real-stack';
import { referToArbitration } from './refer-to-arbitration';

const as = (roles: Role[]) => asCaller({ userId: `it-${roles.join('+').toLowerCase()}`, roles, counties: ['421303'] });
const arbitrator = as(['ARBITRATOR']);
const clerk = as(['ARBITRATION_CLERK']);
const supervisor = as(['SUPERVISOR']);
const today = todayInChina(new Date());
const approval = { approvedBy: 'chair.zengdu', approverPost: 'COMMITTEE_CHAIR', approvedOn: today };

describe('an accepted case’s proceedings on the real broker and store, with a controllable clock', () => {
  const stack = arbitrationOnTheRealStack();
  const { service } = stack;

  const call = async (method: string, request: object, caller = arbitrator) =>
    (await service.client!.call<{ case: arbitration.ArbitrationCase }>(method, request, caller)).case;
  const refusal = (method: string, request: object, caller = arbitrator) => stack.refusal(method, request, caller);
  /**
   * The scan as of a day weeks ahead: a pass looks at most 31 days on from where the last one stopped
   * (libs/deadlines DueDayIndex), and the service-copy deadline a few days after acceptance is where the first
   * one starts, so the clock's jump is caught up over a few passes, as a service stopped that long would.
   */
  const review = async (asOf: string) => {
    for (let pass = 0; pass < 3; pass++) {
      await service.client!.call<arbitration.ReviewCaseDeadlinesResponse>(
        'reviewCaseDeadlines',
        { asOf: `${asOf}T10:00:00+08:00` },
        supervisor,
      );
    }
  };
  /** The award deadline's events for the matter, in order (every deadline event carries the whole deadline). */
  const awardEvents = (matterId: string) =>
    stack.deadlines.messages
      .filter((m) => m.key?.toString() === matterId)
      .map((m) => ({
        type: stack.deadlines.header(m, CloudEventHeaders.type),
        deadline: deadline.DeadlineRegistered.decode(m.value!).deadline,
      }))
      .filter((e) => e.deadline?.kind === 'ARBITRATION_AWARD');

  /** The kinds of the matter's proceedings steps on the case topic, once `count` have been consumed. */
  const stepKinds = async (matterId: string, count: number) =>
    (await stack.steps(matterId, count)).map((step) => step.kind);

  const accepted = async (matterNumber: string) => {
    const found = await referToArbitration(service, wageArrearsApplication(), matterNumber, clerk);
    expect(found.status).toBe('CASE_STATUS_ACCEPTED');
    return found;
  };

  it('serves the application copy by post, which starts the defence days, and records the defence', async () => {
    const opened = await accepted('421303-2026-000504');
    const early = await refusal('recordDefence', { caseId: opened.caseId, submittedOn: today }, clerk);
    expect(early?.code).toBe(status.FAILED_PRECONDITION);
    const electronic = await refusal(
      'recordApplicationCopyService',
      { caseId: opened.caseId, method: 'ELECTRONIC', receivedOn: today },
      clerk,
    );
    expect(electronic?.fields).toEqual(['method']);
    const served = await call(
      'recordApplicationCopyService',
      { caseId: opened.caseId, method: 'POST', trackingNumber: 'EMS1234567890CN', receivedOn: today },
      clerk,
    );
    expect(served.applicationCopyServedOn).toBe(today);
    expect(served.applicationCopyServedLate).toBe(false);
    expect(served.defenceDue!.dueOn > today).toBe(true);
    const twice = await refusal(
      'recordApplicationCopyService',
      { caseId: opened.caseId, method: 'IN_PERSON', receivedOn: today, signedBy: '李某' },
      clerk,
    );
    expect(twice?.code).toBe(status.FAILED_PRECONDITION);
    const defended = await call('recordDefence', { caseId: opened.caseId, submittedOn: today }, clerk);
    expect(defended.defenceSubmittedOn).toBe(today);
    expect(defended.defenceLate).toBe(false);
    expect(await stepKinds(opened.matterId, 2)).toEqual(['APPLICATION_COPY_SERVED', 'DEFENCE_FILED']);
  });

  it('composes a tribunal of three and tells the parties; a sole arbitrator needs the simple procedure', async () => {
    const opened = await accepted('421303-2026-000505');
    const sole = await refusal('composeTribunal', {
      caseId: opened.caseId,
      form: 'SOLE_ARBITRATOR',
      arbitrators: [{ arbitratorId: 'arbitrator.zengdu', name: '周仲裁', role: 'SOLE' }],
      composedOn: today,
      factsClear: false,
      bothPartiesAgree: false,
    });
    expect(sole?.code).toBe(status.FAILED_PRECONDITION);
    const twice = await refusal('composeTribunal', {
      caseId: opened.caseId,
      form: 'THREE_ARBITRATORS',
      arbitrators: [
        { arbitratorId: 'a1', name: '周仲裁', role: 'PRESIDING' },
        { arbitratorId: 'a1', name: '周仲裁', role: 'MEMBER' },
        { arbitratorId: 'a3', name: '吴仲裁', role: 'MEMBER' },
      ],
      composedOn: today,
    });
    expect(twice?.code).toBe(status.INVALID_ARGUMENT);
    const composed = await call('composeTribunal', {
      caseId: opened.caseId,
      form: 'THREE_ARBITRATORS',
      arbitrators: [
        { arbitratorId: 'a1', name: '周仲裁', role: 'PRESIDING' },
        { arbitratorId: 'a2', name: '郑仲裁', role: 'MEMBER' },
        { arbitratorId: 'a3', name: '吴仲裁', role: 'MEMBER' },
      ],
      composedOn: today,
      notifiedOn: today,
    });
    expect(composed.tribunalForm).toBe('THREE_ARBITRATORS');
    expect(composed.tribunal.map((seat) => seat.role)).toEqual(['PRESIDING', 'MEMBER', 'MEMBER']);
    expect(composed.simpleProcedure).toBe(false);
    expect(composed.tribunalNotifiedOn).toBe(today);
    const byClerk = await refusal(
      'composeTribunal',
      { caseId: opened.caseId, form: 'THREE_ARBITRATORS', arbitrators: [], composedOn: today },
      clerk,
    );
    expect(byClerk?.code).toBe(status.PERMISSION_DENIED);
  });

  it('schedules hearings with five days’ notice; a second hearing in the same room at the same time is refused', async () => {
    const [first, second] = [await accepted('421303-2026-000506'), await accepted('421303-2026-000507')];
    const day = addCalendarDays(today, 14);
    const slot = { startsAt: `${day}T09:00:00+08:00`, endsAt: `${day}T11:00:00+08:00` };
    const room = { roomId: 'room-1', place: '曾都区劳动人事争议仲裁院第一仲裁庭' };
    const short = await refusal('scheduleHearing', {
      caseId: first.caseId,
      startsAt: `${addCalendarDays(today, 2)}T09:00:00+08:00`,
      endsAt: `${addCalendarDays(today, 2)}T11:00:00+08:00`,
      ...room,
      noticeServedOn: today,
    });
    expect(short?.code).toBe(status.INVALID_ARGUMENT);
    expect(short?.fields).toEqual(['noticeServedOn']);
    const scheduled = await call('scheduleHearing', { caseId: first.caseId, ...slot, ...room, noticeServedOn: today });
    expect(scheduled.hearings.map((h) => [h.roomId, h.startsAt, h.status])).toEqual([
      [room.roomId, slot.startsAt, 'SCHEDULED'],
    ]);
    const clash = await refusal('scheduleHearing', {
      caseId: second.caseId,
      startsAt: `${day}T10:00:00+08:00`,
      endsAt: `${day}T12:00:00+08:00`,
      ...room,
      noticeServedOn: today,
    });
    expect(clash?.details).toContain(scheduled.hearings[0]!.hearingId);
    // Online the same hour is no clash.
    const online = await call('scheduleHearing', {
      caseId: second.caseId,
      ...slot,
      meetingLink: 'https://meeting.example.cn/r/123456',
      noticeServedOn: today,
    });
    expect(online.hearings[0]!.meetingLink).toBe('https://meeting.example.cn/r/123456');
  });

  it('warns and breaches on the award deadline; one extension of at most 15 days moves it, a second is refused', async () => {
    const opened = await accepted('421303-2026-000501');
    const due = opened.awardDue!.dueOn;
    expect(due >= addCalendarDays(today, 45)).toBe(true);

    const longer = await refusal('extendAwardPeriod', {
      caseId: opened.caseId,
      days: 16,
      reason: '案情复杂',
      ...approval,
    });
    expect(longer?.code).toBe(status.INVALID_ARGUMENT);
    expect(longer?.fields).toEqual(['days']);

    const extended = await call('extendAwardPeriod', {
      caseId: opened.caseId,
      days: 15,
      reason: '案情复杂，需要调取社保缴费记录',
      ...approval,
    });
    const newDue = extended.awardDue!.dueOn;
    // 45 + 15 days from acceptance (today), a last day on a rest day moved on.
    expect(newDue > due && newDue >= addCalendarDays(today, 60)).toBe(true);
    expect(extended.awardPeriodSteps[0]).toContain('延长 15 日');

    const again = await refusal('extendAwardPeriod', {
      caseId: opened.caseId,
      days: 1,
      reason: '再次延期',
      ...approval,
    });
    expect(again?.code).toBe(status.FAILED_PRECONDITION);

    // The old deadline is cancelled; the new one is watched: warned ahead of it, breached the day after.
    await review(addCalendarDays(newDue, -1));
    await review(addCalendarDays(newDue, 1));
    // Events reach the recorder a moment after the call that published them.
    const types = await eventually(async () => {
      const seen = awardEvents(opened.matterId).map((e) => `${e.type!.split('.').at(-1)} ${e.deadline!.dueOn}`);
      return seen.includes(`DeadlineBreached ${newDue}`) ? seen : undefined;
    });
    expect(types).toEqual(
      expect.arrayContaining([
        `DeadlineRegistered ${due}`,
        `DeadlineCancelled ${due}`,
        `DeadlineRegistered ${newDue}`,
        `DeadlineWarned ${newDue}`,
        `DeadlineBreached ${newDue}`,
      ]),
    );
    expect(types).not.toContain(`DeadlineBreached ${due}`);
  });

  it('a suspension stops the clock (no breach while suspended) and the resumption runs the days that were left', async () => {
    const opened = await accepted('421303-2026-000502');
    const due = opened.awardDue!.dueOn;
    const suspended = await call('suspendProceedings', {
      caseId: opened.caseId,
      ground: 'AWAITING_DETERMINATION',
      details: '等待劳动能力鉴定结论',
      suspendedOn: today,
      ...approval,
    });
    expect(suspended.suspendedSince).toBe(today);
    expect(suspended.awardDue ?? undefined).toBeUndefined();
    // Long past the original day: nothing breaches, the clock is stopped.
    await review(addCalendarDays(due, 5));
    expect(awardEvents(opened.matterId).some((e) => e.type === EventTypes.deadlineBreached)).toBe(false);

    const resumed = await call('resumeProceedings', {
      caseId: opened.caseId,
      resumedOn: today,
      reason: '鉴定结论已送达',
    });
    expect(resumed.suspendedSince).toBe('');
    expect(resumed.awardDue!.dueOn >= due).toBe(true);
    const resumeAgain = await refusal('resumeProceedings', { caseId: opened.caseId, resumedOn: today, reason: '再次' });
    expect(resumeAgain?.code).toBe(status.FAILED_PRECONDITION);
    expect(await stepKinds(opened.matterId, 2)).toEqual(['PROCEEDINGS_SUSPENDED', 'PROCEEDINGS_RESUMED']);
  });

  it('a withdrawal ends the case, cancels the award deadline and closes routing’s referral; nothing follows it', async () => {
    const opened = await accepted('421303-2026-000503');
    const byWindowClerk = await refusal(
      'withdrawApplication',
      { caseId: opened.caseId, withdrawnOn: today, reason: '双方已自行和解', settled: true },
      as(['WINDOW_CLERK']),
    );
    expect(byWindowClerk?.code).toBe(status.PERMISSION_DENIED);
    const withdrawn = await call(
      'withdrawApplication',
      { caseId: opened.caseId, withdrawnOn: today, reason: '双方已自行和解', settled: true },
      clerk,
    );
    expect(withdrawn.status).toBe('CASE_STATUS_WITHDRAWN');
    expect(withdrawn.withdrawalReason).toContain('撤回仲裁申请');
    expect(withdrawn.awardDue ?? undefined).toBeUndefined();
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
    const after = await refusal('extendAwardPeriod', { caseId: opened.caseId, days: 5, reason: '撤回后', ...approval });
    expect(after?.code).toBe(status.FAILED_PRECONDITION);
    await review(addCalendarDays(opened.awardDue!.dueOn, 1));
    const ended = await eventually(async () => {
      const seen = awardEvents(opened.matterId).map((e) => e.type);
      return seen.length >= 2 ? seen : undefined;
    });
    expect(ended).toEqual([EventTypes.deadlineRegistered, EventTypes.deadlineCancelled]);
  });
});
