import { watchedCaseDeadlines, WATCHED_CASE_DEADLINES } from './watched-case-deadlines';

describe('the warning periods of arbitration’s watched deadlines', () => {
  it('default to 2 working days before the acceptance decision, the service and the tribunal notice, 5 before the award and 1 before a challenge decision, each with its article', () => {
    expect(watchedCaseDeadlines('').map((kind) => [kind.kind, kind.warnWorkingDaysBefore])).toEqual([
      ['ARBITRATION_ACCEPTANCE_DECISION', 2],
      ['ARBITRATION_AWARD', 5],
      ['ARBITRATION_APPLICATION_COPY_SERVICE', 2],
      ['ARBITRATION_TRIBUNAL_NOTICE', 2],
      ['ARBITRATION_CHALLENGE_DECISION', 1],
    ]);
    expect(WATCHED_CASE_DEADLINES.map((kind) => kind.legalBasis)).toEqual([
      expect.stringContaining('第二十九条'),
      expect.stringContaining('第四十三条'),
      expect.stringContaining('第三十条'),
      expect.stringContaining('第三十二条'),
      expect.stringContaining('第十一条'),
    ]);
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
