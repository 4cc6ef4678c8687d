import { deadlinesAfterAcceptance } from './arbitration-deadline-rules';
import { AWARD_PERIOD_DAYS, awardPeriodDeadline, awardPeriodOn, openAwardPeriod } from './award-period';
import { InvalidProceedingsInputError } from './proceedings.errors';
import { COUNTY, thrownBy } from './testing/proceedings.fixture';

// The 2026 notice (国办, 2025-11-04): 春节 2026-02-15 to 02-23 off, 02-14 (Sat) and 02-28 (Sat) worked.
describe('the award period over the Spring Festival (45 calendar days, 劳动争议调解仲裁法 Art. 43)', () => {
  it('moves a last day inside the holiday to the first working day after it', () => {
    // 2026-01-05 + 45 = 2026-02-19 (正月初三, a holiday): due Tuesday 2026-02-24.
    const period = openAwardPeriod({ countyCode: COUNTY, acceptedOn: '2026-01-05' });
    expect(period).toMatchObject({
      countyCode: COUNTY,
      acceptedOn: '2026-01-05',
      countsFrom: '2026-01-05',
      lastCountedDay: '2026-02-19',
      dueOn: '2026-02-24',
      provisional: false,
    });
    expect(period.notes.join()).toContain('2026-02-19 为法定节假日（春节），顺延至其后第一个工作日 2026-02-24');
    expect(period.citation).toContain('第四十三条');
    expect(AWARD_PERIOD_DAYS).toBe(45);
  });

  it('agrees with the award deadline set at acceptance', () => {
    const award = deadlinesAfterAcceptance('2026-01-05').find((deadline) => deadline.id === 'arbitration.award');
    const period = openAwardPeriod({ countyCode: COUNTY, acceptedOn: '2026-01-05' });
    expect(awardPeriodDeadline(period)).toMatchObject({
      id: 'arbitration.award',
      start: '2026-01-05',
      dueOn: award?.dueOn,
    });
  });

  it('ends on a make-up working day without moving: Saturday 2026-02-28 is worked', () => {
    // 2026-01-14 + 45 = 2026-02-28, a Saturday worked for 春节.
    const period = openAwardPeriod({ countyCode: COUNTY, acceptedOn: '2026-01-14' });
    expect(period.dueOn).toBe('2026-02-28');
    expect(period.notes).toEqual([]);
  });

  it('counts the holiday days themselves: calendar days, not working days', () => {
    // 2026-01-20 + 45 = 2026-03-06, a Friday; the nine rest days of 春节 are inside the 45.
    expect(openAwardPeriod({ countyCode: COUNTY, acceptedOn: '2026-01-20' }).dueOn).toBe('2026-03-06');
  });

  it('warns five working days ahead, counting the make-up Saturday and skipping the holiday', () => {
    // Working days up to 2026-02-24: 02-24, 02-14 (make-up), 02-13, 02-12, 02-11.
    const period = openAwardPeriod({ countyCode: COUNTY, acceptedOn: '2026-01-05' });
    expect(awardPeriodOn(period, '2026-02-10')).toMatchObject({ state: 'RUNNING', warnFrom: '2026-02-11' });
    expect(awardPeriodOn(period, '2026-02-11').state).toBe('WARNING');
    expect(awardPeriodOn(period, '2026-02-19').state).toBe('WARNING');
    expect(awardPeriodOn(period, '2026-02-24')).toMatchObject({ state: 'WARNING', daysLeft: 0 });
    expect(awardPeriodOn(period, '2026-02-25')).toMatchObject({ state: 'LAPSED', dueOn: '2026-02-24', daysLeft: -1 });
    expect(awardPeriodOn(period, '2026-02-12', { warnWorkingDaysBefore: 2 }).state).toBe('RUNNING');
  });

  it('marks a due day in 2027 provisional: the 2027 notice is not loaded', () => {
    // 2026-12-28 + 45 = 2027-02-11, in the week of 春节 2027 (正月初一 2027-02-06).
    expect(openAwardPeriod({ countyCode: COUNTY, acceptedOn: '2026-12-28' }).provisional).toBe(true);
  });

  it('refuses an unknown county, an impossible date and a bad warning setting, naming the field', () => {
    expect(thrownBy(() => openAwardPeriod({ countyCode: '110101', acceptedOn: '2026-01-05' }))).toMatchObject({
      field: 'countyCode',
    });
    const bad = thrownBy(() => openAwardPeriod({ countyCode: COUNTY, acceptedOn: '2026-02-29' }));
    expect(bad).toBeInstanceOf(InvalidProceedingsInputError);
    expect(bad.field).toBe('acceptedOn');
    const period = openAwardPeriod({ countyCode: COUNTY, acceptedOn: '2026-01-05' });
    expect(thrownBy(() => awardPeriodOn(period, '2026-01-04')).field).toBe('today');
    expect(thrownBy(() => awardPeriodOn(period, '2026-02-01', { warnWorkingDaysBefore: -1 })).field).toBe(
      'warnWorkingDaysBefore',
    );
  });
});
