import type { CompiledRuleSet } from '../domain';

/** Where the live rule set of a county comes from (files today; versioned records in the database next). */
export interface RuleSetProvider {
  /** Undefined when the county has no rule set: its matters go to the supervisor's queue. */
  liveFor(countyCode: string): CompiledRuleSet | undefined;
}

export const RULE_SET_PROVIDER = Symbol('RuleSetProvider');
