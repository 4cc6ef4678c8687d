import { watchedCaseDeadlines, WATCHED_CASE_DEADLINES } from './watched-case-deadlines';

describe('the warning periods of arbitration’s watched deadlines', () => {
  it('default to 2 working days before the acceptance decision and 5 before the award, each with its article', () => {
    expect(watchedCaseDeadlines('').map((kind) => [kind.kind, kind.warnWorkingDaysBefore])).toEqual([
      ['ARBITRATION_ACCEPTANCE_DECISION', 2],
      ['ARBITRATION_AWARD', 5],
    ]);
    expect(WATCHED_CASE_DEADLINES[0]!.legalBasis).toContain('第二十九条');
    expect(WATCHED_CASE_DEADLINES[1]!.legalBasis).toContain('第四十三条');
  });

  it('are set per kind from configuration', () => {
    const kinds = watchedCaseDeadlines('ARBITRATION_AWARD=7');
    expect(kinds.find((kind) => kind.kind === 'ARBITRATION_AWARD')?.warnWorkingDaysBefore).toBe(7);
    expect(kinds.find((kind) => kind.kind === 'ARBITRATION_ACCEPTANCE_DECISION')?.warnWorkingDaysBefore).toBe(2);
  });

  it('refuse an unknown kind or a value that is not a number of days, naming the pair', () => {
    expect(() => watchedCaseDeadlines('ARBITRATION_HEARING=3')).toThrow(/ARBITRATION_HEARING=3/);
    expect(() => watchedCaseDeadlines('ARBITRATION_AWARD=soon')).toThrow(/ARBITRATION_AWARD=soon/);
  });
});
