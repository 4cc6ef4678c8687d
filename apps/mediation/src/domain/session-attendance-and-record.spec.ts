import {
  MediationPreconditionError,
  mediationPeriod,
  recordAttendance,
  recordSessionRecord,
  scheduleSession,
  SESSION_RECORD_MAX_CHARS,
} from './index';

const period = mediationPeriod({ countyCode: '421303', receivedOn: '2026-03-02' });
const session = scheduleSession(
  { countyCode: '421303', startsAt: '2026-03-09T09:30:00+08:00', venue: { mode: 'ON_SITE', place: '调解室一' } },
  { now: new Date('2026-03-05T02:00:00Z'), period },
);
const during = new Date('2026-03-09T02:00:00Z'); // 10:00 in China
const before = new Date('2026-03-09T01:00:00Z'); // 09:00

describe('attendance per party and the record (调解笔录, 人民调解法 Art. 27)', () => {
  it('records each party’s attendance once the session has begun, leaving the session it came from unchanged', () => {
    const withWorker = recordAttendance(session, { party: 'WORKER', attendance: 'PRESENT' }, during);
    const both = recordAttendance(withWorker, { party: 'EMPLOYER', attendance: 'ABSENT' }, during);
    expect(both.attendance).toEqual({ WORKER: 'PRESENT', EMPLOYER: 'ABSENT' });
    expect(session.attendance).toEqual({});
  });

  it('refuses attendance or a record before the session begins', () => {
    expect(() => recordAttendance(session, { party: 'WORKER', attendance: 'PRESENT' }, before)).toThrow(
      MediationPreconditionError,
    );
    expect(() => recordSessionRecord(session, '双方到场，陈述了事实和理由。', before)).toThrow(
      MediationPreconditionError,
    );
  });

  it('keeps a short record within its length bounds', () => {
    const text = '申请人陈述被拖欠2025年10月至12月工资共8000元，被申请人认可欠薪事实，同意分两期支付。';
    expect(recordSessionRecord(session, `  ${text}  `, during).record).toBe(text);
    expect(() => recordSessionRecord(session, '已调解', during)).toThrow(expect.objectContaining({ field: 'record' }));
    expect(() => recordSessionRecord(session, '记'.repeat(SESSION_RECORD_MAX_CHARS + 1), during)).toThrow(
      expect.objectContaining({ field: 'record' }),
    );
  });

  it('refuses an unknown party or attendance value', () => {
    expect(() => recordAttendance(session, { party: 'WITNESS' as never, attendance: 'PRESENT' }, during)).toThrow(
      expect.objectContaining({ field: 'party' }),
    );
    expect(() => recordAttendance(session, { party: 'WORKER', attendance: 'LATE' as never }, during)).toThrow(
      expect.objectContaining({ field: 'attendance' }),
    );
  });
});
