import { Model, Schema } from 'mongoose';
import { documentWriteLock, updateWhere } from '@onewindow/persistence';
import type { AgencyCredentialStore } from '../application/agency-credentials';
import type { AgencyCredential } from '../domain/agency-credential';

export interface AgencyCredentialDocument extends Omit<AgencyCredential, 'credentialId'> {
  _id: string;
  /** The first of countyCodes: every record carries its county. */
  countyCode: string;
}

export const AgencyCredentialSchema = new Schema<AgencyCredentialDocument>(
  {
    _id: { type: String, required: true },
    countyCode: { type: String, required: true },
    agency: { type: String, required: true },
    countyCodes: { type: [String], required: true },
    label: { type: String, required: true },
    issuedBy: { type: String, required: true },
    issuedAt: { type: String, required: true },
    revokedAt: String,
    revokedBy: String,
    secretHash: { type: String, required: true },
  },
  { collection: 'agency_credentials', versionKey: false },
);

const fromDocument = ({ _id, countyCode: _county, ...rest }: AgencyCredentialDocument): AgencyCredential => ({
  credentialId: _id,
  ...rest,
});

/**
 * A handful of credentials per county: every call that carries one reads it by _id (so a revocation
 * takes effect on the next call); only the supervisor's listing reads more.
 */
export class MongoAgencyCredentialStore implements AgencyCredentialStore {
  constructor(private readonly model: Model<AgencyCredentialDocument>) {}

  async insert(credential: AgencyCredential): Promise<void> {
    const { credentialId, ...rest } = credential;
    await this.model.create({ _id: credentialId, countyCode: credential.countyCodes[0], ...rest });
  }

  async findById(credentialId: string): Promise<AgencyCredential | undefined> {
    const doc = await this.model.findById(credentialId).lean<AgencyCredentialDocument>().exec();
    return doc ? fromDocument(doc) : undefined;
  }

  async revoke(credentialId: string, revokedBy: string, at: Date): Promise<AgencyCredential | undefined> {
    // The first revocation is the one on record.
    await documentWriteLock.run(`${this.model.db.name}.agency_credentials:${credentialId}`, () =>
      updateWhere(
        this.model,
        credentialId,
        { revokedAt: { $exists: false } },
        {
          $set: { revokedAt: at.toISOString(), revokedBy },
        },
      ),
    );
    return this.findById(credentialId);
  }

  async reaching(countyCodes: string[]): Promise<AgencyCredential[]> {
    const docs = await this.model
      .find({ countyCodes: { $in: countyCodes } })
      .sort({ issuedAt: -1 })
      .lean<AgencyCredentialDocument[]>()
      .exec();
    return docs.map(fromDocument);
  }
}
