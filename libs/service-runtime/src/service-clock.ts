import { readFileSync } from 'node:fs';

/** Where a service reads the time from: every step's "now", so a test or training system can move it on. */
export interface ServiceClock {
  now(): Date;
}

export const SERVICE_CLOCK = Symbol('SERVICE_CLOCK');

/**
 * The system's clock, or — outside production, with ONEWINDOW_CLOCK_OFFSET_FILE set — the system's clock
 * moved on by the milliseconds that file holds, read on every call: an end-to-end test (or a training
 * system) moves a whole journey forward to a hearing's day without waiting for it. Production refuses it,
 * so a deployed service cannot be told another time.
 */
export function serviceClock(env: NodeJS.ProcessEnv = process.env): ServiceClock {
  const offsetFile = env.ONEWINDOW_CLOCK_OFFSET_FILE;
  if (!offsetFile) return { now: () => new Date() };
  if (env.NODE_ENV === 'production') {
    throw new Error('ONEWINDOW_CLOCK_OFFSET_FILE moves the clock for tests and training; it is refused in production');
  }
  return {
    now() {
      const offset = Number(readFileSync(offsetFile, 'utf8').trim() || '0');
      if (!Number.isSafeInteger(offset)) throw new Error(`${offsetFile} must hold whole milliseconds; got ${offset}`);
      return new Date(Date.now() + offset);
    },
  };
}
