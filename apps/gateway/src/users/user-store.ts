import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import type { StaffRole } from '@onewindow/access';
import { documentKey, documentWriteLock, isDuplicateKeyError } from '@onewindow/persistence';
import { GATEWAY_STORE } from '../gateway-store';
import { hashPassword } from './password-hashing';
import { newUserAccountViolations, normalizeUsername, type NewUserAccount, type UserAccount } from './user-account';
import { UserSchema, type UserDocument } from './user.schema';

function toAccount({ _id, createdAt: _createdAt, ...fields }: UserDocument): UserAccount {
  return { username: _id, ...fields };
}

/** The staff accounts (collection users). Passwords are kept only as argon2id hashes. */
@Injectable()
export class UserStore {
  private readonly users: Model<UserDocument>;

  constructor(@Inject(GATEWAY_STORE) store: Connection) {
    this.users = store.model<UserDocument>('User', UserSchema);
  }

  async find(username: string): Promise<UserAccount | undefined> {
    const doc = await this.users.findById(normalizeUsername(username)).lean<UserDocument>().exec();
    return doc ? toAccount(doc) : undefined;
  }

  /** Creates the account; 'exists' when the username is taken (creating is idempotent for the demo seed). */
  async create(account: NewUserAccount): Promise<'created' | 'exists'> {
    const candidate = { ...account, username: normalizeUsername(account.username) };
    const violations = newUserAccountViolations(candidate);
    if (violations.length > 0) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'BAD_REQUEST',
        message: `account ${candidate.username} is invalid`,
        violations,
      });
    }
    try {
      await this.users.create({
        _id: candidate.username,
        displayName: candidate.displayName.trim(),
        passwordHash: await hashPassword(candidate.password),
        roles: candidate.roles as StaffRole[], // every one checked above
        counties: candidate.counties,
        ...(candidate.agency ? { agency: candidate.agency } : {}),
        failedAttempts: 0,
        disabled: false,
        createdAt: new Date(),
      });
      return 'created';
    } catch (error) {
      if (isDuplicateKeyError(error)) return 'exists';
      throw error;
    }
  }

  /**
   * Reads the account, lets `change` decide, and saves what it returns, one writer of the account at a
   * time (FerretDB does not isolate concurrent updates; see documentWriteLock).
   */
  async update<T>(
    username: string,
    change: (account: UserAccount | undefined) => Promise<{ set?: Partial<UserAccount>; result: T }>,
  ): Promise<T> {
    const id = normalizeUsername(username);
    return documentWriteLock.run(documentKey(this.users, id), async () => {
      const { set, result } = await change(await this.find(id));
      if (set) {
        const { username: _username, ...fields } = set;
        const unset = Object.entries(fields).filter(([, value]) => value === undefined);
        await this.users.updateOne(
          { _id: id },
          {
            $set: Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
            ...(unset.length > 0 ? { $unset: Object.fromEntries(unset.map(([key]) => [key, ''])) } : {}),
          },
        );
      }
      return result;
    });
  }

  /** Disabling keeps the account (and its audit trail) but refuses sign-in and refresh from now on. */
  async setDisabled(username: string, disabled: boolean): Promise<void> {
    await this.update(username, async () => ({ set: { disabled }, result: undefined }));
  }
}
