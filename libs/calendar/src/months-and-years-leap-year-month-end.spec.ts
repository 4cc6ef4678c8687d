import { addMonths, addPeriod, addYears, daysBetween } from './index';

describe('months and years end on the corresponding day, else the month end (民法典 Art. 202)', () => {
  it('ends a one-year limitation from 2025-03-31 on 2026-03-31', () => {
    expect(addYears('2025-03-31', 1)).toBe('2026-03-31');
    expect(addPeriod('2025-03-31', { amount: 1, unit: 'YEARS' })).toEqual({
      due: '2026-03-31',
      provisional: false,
      provisionalDays: [],
      notes: [],
    });
  });

  it('ends a one-year period from 29 February 2024 on 28 February 2025', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    const result = addPeriod('2024-02-29', { amount: 1, unit: 'YEARS' });
    expect(result.due).toBe('2025-02-28');
    expect(result.notes.join('\n')).toContain('民法典第二百零二条');
  });

  it('keeps 29 February when the target year is a leap year', () => {
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('clamps a month period to the last day of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-05-31', 1)).toBe('2025-06-30');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('moves a one-year period ending on National Day 2026 to the first working day after the holiday', () => {
    expect(addPeriod('2025-10-01', { amount: 1, unit: 'YEARS' }).due).toBe('2026-10-08');
  });

  it('counts days across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });
});
