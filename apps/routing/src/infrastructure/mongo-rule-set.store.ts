import { Model, Schema } from 'mongoose';
import { isDuplicateKeyError } from '@onewindow/persistence';
import type { PublishedRuleSet, RuleSetStore } from '../application/rule-set.provider';

export interface RuleSetDocument extends PublishedRuleSet {
  /** `<county>:<version>`: a version is published once per county. */
  _id: string;
}

export const RuleSetSchema = new Schema<RuleSetDocument>(
  {
    _id: { type: String, required: true },
    countyCode: { type: String, required: true },
    version: { type: Number, required: true },
    effectiveFrom: { type: String, required: true },
    publishedAt: { type: String, required: true },
    json: { type: String, required: true },
  },
  { collection: 'rule_sets', versionKey: false },
);

export class MongoRuleSetStore implements RuleSetStore {
  constructor(private readonly model: Model<RuleSetDocument>) {}

  async all(): Promise<PublishedRuleSet[]> {
    const docs = await this.model.find().lean<RuleSetDocument[]>().exec();
    return docs.map(({ _id, ...ruleSet }) => ruleSet);
  }

  async insert(ruleSet: PublishedRuleSet): Promise<'inserted' | 'version-taken'> {
    try {
      await this.model.create({ _id: `${ruleSet.countyCode}:${ruleSet.version}`, ...ruleSet });
      return 'inserted';
    } catch (error) {
      if (isDuplicateKeyError(error)) return 'version-taken';
      throw error;
    }
  }
}
