import { addPeriod, computeDeadline, DeadlineRule, InvalidDeadlineRuleError, InvalidPeriodError } from './index';

const fiveDays = (unit: DeadlineRule['period']['unit']): DeadlineRule => ({
  id: 'test.five-days',
  period: { amount: 5, unit },
  citation: '《劳动人事争议仲裁办案规则》第八十条',
});

describe('deadline rules are configuration with their citation, not code', () => {
  it('keeps the rule id, start and citation with the computed due date', () => {
    expect(computeDeadline(fiveDays('WORKING_DAYS'), '2026-02-12')).toEqual({
      ruleId: 'test.five-days',
      start: '2026-02-12',
      citation: '《劳动人事争议仲裁办案规则》第八十条',
      due: '2026-02-26',
      provisional: false,
      provisionalDays: [],
      notes: ['2026-02-14 为春节调休上班日，计入工作日'],
    });
  });

  it('gives a different due date when the configured unit changes', () => {
    // Five calendar days from 2026-02-12 end on 2/17, inside the festival: moved to 2/24.
    expect(computeDeadline(fiveDays('CALENDAR_DAYS'), '2026-02-12').due).toBe('2026-02-24');
  });

  it('refuses a rule without a citation', () => {
    expect(() => computeDeadline({ ...fiveDays('WORKING_DAYS'), citation: '' }, '2026-02-12')).toThrow(
      InvalidDeadlineRuleError,
    );
  });

  it.each([
    [{ amount: 0, unit: 'CALENDAR_DAYS' }],
    [{ amount: -5, unit: 'WORKING_DAYS' }],
    [{ amount: 1.5, unit: 'MONTHS' }],
    [{ amount: 100, unit: 'YEARS' }],
    [{ amount: 5, unit: 'FORTNIGHTS' }],
  ])('refuses the period %p', (period) => {
    expect(() => addPeriod('2026-03-02', period as DeadlineRule['period'])).toThrow(InvalidPeriodError);
  });

  it('refuses an impossible start date', () => {
    expect(() => addPeriod('2026-02-30', { amount: 5, unit: 'CALENDAR_DAYS' })).toThrow(
      'period start must be a calendar date',
    );
  });
});
