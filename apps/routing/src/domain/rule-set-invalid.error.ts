// A rule set that cannot be used or published, with every problem found (so the author fixes them in
// one pass).

export const RULE_SET_CHECKS = ['SCHEMA', 'COVERAGE', 'CONFLICT'] as const;
/** SCHEMA: the file's shape and values; COVERAGE: a claim category no rule routes; CONFLICT: an unstated order. */
export type RuleSetCheck = (typeof RULE_SET_CHECKS)[number];

export interface RuleSetProblem {
  readonly check: RuleSetCheck;
  /** Where in the file, e.g. "rules[2] 'dispute-arbitration'.when.all[1]", 'version', '(file)'. */
  readonly path: string;
  /** The rules the problem is about (none for a file-level problem). */
  readonly ruleIds: readonly string[];
  /** English, for the rule author. */
  readonly message: string;
}

/** 'path: message', as the problem is listed in an error. */
export function describeProblem(problem: RuleSetProblem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

export class RuleSetInvalidError extends Error {
  /** Each problem as 'path: message'. */
  readonly problems: readonly string[];
  readonly details: readonly RuleSetProblem[];

  constructor(problems: readonly (string | RuleSetProblem)[]) {
    const details = problems.map((problem) =>
      typeof problem === 'string' ? { check: 'SCHEMA' as const, path: '', ruleIds: [], message: problem } : problem,
    );
    const lines = details.map(describeProblem);
    super(`rule set is invalid (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n- ${lines.join('\n- ')}`);
    this.name = 'RuleSetInvalidError';
    this.problems = lines;
    this.details = details;
  }
}
