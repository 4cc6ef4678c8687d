import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '@onewindow/config';
import { generateCallerKeyPair } from '@onewindow/service-runtime';
import { loadIntakeConfig } from './intake.config';

const BASE = {
  KAFKA_BROKERS: '127.0.0.1:9092',
  MONGO_URL: 'mongodb://127.0.0.1:27017/',
  ONEWINDOW_CALLER_KEYS: generateCallerKeyPair('k').trustedKey,
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadIntakeConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe('intake configuration: the key sealing personal data', () => {
  it('reads a base64 key of 32 bytes, named k1 unless told otherwise', () => {
    const key = randomBytes(32);
    const config = loadIntakeConfig({ ...BASE, INTAKE_PII_KEY: key.toString('base64') });
    expect(config.personalDataKey.equals(key)).toBe(true);
    expect(config.personalDataKeyId).toBe('k1');
    expect(
      loadIntakeConfig({ ...BASE, INTAKE_PII_KEY: key.toString('base64'), INTAKE_PII_KEY_ID: '2026-q1' })
        .personalDataKeyId,
    ).toBe('2026-q1');
  });

  it('refuses to start without a key, saying how to make one', () => {
    expect(problemsOf(BASE)).toEqual([expect.stringMatching(/^INTAKE_PII_KEY is required .*openssl rand -base64 32/)]);
  });

  it('refuses to start without the keys its callers sign with', () => {
    const { ONEWINDOW_CALLER_KEYS: _keys, ...withoutCallerKeys } = BASE;
    const key = randomBytes(32).toString('base64');
    expect(problemsOf({ ...withoutCallerKeys, INTAKE_PII_KEY: key })).toEqual([
      expect.stringMatching(/^ONEWINDOW_CALLER_KEYS is required \(public keys whose caller assertions/),
    ]);
  });

  it('refuses a key of the wrong length, and never repeats the key in the message', () => {
    const short = randomBytes(16).toString('base64');
    const problems = problemsOf({ ...BASE, INTAKE_PII_KEY: short });
    expect(problems).toEqual(['INTAKE_PII_KEY must be the base64 of exactly 32 bytes; got 16 bytes']);
    expect(problems.join()).not.toContain(short);
  });

  it('refuses a key that is not base64 and a key id with spaces, both at once', () => {
    expect(problemsOf({ ...BASE, INTAKE_PII_KEY: 'not a key!', INTAKE_PII_KEY_ID: 'key one' })).toEqual([
      'INTAKE_PII_KEY must be the base64 of exactly 32 bytes; got text that is not base64',
      `INTAKE_PII_KEY_ID must be 1–32 letters, digits, '.', '_' or '-'; got "key one"`,
    ]);
  });
});
