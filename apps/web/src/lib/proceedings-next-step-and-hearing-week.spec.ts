import type { ArbitrationCase, HearingSlot } from '@onewindow/gateway-api';
import {
  advanceEnforcementRequestOf,
  awardDayOf,
  hearingsByDay,
  hearingTimesOf,
  mediationStatementRequestOf,
  nextStepOf,
  scheduleHearingRequestOf,
  seatRolesOf,
  weekDaysFrom,
  weekStartOf,
} from './arbitration-forms';

const hearing = (status: string): HearingSlot => ({
  hearingId: `h-${status}`,
  startsAt: '2026-12-08T09:00:00+08:00',
  endsAt: '2026-12-08T11:00:00+08:00',
  roomId: 'room-1',
  place: '第一仲裁庭',
  meetingLink: '',
  noticeServedOn: '2026-12-01',
  status,
  postponements: [],
  recordClerkId: '',
  recordedAt: '',
  recordText: '',
  priority: false,
});

type Proceedings = Pick<ArbitrationCase, 'status' | 'applicationCopyServedOn' | 'tribunalForm' | 'hearings'>;

describe('what an accepted case waits for next, in the order of the proceedings', () => {
  it.each<[string, Proceedings, string | undefined]>([
    ['nothing done yet: serve the application copy (Art. 30)', { status: 'ACCEPTED' }, 'SERVE_APPLICATION_COPY'],
    [
      'served: compose the tribunal (Art. 32)',
      { status: 'ACCEPTED', applicationCopyServedOn: '2026-12-02', tribunalForm: '' },
      'COMPOSE_TRIBUNAL',
    ],
    [
      'composed: schedule the hearing (Art. 35)',
      { status: 'ACCEPTED', applicationCopyServedOn: '2026-12-02', tribunalForm: 'SOLE_ARBITRATOR', hearings: [] },
      'SCHEDULE_HEARING',
    ],
    [
      'scheduled: record it',
      {
        status: 'ACCEPTED',
        applicationCopyServedOn: '2026-12-02',
        tribunalForm: 'SOLE_ARBITRATOR',
        hearings: [hearing('SCHEDULED')],
      },
      'RECORD_HEARING',
    ],
    [
      'postponed: schedule again',
      {
        status: 'ACCEPTED',
        applicationCopyServedOn: '2026-12-02',
        tribunalForm: 'SOLE_ARBITRATOR',
        hearings: [hearing('POSTPONED')],
      },
      'SCHEDULE_HEARING',
    ],
    [
      'held: mediate or award (Art. 42)',
      {
        status: 'ACCEPTED',
        applicationCopyServedOn: '2026-12-02',
        tribunalForm: 'SOLE_ARBITRATOR',
        hearings: [hearing('POSTPONED'), hearing('HELD')],
      },
      'AWARD',
    ],
    [
      'awarded: nothing',
      {
        status: 'AWARDED',
        applicationCopyServedOn: '2026-12-02',
        tribunalForm: 'SOLE_ARBITRATOR',
        hearings: [hearing('HELD')],
      },
      undefined,
    ],
    ['not yet accepted: nothing', { status: 'AWAITING_ACCEPTANCE_DECISION' }, undefined],
  ])('%s', (_, c, step) => {
    expect(nextStepOf(c)).toBe(step);
  });

  it('seats three arbitrators with a presiding one, or one sole arbitrator (Art. 31)', () => {
    expect(seatRolesOf('THREE_ARBITRATORS')).toEqual(['PRESIDING', 'MEMBER', 'MEMBER']);
    expect(seatRolesOf('SOLE_ARBITRATOR')).toEqual(['SOLE']);
  });
});

describe('a hearing typed in China time', () => {
  it('is sent with +08:00 and ends its length later, across midnight too', () => {
    expect(hearingTimesOf('2026-12-08T09:00', 2)).toEqual({
      startsAt: '2026-12-08T09:00:00+08:00',
      endsAt: '2026-12-08T11:00:00+08:00',
    });
    expect(hearingTimesOf('2026-12-08T22:30', 2.5).endsAt).toBe('2026-12-09T01:00:00+08:00');
    expect(hearingTimesOf('', 2)).toEqual({ startsAt: '', endsAt: '' });
  });

  it('names the room as the place on site, and only the link online', () => {
    const names = (roomId: string) => ({ 'room-1': '第一仲裁庭' })[roomId];
    expect(
      scheduleHearingRequestOf(
        { mode: 'ON_SITE', roomId: 'room-1', startsAt: '2026-12-08T09:00', hours: 2, noticeServedOn: '2026-12-01' },
        names,
      ),
    ).toEqual({
      startsAt: '2026-12-08T09:00:00+08:00',
      endsAt: '2026-12-08T11:00:00+08:00',
      roomId: 'room-1',
      place: '第一仲裁庭',
      noticeServedOn: '2026-12-01',
    });
    expect(
      scheduleHearingRequestOf(
        {
          mode: 'ONLINE',
          meetingLink: ' https://meet.example.cn/a ',
          startsAt: '2026-12-08T09:00',
          hours: 1,
          noticeServedOn: '2026-12-01',
        },
        names,
      ),
    ).toEqual({
      startsAt: '2026-12-08T09:00:00+08:00',
      endsAt: '2026-12-08T10:00:00+08:00',
      meetingLink: 'https://meet.example.cn/a',
      noticeServedOn: '2026-12-01',
    });
  });
});

