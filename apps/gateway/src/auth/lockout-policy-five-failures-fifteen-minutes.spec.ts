import { chinaMinuteOf } from '@onewindow/calendar';
import { afterWrongPassword, isLocked, lockedMessage, type LockoutState } from './lockout-policy';

const policy = { maxFailures: 5, lockMinutes: 15 };
const at = (time: string) => new Date(`2026-03-02T${time}:00+08:00`);

function wrongPasswords(count: number, state: LockoutState = { failedAttempts: 0 }, now = at('09:00')) {
  let current = state;
  let justLocked = false;
  for (let i = 0; i < count; i++) ({ justLocked, ...current } = afterWrongPassword(current, now, policy));
  return { ...current, justLocked };
}

describe('lockout after consecutive wrong passwords', () => {
  it('counts four wrong passwords without locking', () => {
    const state = wrongPasswords(4);
    expect(state).toEqual({ failedAttempts: 4, lockedUntil: undefined, justLocked: false });
    expect(isLocked(state, at('09:00'))).toBe(false);
  });

  it('locks on the fifth for fifteen minutes, and says so once', () => {
    const state = wrongPasswords(5);
    expect(state.justLocked).toBe(true);
    expect(state.lockedUntil).toEqual(at('09:15'));
    expect(isLocked(state, at('09:14'))).toBe(true);
    expect(isLocked(state, at('09:15'))).toBe(false);
  });

  it('starts counting afresh once the lock has run out', () => {
    const locked = wrongPasswords(5);
    const after = afterWrongPassword(locked, at('09:20'), policy);
    expect(after).toEqual({ failedAttempts: 1, lockedUntil: undefined, justLocked: false });
  });

  it('tells the person until when, in Beijing time and in UTC', () => {
    const message = lockedMessage(at('09:15'), policy);
    expect(chinaMinuteOf(at('09:15'))).toBe('2026-03-02 09:15');
    expect(message).toContain('北京时间 2026-03-02 09:15');
    expect(message).toContain('until 2026-03-02T01:15:00.000Z');
    expect(message).toContain('连续 5 次');
  });
});
