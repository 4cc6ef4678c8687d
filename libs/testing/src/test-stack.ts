import { randomUUID } from 'node:crypto';
import { generateCallerKeyPair } from '@onewindow/service-runtime';

/** The real broker and store that the jest global setup started (or the developer pointed us at). */
export function testStack(): { kafkaBrokers: string[]; mongoUrl: string } {
  const brokers = process.env['KAFKA_BROKERS'];
  const mongoUrl = process.env['MONGO_URL'];
  if (!brokers || !mongoUrl) {
    throw new Error(
      'KAFKA_BROKERS and MONGO_URL are not set: run integration tests through `npm test` (jest global setup)',
    );
  }
  return { kafkaBrokers: brokers.split(','), mongoUrl };
}

/** A name no other test uses: databases, topics and consumer groups stay apart between tests. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${randomUUID().slice(0, 8)}`;
}

/** Polls until `probe` returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  { timeoutMs = 20_000, intervalMs = 100, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

/** The intake personal-data key every test harness gives intake unless one is set (never used outside tests). */
export const TEST_INTAKE_PII_KEY = Buffer.from('onewindow-test-key-not-for-use!!').toString('base64');

/**
 * The caller-assertion key pair of this test process: harnesses give services its public half
 * (ONEWINDOW_CALLER_KEYS) and sign their calls with the private half. New in every process.
 */
export const TEST_CALLER_KEYS = generateCallerKeyPair('test');
