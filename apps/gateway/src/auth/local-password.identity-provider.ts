import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { SignedInUser } from '@onewindow/gateway-api';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config';
import { passwordMatches, unmatchableHash } from '../users/password-hashing';
import type { UserAccount } from '../users/user-account';
import { UserStore } from '../users/user-store';
import type { AccountOnRecord, Authentication, IdentityProvider, PasswordProof } from './identity-provider';
import {
  AFTER_SUCCESSFUL_SIGN_IN,
  afterWrongPassword,
  isLocked,
  lockedMessage,
  type LockoutPolicy,
} from './lockout-policy';

function identityOf(account: UserAccount): SignedInUser {
  return {
    username: account.username,
    displayName: account.displayName,
    roles: account.roles,
    counties: account.counties,
    ...(account.agency ? { agency: account.agency } : {}),
  };
}

/** The gateway's own accounts (本地账号): argon2id password hashes, lockout after repeated failures. */
@Injectable()
export class LocalPasswordIdentityProvider implements IdentityProvider<PasswordProof>, OnModuleInit {
  private readonly policy: LockoutPolicy;

  constructor(
    private readonly users: UserStore,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.policy = { maxFailures: config.lockoutFailures, lockMinutes: config.lockoutMinutes };
  }

  /** The dummy hash is made at start, so the first unknown username is not slower than the rest. */
  async onModuleInit() {
    await unmatchableHash();
  }

  authenticate({ username, password }: PasswordProof, now: Date): Promise<Authentication> {
    // One attempt per account at a time, so concurrent guesses are all counted.
    return this.users.update<Authentication>(username, async (account) => {
      // Every path verifies one hash, so an unknown user answers as slowly as a wrong password.
      const matches = await passwordMatches(account?.passwordHash ?? (await unmatchableHash()), password);
      if (!account) return { result: { outcome: 'refused', reason: 'unknown-user' } };
      const onRecord = { roles: account.roles, counties: account.counties };
      if (isLocked(account, now)) {
        return { result: this.locked(account.lockedUntil!, false, onRecord) };
      }
      if (!matches) {
        const { justLocked, ...lockout } = afterWrongPassword(account, now, this.policy);
        const result: Authentication = justLocked
          ? this.locked(lockout.lockedUntil!, true, onRecord)
          : { outcome: 'refused', reason: 'wrong-password', account: onRecord };
        return { set: lockout, result };
      }
      if (account.disabled) return { result: { outcome: 'refused', reason: 'disabled', account: onRecord } };
      const cleared = account.failedAttempts > 0 || account.lockedUntil ? AFTER_SUCCESSFUL_SIGN_IN : undefined;
      return { set: cleared, result: { outcome: 'verified', user: identityOf(account) } };
    });
  }

  private locked(until: Date, justLocked: boolean, account: AccountOnRecord): Authentication {
    return { outcome: 'locked', until, justLocked, account, message: lockedMessage(until, this.policy) };
  }

  async currentIdentity(username: string): Promise<SignedInUser | undefined> {
    const account = await this.users.find(username);
    return account && !account.disabled ? identityOf(account) : undefined;
  }
}
