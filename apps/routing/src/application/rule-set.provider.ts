import type { CompiledRuleSet } from '../domain';

/** The county rule set live at a moment (the one with the latest effective-from not after it). */
export interface RuleSetProvider {
  /** Undefined when the county has no rule set: its matters go to the supervisor's queue. */
  liveFor(countyCode: string, at: Date): CompiledRuleSet | undefined;
}

export const RULE_SET_PROVIDER = Symbol('RuleSetProvider');

/** A rule-set version as published: the county's rules as JSON text, and when they take effect. */
export interface PublishedRuleSet {
  countyCode: string;
  version: number;
  effectiveFrom: string;
  publishedAt: string;
  json: string;
}

export interface RuleSetStore {
  all(): Promise<PublishedRuleSet[]>;
  /** 'version-taken' when that county already has that version (someone published first). */
  insert(ruleSet: PublishedRuleSet): Promise<'inserted' | 'version-taken'>;
}

export const RULE_SET_STORE = Symbol('RuleSetStore');

/** Where the counties' default rule sets come from when nothing is published yet (the files). */
export interface DefaultRuleSets {
  texts(): string[];
}

export const DEFAULT_RULE_SETS = Symbol('DefaultRuleSets');
