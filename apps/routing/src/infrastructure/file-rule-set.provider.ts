import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRuleSet, CompiledRuleSet, parseRuleSetJson } from '../domain';
import type { RuleSetProvider } from '../application/rule-set.provider';

/**
 * Loads every rule-set file in a folder once at start and compiles it; a bad file stops the service
 * at start with the file named, rather than misrouting matters later.
 */
export class FileRuleSetProvider implements RuleSetProvider {
  private readonly byCounty = new Map<string, CompiledRuleSet[]>();

  constructor(folder: string) {
    const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
    if (files.length === 0) throw new Error(`no rule-set files (*.json) in ${folder}`);
    for (const file of files) {
      let compiled: CompiledRuleSet[];
      try {
        compiled = parseRuleSetJson(readFileSync(join(folder, file), 'utf8')).map(compileRuleSet);
      } catch (error) {
        throw new Error(`rule-set file ${file} is invalid: ${error instanceof Error ? error.message : String(error)}`);
      }
      for (const ruleSet of compiled) {
        const list = this.byCounty.get(ruleSet.countyCode) ?? [];
        list.push(ruleSet);
        list.sort((a, b) => Date.parse(b.effectiveFrom) - Date.parse(a.effectiveFrom));
        this.byCounty.set(ruleSet.countyCode, list);
      }
    }
  }

  liveFor(countyCode: string, at = new Date()): CompiledRuleSet | undefined {
    return this.byCounty.get(countyCode)?.find((ruleSet) => Date.parse(ruleSet.effectiveFrom) <= at.getTime());
  }
}
