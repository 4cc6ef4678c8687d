import { addPeriod, describeDay, isWorkingDay } from './index';

describe('working-day periods across Spring Festival 2026 (春节 2/15–2/23, 调休上班 2/14 and 2/28)', () => {
  it('counts the make-up Saturday 2026-02-14 as a working day and skips the nine holiday days', () => {
    // Start Thursday 2/12 (not counted): 2/13 Fri (1), 2/14 Sat make-up (2), holiday until 2/23, 2/24 (3), 2/25 (4), 2/26 (5).
    const result = addPeriod('2026-02-12', { amount: 5, unit: 'WORKING_DAYS' });
    expect(result.due).toBe('2026-02-26');
    expect(result.provisional).toBe(false);
    expect(result.notes.join('\n')).toContain('2026-02-14 为春节调休上班日');
  });

  it('starts counting on the day after the start day, even when the start day is a holiday', () => {
    // Received on a holiday (2/16): 2/24 is the first working day after it.
    expect(addPeriod('2026-02-16', { amount: 1, unit: 'WORKING_DAYS' }).due).toBe('2026-02-24');
    expect(addPeriod('2026-02-16', { amount: 5, unit: 'WORKING_DAYS' }).due).toBe('2026-02-28');
  });

  it('counts the make-up Saturday 2026-02-28 as the fifth working day', () => {
    // 2/24 Tue (1), 2/25 (2), 2/26 (3), 2/27 (4), 2/28 Sat make-up (5).
    expect(addPeriod('2026-02-23', { amount: 5, unit: 'WORKING_DAYS' }).due).toBe('2026-02-28');
  });

  it('knows each kind of day around the festival', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true);
    expect(isWorkingDay('2026-02-15')).toBe(false);
    expect(isWorkingDay('2026-02-23')).toBe(false); // a Monday inside the holiday
    expect(isWorkingDay('2026-02-24')).toBe(true);
    expect(isWorkingDay('2026-03-07')).toBe(false); // an ordinary Saturday
    expect(describeDay('2026-02-16')).toMatchObject({
      kind: 'PUBLIC_HOLIDAY',
      holidayName: '春节',
      provisional: false,
    });
    expect(describeDay('2026-02-14')).toMatchObject({ kind: 'MAKE_UP_WORKING_DAY', working: true });
    expect(describeDay('2026-02-16').citation).toContain('2026年部分节假日安排');
  });

  it('also knows the 2025 Sunday make-up day 2025-01-26', () => {
    expect(isWorkingDay('2025-01-26')).toBe(true);
    // Friday 1/24 + 3 working days: 1/26 Sun make-up (1), 1/27 Mon (2), holiday 1/28–2/4, 2/5 (3).
    expect(addPeriod('2025-01-24', { amount: 3, unit: 'WORKING_DAYS' }).due).toBe('2025-02-05');
  });
});
