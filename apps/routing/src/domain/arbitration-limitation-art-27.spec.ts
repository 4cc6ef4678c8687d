import { arbitrationLimitation, wholeMonthsBetween } from './arbitration-limitation';
import { factsOf } from './matter-facts';
import { matter, ZENGDU_CONTEXT } from './routing.fixture';

const ended = (endDate: string, asOf: string, requestedReliefBefore = false) =>
  arbitrationLimitation({ claimCategories: ['SEVERANCE'], stillEmployed: false, endDate, requestedReliefBefore, asOf });

describe('arbitration limitation (仲裁时效), 劳动争议调解仲裁法 Art. 27', () => {
  it('does not limit wages claimed while the employment lasts (para. 4)', () => {
    const wagesOnly = { claimCategories: ['WAGES'] as const, stillEmployed: true, requestedReliefBefore: false };
    expect(arbitrationLimitation({ ...wagesOnly, asOf: '2026-11-30' }).status).toBe('NOT_APPLICABLE');
  });

  it('cannot tell for other claims while employed: the year runs from when the worker learned of them', () => {
    const status = arbitrationLimitation({
      claimCategories: ['WAGES', 'HOURS_REST_LEAVE'],
      stillEmployed: true,
      requestedReliefBefore: false,
      asOf: '2026-11-30',
    }).status;
    expect(status).toBe('UNKNOWN');
  });

  it('runs for one year after the employment ended, the last day included', () => {
    expect(ended('2025-06-30', '2026-06-30')).toEqual({ status: 'RUNNING', lastDay: '2026-06-30' });
    expect(ended('2025-06-30', '2026-07-01')).toEqual({ status: 'EXPIRED', lastDay: '2026-06-30' });
  });

  it('moves a last day that falls in the National Day holiday to the next working day', () => {
    expect(ended('2025-10-01', '2026-10-08')).toEqual({ status: 'RUNNING', lastDay: '2026-10-08' });
    expect(ended('2025-10-01', '2026-10-09').status).toBe('EXPIRED');
  });

  it('cannot call it expired when an office handled the matter before: that request for relief interrupted it (para. 2)', () => {
    expect(ended('2024-01-31', '2026-11-30', true).status).toBe('UNKNOWN');
  });

  it('is unknown without an end date or a day to judge on, and does not apply when nothing is claimed', () => {
    expect(
      arbitrationLimitation({
        claimCategories: ['DAMAGES'],
        stillEmployed: false,
        requestedReliefBefore: false,
        asOf: '2026-11-30',
      }).status,
    ).toBe('UNKNOWN');
    expect(
      arbitrationLimitation({
        claimCategories: ['DAMAGES'],
        stillEmployed: false,
        endDate: '2020-01-01',
        requestedReliefBefore: false,
      }).status,
    ).toBe('UNKNOWN');
    expect(
      arbitrationLimitation({
        claimCategories: [],
        stillEmployed: false,
        endDate: '2020-01-01',
        requestedReliefBefore: false,
        asOf: '2026-11-30',
      }).status,
    ).toBe('NOT_APPLICABLE');
  });

  it('is judged on the registration day when one is given: the window registration itself interrupts it', () => {
    const content = matter({ employment: { stillEmployed: false, startDate: '2020-01-01', endDate: '2025-11-20' } });
    expect(factsOf(content, ZENGDU_CONTEXT).limitation).toBe('EXPIRED');
    expect(factsOf(content, { ...ZENGDU_CONTEXT, registeredOn: '2025-11-20' }).limitation).toBe('RUNNING');
  });

  it('counts whole months, a month complete on its corresponding day', () => {
    expect(wholeMonthsBetween('2026-01-31', '2026-02-27')).toBe(0);
    expect(wholeMonthsBetween('2026-01-31', '2026-02-28')).toBe(1);
    expect(wholeMonthsBetween('2025-06-15', '2026-06-14')).toBe(11);
    expect(wholeMonthsBetween('2025-06-15', '2026-06-15')).toBe(12);
    expect(wholeMonthsBetween('2026-06-15', '2026-01-01')).toBe(0);
  });
});
