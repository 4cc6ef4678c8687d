import { chinaMinuteOf } from '@onewindow/calendar';

/**
 * Account lockout (账号锁定): after `maxFailures` consecutive wrong passwords the account refuses every
 * sign-in, even with the right password, for `lockMinutes`. A successful sign-in clears the count.
 */
export interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
}

export interface LockoutState {
  failedAttempts: number;
  lockedUntil?: Date;
}

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== undefined && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more wrong password; `justLocked` when this failure is the one that locks. */
export function afterWrongPassword(
  state: LockoutState,
  now: Date,
  policy: LockoutPolicy,
): LockoutState & { justLocked: boolean } {
  // Once a lock has run out the account starts afresh: the next wrong password is the first again.
  const lockRanOut = state.lockedUntil !== undefined && !isLocked(state, now);
  const failedAttempts = (lockRanOut ? 0 : state.failedAttempts) + 1;
  if (failedAttempts >= policy.maxFailures) {
    return {
      failedAttempts,
      lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000),
      justLocked: true,
    };
  }
  return { failedAttempts, lockedUntil: undefined, justLocked: false };
}

export const AFTER_SUCCESSFUL_SIGN_IN: LockoutState = { failedAttempts: 0, lockedUntil: undefined };

/** What a locked-out person is told, in Chinese and English, with the time the lock ends. */
export function lockedMessage(until: Date, policy: LockoutPolicy): string {
  return (
    `账号因连续 ${policy.maxFailures} 次密码错误已被锁定，请于北京时间 ${chinaMinuteOf(until)} 后再试，或联系管理员。` +
    ` Account locked after ${policy.maxFailures} wrong passwords until ${until.toISOString()}.`
  );
}