describe("a hearing room's week (开庭排期)", () => {
  it('starts on Monday, whatever day is chosen', () => {
    expect(weekStartOf('2026-12-10')).toBe('2026-12-07'); // a Thursday
    expect(weekStartOf('2026-12-13')).toBe('2026-12-07'); // the Sunday
    expect(weekStartOf('2026-12-07')).toBe('2026-12-07');
    expect(weekDaysFrom('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });

  it('puts each hearing on its China day, by start, with its time', () => {
    const grid = hearingsByDay(
      [
        { hearingId: 'b', caseId: 'c2', startsAt: '2026-12-08T06:00:00Z', endsAt: '2026-12-08T08:00:00Z' },
        { hearingId: 'a', caseId: 'c1', startsAt: '2026-12-08T09:00:00+08:00', endsAt: '2026-12-08T11:00:00+08:00' },
        // 23:30 UTC on Sunday is Monday morning in China.
        { hearingId: 'c', caseId: 'c3', startsAt: '2026-12-06T23:30:00Z', endsAt: '2026-12-07T01:30:00Z' },
        {
          hearingId: 'next-week',
          caseId: 'c4',
          startsAt: '2026-12-14T09:00:00+08:00',
          endsAt: '2026-12-14T10:00:00+08:00',
        },
      ],
      '2026-12-07',
    );
    expect(grid.map((day) => day.map((entry) => entry.hearingId))).toEqual([['c'], ['a', 'b'], [], [], [], [], []]);
    expect(grid[1]!.map((entry) => entry.time)).toEqual(['09:00–11:00', '14:00–16:00']);
    expect(grid[0]![0]!.time).toBe('07:30–09:30');
  });
});

describe('the 调解书 and 先予执行 typed in yuan are sent in exact fen', () => {
  it('settles each claim, with the reason only where the amount is above the claim', () => {
    expect(
      mediationStatementRequestOf(
        {
          issuedOn: '2026-12-10',
          settledClaims: [
            { amountYuan: '25000.07', reasonAboveClaim: '不需要' },
            { amountYuan: '1200.5', reasonAboveClaim: '含利息' },
          ],
          otherTerms: ' 一次性支付 ',
        },
        [3_000_000, 120_000],
      ),
    ).toEqual({
      issuedOn: '2026-12-10',
      settledClaims: [
        { claimIndex: 0, amountFen: 2_500_007 },
        { claimIndex: 1, amountFen: 120_050, reasonAboveClaim: '含利息' },
      ],
      otherTerms: '一次性支付',
    });
  });

  it('sends the items and the two findings of Art. 44', () => {
    expect(
      advanceEnforcementRequestOf({
        appliedOn: '2026-12-03',
        decidedOn: '2026-12-04',
        items: [{ claimIndex: 0, amountYuan: '8000.10' }],
        rightsAndObligationsClear: true,
      }),
    ).toEqual({
      appliedOn: '2026-12-03',
      decidedOn: '2026-12-04',
      items: [{ claimIndex: 0, amountFen: 800_010 }],
      rightsAndObligationsClear: true,
      livelihoodSeriouslyAffected: false,
    });
    expect(() => advanceEnforcementRequestOf({ items: [{ claimIndex: 0, amountYuan: 'x' }] })).toThrow(/items\[0\]/);
  });

  it('drafts the award for today, or for the last hearing held when that is later', () => {
    const held = { startsAt: '2026-12-09T09:00:00+08:00', status: 'HELD' };
    const scheduled = { startsAt: '2026-12-20T09:00:00+08:00', status: 'SCHEDULED' };
    expect(awardDayOf([held, scheduled], '2026-12-02')).toBe('2026-12-09');
    expect(awardDayOf([held], '2026-12-15')).toBe('2026-12-15');
    expect(awardDayOf(undefined, '2026-12-15')).toBe('2026-12-15');
  });
});
