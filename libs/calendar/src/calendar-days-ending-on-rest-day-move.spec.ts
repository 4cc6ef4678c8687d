import { addPeriod } from './index';

describe('calendar-day periods (民事诉讼法 Art. 85): start day not counted, a rest-day ending moves', () => {
  it('does not count the start day', () => {
    expect(addPeriod('2026-03-02', { amount: 3, unit: 'CALENDAR_DAYS' }).due).toBe('2026-03-05');
  });

  it('moves an ending inside Spring Festival 2026 to the first working day after it', () => {
    const result = addPeriod('2026-02-05', { amount: 10, unit: 'CALENDAR_DAYS' });
    expect(result.due).toBe('2026-02-24');
    expect(result.notes.join('\n')).toContain('2026-02-15 为法定节假日（春节），顺延至其后第一个工作日 2026-02-24');
  });

  it('moves a 45-day period ending in the 2025 National Day holiday past 10/8', () => {
    // 2025-08-20 + 45 = 2025-10-04, inside 国庆节、中秋节 10/1–10/8.
    expect(addPeriod('2025-08-20', { amount: 45, unit: 'CALENDAR_DAYS' }).due).toBe('2025-10-09');
  });

  it('moves an ending on an ordinary Saturday to Monday', () => {
    expect(addPeriod('2026-03-02', { amount: 5, unit: 'CALENDAR_DAYS' }).due).toBe('2026-03-09');
  });

  it('does not move an ending on a make-up Saturday, which is a working day', () => {
    const result = addPeriod('2026-02-18', { amount: 10, unit: 'CALENDAR_DAYS' });
    expect(result.due).toBe('2026-02-28');
    expect(result.notes).toEqual([]);
  });

  it('does not shorten or lengthen a period for holidays in the middle', () => {
    // 2026-02-10 + 15 = 2026-02-25, a Wednesday after the festival: holidays inside the period are counted.
    expect(addPeriod('2026-02-10', { amount: 15, unit: 'CALENDAR_DAYS' }).due).toBe('2026-02-25');
  });
});
