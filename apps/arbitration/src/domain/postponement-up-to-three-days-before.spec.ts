import {
  decidePostponement,
  lastPostponementRequestDay,
  recordHearing,
  requestPostponement,
  scheduleHearing,
} from './hearing';
import { ProceedingsPreconditionError } from './proceedings.errors';
import { COUNTY, thrownBy } from './testing/proceedings.fixture';

// A hearing on Monday 2026-03-23: three working days before it, counted as periods are, end on the hearing
// day when the request is made on Wednesday 03-18 (19, 20, 23).
const hearing = scheduleHearing(
  {
    countyCode: COUNTY,
    hearingId: 'hearing-1',
    startsAt: '2026-03-23T09:00:00+08:00',
    endsAt: '2026-03-23T11:00:00+08:00',
    venue: { mode: 'ON_SITE', roomId: 'room-1', place: '第一仲裁庭' },
    noticeServedOn: '2026-03-16',
  },
  { countyCode: COUNTY, now: new Date('2026-03-16T01:00:00Z') },
);
const ask = (requestedOn: string) =>
  requestPostponement(hearing, { party: 'EMPLOYER', requestedOn, reason: '法定代表人出差，需另行委托代理人' });

describe('postponement on request up to three days before the hearing (开庭三日前, Art. 35)', () => {
  it('takes a request on Wednesday 03-18 and refuses one on Thursday 03-19, naming requestedOn', () => {
    expect(hearing.lastPostponementRequestDay).toBe('2026-03-18');
    expect(ask('2026-03-18').postponementRequests).toEqual([
      { party: 'EMPLOYER', requestedOn: '2026-03-18', reason: '法定代表人出差，需另行委托代理人' },
    ]);
    const error = thrownBy(() => ask('2026-03-19'));
    expect(error).toBeInstanceOf(ProceedingsPreconditionError);
    expect(error).toMatchObject({ field: 'requestedOn' });
    expect(error.description).toContain('by 2026-03-18');
  });

  it('counts working days across a holiday: a hearing on Thursday 05-07 takes requests until Wednesday 04-29', () => {
    // 劳动节 05-01 to 05-05: from 04-29 the working days are 04-30, 05-06, 05-07.
    expect(lastPostponementRequestDay('2026-05-07')).toBe('2026-04-29');
  });

  it('needs a reason, and leaves the decision to the commission', () => {
    expect(
      thrownBy(() => requestPostponement(hearing, { party: 'WORKER', requestedOn: '2026-03-17', reason: '' })),
    ).toMatchObject({
      field: 'reason',
    });
    const asked = ask('2026-03-17');
    expect(asked.status).toBe('SCHEDULED');
    expect(
      thrownBy(() => requestPostponement(asked, { party: 'WORKER', requestedOn: '2026-03-17', reason: '另有安排' })),
    ).toMatchObject({
      field: 'requestedOn',
    });

    const refused = decidePostponement(asked, { granted: false, decidedOn: '2026-03-18', reason: '理由不充分' });
    expect(refused.status).toBe('SCHEDULED');
    expect(refused.postponementRequests[0]).toMatchObject({ decision: 'REFUSED', decidedOn: '2026-03-18' });

    const granted = decidePostponement(asked, { granted: true, decidedOn: '2026-03-18', reason: '理由正当' });
    expect(granted.status).toBe('POSTPONED');
    expect(
      thrownBy(() =>
        recordHearing(
          granted,
          { text: '本次庭审未进行，已延期。', clerkId: 'clerk-1' },
          new Date('2026-03-23T02:00:00Z'),
        ),
      ),
    ).toMatchObject({
      field: 'text',
    });
  });

  it('keeps the 庭审笔录 once the hearing has begun, and only once', () => {
    const record = { text: '仲裁庭核对当事人身份，申请人陈述仲裁请求，被申请人答辩。', clerkId: 'clerk-1' };
    expect(thrownBy(() => recordHearing(hearing, record, new Date('2026-03-23T00:59:00Z')))).toMatchObject({
      field: 'text',
    });
    const held = recordHearing(hearing, record, new Date('2026-03-23T03:00:00Z'));
    expect(held).toMatchObject({
      status: 'HELD',
      record: { clerkId: 'clerk-1', recordedAt: '2026-03-23T03:00:00.000Z' },
    });
    expect(thrownBy(() => recordHearing(held, record, new Date('2026-03-23T04:00:00Z')))).toBeInstanceOf(
      ProceedingsPreconditionError,
    );
  });
});
