import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DefaultRuleSets } from '../application/rule-set.provider';

/** The default rule-set files shipped in apps/routing/rules (every *.json but the schema). */
export class DefaultRuleSetFiles implements DefaultRuleSets {
  constructor(private readonly folder: string) {}

  texts(): string[] {
    const files = readdirSync(this.folder).filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'));
    if (files.length === 0) throw new Error(`no rule-set files (*.json) in ${this.folder}`);
    return files.map((file) => readFileSync(join(this.folder, file), 'utf8'));
  }
}
