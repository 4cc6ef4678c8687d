import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection, type Model } from 'mongoose';
import { documentKey, documentWriteLock } from '@onewindow/persistence';
import { GATEWAY_STORE } from '../gateway-store';
import { newRefreshToken, refreshTokenDigest, type RefreshTokenRecord } from './refresh-rotation';

interface RefreshTokenDocument extends RefreshTokenRecord {
  /** SHA-256 of the token; the token itself is never stored. */
  _id: string;
}

const RefreshTokenSchema = new Schema<RefreshTokenDocument>(
  {
    _id: { type: String, required: true },
    family: { type: String, required: true, index: true },
    username: { type: String, required: true, index: true },
    issuedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date },
    revokedAt: { type: Date },
  },
  { collection: 'refresh_tokens', versionKey: false },
);

/** Refresh tokens by digest (collection refresh_tokens). */
@Injectable()
export class RefreshTokenStore {
  private readonly tokens: Model<RefreshTokenDocument>;

  constructor(@Inject(GATEWAY_STORE) store: Connection) {
    this.tokens = store.model<RefreshTokenDocument>('RefreshToken', RefreshTokenSchema);
  }

  /** Issues the next token of a family; returns the token the client is given. */
  async issue(record: Omit<RefreshTokenRecord, 'usedAt' | 'revokedAt'>): Promise<string> {
    const token = newRefreshToken();
    await this.tokens.create({ _id: refreshTokenDigest(token), ...record });
    return token;
  }

  /** Runs `work` with the presented token's record, one presentation of a token at a time. */
  withRecord<T>(
    token: string,
    work: (record: RefreshTokenRecord | undefined, digest: string) => Promise<T>,
  ): Promise<T> {
    const digest = refreshTokenDigest(token);
    return documentWriteLock.run(documentKey(this.tokens, digest), async () => {
      const doc = await this.tokens.findById(digest).lean<RefreshTokenDocument>().exec();
      if (!doc) return work(undefined, digest);
      const { _id, ...record } = doc;
      return work(record, digest);
    });
  }

  async markUsed(digest: string, at: Date): Promise<void> {
    await this.tokens.updateOne({ _id: digest }, { $set: { usedAt: at } });
  }

  async revokeFamily(family: string, at: Date): Promise<void> {
    await this.tokens.updateMany({ family, revokedAt: { $exists: false } }, { $set: { revokedAt: at } });
  }

  /** The store keeps no TTL index (FerretDB v1 has none): a user's expired tokens go when they next sign in. */
  async forgetExpired(username: string, now: Date): Promise<void> {
    await this.tokens.deleteMany({ username, expiresAt: { $lte: now } });
  }
}
