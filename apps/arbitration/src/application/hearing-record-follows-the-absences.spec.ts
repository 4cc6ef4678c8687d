import type { Caller } from '@onewindow/access';
import { scheduleHearing } from '../domain';
import type {
  ArbitrationCaseRecord,
  ArbitrationCaseRepository,
  ArbitrationEvent,
  BookedHearing,
  HearingRoomCalendar,
} from './arbitration-case.repository';
import { HearingOutcomeUseCase } from './hearing-outcome.use-case';

// What the hearing's record brings when a party was absent (劳动争议调解仲裁法 Art. 36), one write each: the
// applicant absent without good reason ends the case whatever the respondent did; a good reason the tribunal
// accepts postpones the hearing and frees its room; a refused input names the absence and changes nothing.

const arbitrator: Caller = { userId: 'arb-1', roles: ['ARBITRATOR'], counties: ['421303'] };
const startsAt = '2026-03-20T09:00:00+08:00';
const hearing = scheduleHearing(
  {
    countyCode: '421303',
    hearingId: 'm:1:hearing-1',
    startsAt,
    endsAt: '2026-03-20T11:00:00+08:00',
    venue: { mode: 'ON_SITE', roomId: 'room-1', place: '第一仲裁庭' },
    noticeServedOn: '2026-03-09',
  },
  { countyCode: '421303', now: new Date('2026-03-09T09:00:00+08:00') },
);
const during = new Date('2026-03-20T10:00:00+08:00');
const awardDue = {
  id: 'arbitration.award',
  label: '仲裁裁决期限',
  dueOn: '2026-04-24',
  provisional: false,
  citation: 'c',
};
const noticed = { kind: 'DID_NOT_APPEAR', writtenNoticeReceivedOn: '2026-03-10', reason: '', reasonAccepted: false };

class OneCase {
  record = {
    caseId: 'm/1',
    matterId: 'm',
    countyCode: '421303',
    status: 'ACCEPTED',
    acceptedOn: '2026-03-10',
    deadlines: [awardDue],
    hearings: [hearing],
    version: 3,
  } as unknown as ArbitrationCaseRecord;
  readonly writes: ArbitrationEvent[][] = [];
  async findById() {
    return this.record;
  }
  async saveChanges(record: ArbitrationCaseRecord, _version: number, events: ArbitrationEvent[]) {
    this.record = { ...record, version: record.version + 1 };
    this.writes.push(events);
  }
}

class Rooms implements HearingRoomCalendar {
  readonly released: string[] = [];
  readonly booked: string[] = [];
  async book(countyCode: string, booking: { hearingId: string }) {
    this.booked.push(`${countyCode}:${booking.hearingId}`);
  }
  async release(countyCode: string, roomId: string, day: string, hearingId: string) {
    this.released.push(`${countyCode}:${roomId}:${day}:${hearingId}`);
  }
  async bookingsOn(): Promise<BookedHearing[]> {
    return [];
  }
}

const setUp = () => {
  const cases = new OneCase();
  const rooms = new Rooms();
  const useCase = new HearingOutcomeUseCase(cases as unknown as ArbitrationCaseRepository, rooms);
  const record = (absences: object[]) =>
    useCase.record(
      arbitrator,
      'm/1',
      { hearingId: 'm:1:hearing-1', recordText: '仲裁庭宣布开庭，核对当事人身份。', absences: absences as never },
      during,
    );
  return { cases, rooms, record };
};

describe('the hearing record follows the absences', () => {
  it('the applicant absent without good reason ends the case, even with the respondent decided in absence', async () => {
    const { cases, record } = setUp();
    const saved = await record([
      { party: 'RESPONDENT', ...noticed },
      { party: 'APPLICANT', ...noticed },
    ]);
    expect(saved.status).toBe('WITHDRAWN');
    expect(saved.withdrawalReason).toContain('按撤回仲裁申请处理');
    expect(saved.deadlines).toEqual([]);
    expect(saved.decidedInAbsence).toBeUndefined();
    const [step] = cases.writes[0]!;
    expect(step).toMatchObject({
      kind: 'APPLICATION_TREATED_AS_WITHDRAWN',
      deadlineMoves: [{ action: 'cancel', kind: 'ARBITRATION_AWARD', subjectId: 'm/1' }],
    });
  });

  it('a good reason accepted postpones the hearing and frees its room', async () => {
    const { cases, rooms, record } = setUp();
    const saved = await record([{ party: 'RESPONDENT', ...noticed, reason: '法定代表人住院', reasonAccepted: true }]);
    expect(saved.status).toBe('ACCEPTED');
    expect(saved.hearings![0]!.status).toBe('POSTPONED');
    expect(cases.writes[0]![0]).toMatchObject({ kind: 'HEARING_POSTPONED' });
    expect(rooms.released).toEqual(['421303:room-1:2026-03-20:m:1:hearing-1']);
  });

  it('the respondent absent without good reason is decided in absence, the hearing held', async () => {
    const { record } = setUp();
    const saved = await record([{ party: 'RESPONDENT', ...noticed, kind: 'LEFT_WITHOUT_LEAVE' }]);
    expect(saved.hearings![0]!.status).toBe('HELD');
    expect(saved.decidedInAbsence?.consequence).toBe('DECIDED_IN_ABSENCE');
  });

  it.each([
    ['an unknown kind of absence', [{ party: 'APPLICANT', ...noticed, kind: 'LATE' }], 'absences[0].kind'],
    [
      'a reason accepted but not given',
      [{ party: 'RESPONDENT', ...noticed, reasonAccepted: true }],
      'absences[0].reason',
    ],
    [
      'a party absent twice',
      [
        { party: 'RESPONDENT', ...noticed },
        { party: 'RESPONDENT', ...noticed },
      ],
      'absences[1].party',
    ],
  ])('refuses %s, naming the absence, and changes nothing', async (_what, absences, field) => {
    const { cases, rooms, record } = setUp();
    await expect(record(absences)).rejects.toMatchObject({ field });
    expect(cases.writes).toEqual([]);
    expect(rooms.released).toEqual([]);
  });
});
