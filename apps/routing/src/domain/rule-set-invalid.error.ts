// A rule set that cannot be used, with every problem found (so the author fixes them in one pass).
export class RuleSetInvalidError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `rule set is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`,
    );
    this.name = 'RuleSetInvalidError';
  }
}
