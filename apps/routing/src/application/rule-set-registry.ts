import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { checkRuleSetFileForPublishing, compileRuleSet, CompiledRuleSet, parseRuleSetJson, RuleSet } from '../domain';
import {
  DEFAULT_RULE_SETS,
  DefaultRuleSets,
  PublishedRuleSet,
  RULE_SET_STORE,
  RuleSetProvider,
  RuleSetStore,
} from './rule-set.provider';

export interface RuleSetProblem {
  at: string;
  description: string;
}

export class RuleSetRejectedError extends Error {
  constructor(readonly problems: RuleSetProblem[]) {
    super(`rule set refused: ${problems.map((p) => `${p.at}: ${p.description}`).join('; ')}`);
    this.name = 'RuleSetRejectedError';
  }
}

export class RuleSetNotFoundError extends Error {
  constructor(countyCode: string, version: number) {
    super(`no rule set ${version ? `version ${version} ` : ''}for county ${countyCode}`);
    this.name = 'RuleSetNotFoundError';
  }
}

interface Loaded {
  published: PublishedRuleSet;
  compiled: CompiledRuleSet;
}

const toText = (ruleSet: RuleSet) =>
  JSON.stringify(
    {
      countyCodes: [ruleSet.countyCode],
      version: ruleSet.version,
      effectiveFrom: ruleSet.effectiveFrom,
      rules: ruleSet.rules,
    },
    null,
    2,
  );

/**
 * The counties' rule sets, versioned in routing's database and compiled once. A county with nothing
 * published starts from its default file. A published version applies to matters registered from its
 * effective-from time on, never to earlier ones.
 */
@Injectable()
export class RuleSetRegistry implements RuleSetProvider, OnModuleInit {
  private byCounty = new Map<string, Loaded[]>();

  constructor(
    @Inject(RULE_SET_STORE) private readonly store: RuleSetStore,
    @Inject(DEFAULT_RULE_SETS) private readonly defaults: DefaultRuleSets,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.reload();
    const seeded = new Set(this.byCounty.keys());
    for (const text of this.defaults.texts()) {
      for (const ruleSet of parseRuleSetJson(text).filter((r) => !seeded.has(r.countyCode))) {
        await this.store.insert({ ...this.describe(ruleSet), publishedAt: new Date().toISOString() });
      }
    }
    await this.reload();
  }

  private describe(ruleSet: RuleSet): Omit<PublishedRuleSet, 'publishedAt'> {
    return {
      countyCode: ruleSet.countyCode,
      version: ruleSet.version,
      effectiveFrom: ruleSet.effectiveFrom,
      json: toText(ruleSet),
    };
  }

  private async reload(): Promise<void> {
    const byCounty = new Map<string, Loaded[]>();
    for (const published of await this.store.all()) {
      const [ruleSet] = parseRuleSetJson(published.json);
      const list = byCounty.get(published.countyCode) ?? [];
      list.push({ published, compiled: compileRuleSet(ruleSet!) });
      byCounty.set(published.countyCode, list);
    }
    for (const list of byCounty.values()) list.sort((a, b) => b.compiled.version - a.compiled.version);
    this.byCounty = byCounty;
  }

  liveFor(countyCode: string, at: Date): CompiledRuleSet | undefined {
    return this.liveEntry(countyCode, at)?.compiled;
  }

  private liveEntry(countyCode: string, at: Date): Loaded | undefined {
    return this.byCounty
      .get(countyCode)
      ?.filter((entry) => Date.parse(entry.compiled.effectiveFrom) <= at.getTime())
      .sort((a, b) => Date.parse(b.compiled.effectiveFrom) - Date.parse(a.compiled.effectiveFrom))[0];
  }

  get(countyCode: string, version: number, now = new Date()): PublishedRuleSet {
    const entry = version
      ? this.byCounty.get(countyCode)?.find((e) => e.compiled.version === version)
      : this.liveEntry(countyCode, now);
    if (!entry) throw new RuleSetNotFoundError(countyCode, version);
    return entry.published;
  }

  /**
   * Every problem that would stop this text from being published, empty when it could be: the schema,
   * coverage of every claim category and conflicts without precedence (domain checks), then versions
   * and effective-from times against what is already published.
   */
  check(text: string, now = new Date()): { ruleSets: RuleSet[]; problems: RuleSetProblem[] } {
    const problems: RuleSetProblem[] = checkRuleSetFileForPublishing(text).map((problem) => ({
      at: problem.path || '(file)',
      description: problem.message,
    }));
    if (problems.length > 0) return { ruleSets: [], problems };
    const ruleSets = parseRuleSetJson(text);
    for (const ruleSet of ruleSets) {
      const latest = this.byCounty.get(ruleSet.countyCode)?.[0]?.compiled.version ?? 0;
      if (ruleSet.version <= latest) {
        problems.push({
          at: `${ruleSet.countyCode}.version`,
          description: `must be greater than the published version ${latest}`,
        });
      }
      if (Date.parse(ruleSet.effectiveFrom) < now.getTime()) {
        problems.push({
          at: `${ruleSet.countyCode}.effectiveFrom`,
          description: 'must not be in the past: a rule set applies to matters registered after it is published',
        });
      }
    }
    return { ruleSets, problems };
  }

  async publish(text: string, now = new Date()): Promise<PublishedRuleSet[]> {
    const { ruleSets, problems } = this.check(text, now);
    if (problems.length > 0) throw new RuleSetRejectedError(problems);
    const published: PublishedRuleSet[] = [];
    for (const ruleSet of ruleSets) {
      const record = { ...this.describe(ruleSet), publishedAt: now.toISOString() };
      if ((await this.store.insert(record)) === 'version-taken') {
        throw new RuleSetRejectedError([
          { at: `${ruleSet.countyCode}.version`, description: `version ${ruleSet.version} was published meanwhile` },
        ]);
      }
      published.push(record);
    }
    await this.reload();
    return published;
  }
}
