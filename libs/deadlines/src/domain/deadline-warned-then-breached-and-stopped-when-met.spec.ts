import {
  cancelDeadline,
  meetDeadline,
  observeDeadline,
  registerDeadline,
  watchDaysOf,
  type Deadline,
} from './deadline';

const kind = {
  kind: 'ARBITRATION_AWARD',
  label: '仲裁裁决期限',
  legalBasis: '《劳动争议调解仲裁法》第四十三条',
  warnWorkingDaysBefore: 2,
};
const at = (day: string) => new Date(`${day}T01:00:00Z`);
const registered = registerDeadline(
  'arbitration',
  kind,
  {
    countyCode: '421303',
    matterId: 'm-1',
    matterNumber: '421303-2026-000001',
    subjectId: 'case-1',
    dueOn: '2026-12-11',
  },
  at('2026-12-01'),
  '2026-12-01',
);

function observe(deadline: Deadline, day: string) {
  return observeDeadline(deadline, day, at(day));
}

describe('a deadline watching itself', () => {
  it('is looked at on its warning day and the day after it is due', () => {
    expect(registered.warnOn).toBe('2026-12-10');
    expect(watchDaysOf(registered)).toEqual(['2026-12-10', '2026-12-12']);
  });

  it('says nothing before its warning day, warns once, and records the breach once its due day has passed', () => {
    expect(observe(registered, '2026-12-09').events).toEqual([]);
    const warned = observe(registered, '2026-12-10');
    expect(warned.events).toEqual(['DeadlineWarned']);
    expect(observe(warned.deadline, '2026-12-11').events).toEqual([]); // the due day still counts as in time
    const breached = observe(warned.deadline, '2026-12-12');
    expect(breached.events).toEqual(['DeadlineBreached']);
    expect(breached.deadline.state).toBe('BREACHED');
    expect(observe(breached.deadline, '2026-12-20').events).toEqual([]);
  });

  it('goes straight to the breach when no scan ran during its warning period', () => {
    expect(observe(registered, '2026-12-14')).toMatchObject({ events: ['DeadlineBreached'] });
  });

  it('stops when met: no warning or breach afterwards, and meeting again changes nothing', () => {
    const met = meetDeadline(registered, at('2026-12-03'), '作出仲裁裁决');
    expect(met.events).toEqual(['DeadlineMet']);
    expect(observe(met.deadline, '2026-12-12').events).toEqual([]);
    expect(meetDeadline(met.deadline, at('2026-12-04'), '作出仲裁裁决').events).toEqual([]);
  });

  it('keeps a breach on record when met late', () => {
    const breached = observe(registered, '2026-12-12').deadline;
    const metLate = meetDeadline(breached, at('2026-12-15'), '作出仲裁裁决');
    expect(metLate.deadline).toMatchObject({ state: 'MET', breachedAt: at('2026-12-12').toISOString() });
  });

  it('stops when cancelled, and needs a reason to end', () => {
    expect(cancelDeadline(registered, at('2026-12-03'), '申请人撤回仲裁申请').deadline.state).toBe('CANCELLED');
    expect(() => cancelDeadline(registered, at('2026-12-03'), ' ')).toThrow(/needs a reason/);
  });
});
