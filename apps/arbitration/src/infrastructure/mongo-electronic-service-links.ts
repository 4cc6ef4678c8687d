import type { Model } from 'mongoose';
import type { ElectronicServiceLinks } from '../application/electronic-service.use-case';
import type { ArbitrationCaseDocument } from './arbitration-case.schema';

/** 电子送达 links by their token's hash, through the index on `electronicService.tokenHash` (never a scan). */
export class MongoElectronicServiceLinks implements ElectronicServiceLinks {
  constructor(private readonly cases: Model<ArbitrationCaseDocument>) {}

  async caseIdOf(tokenHash: string): Promise<string | undefined> {
    const found = await this.cases
      .findOne({ 'electronicService.tokenHash': tokenHash }, { _id: 1 })
      .lean<{ _id: string }>()
      .exec();
    return found?._id;
  }
}
