import { ConfigurationError, loadConfig, serviceSettings } from '@onewindow/config';
import { PERSONAL_DATA_KEY_BYTES } from './infrastructure/personal-data-cipher';

export const INTAKE_CONFIG = Symbol('IntakeConfig');

const settings = {
  ...serviceSettings('intake', { grpc: 50051, health: 8081 }),
  personalDataKey: {
    env: 'INTAKE_PII_KEY',
    kind: 'string' as const,
    description: `key sealing identity and phone numbers at rest: base64 of ${PERSONAL_DATA_KEY_BYTES} random bytes, e.g. from \`openssl rand -base64 ${PERSONAL_DATA_KEY_BYTES}\``,
  },
  personalDataKeyId: {
    env: 'INTAKE_PII_KEY_ID',
    kind: 'string' as const,
    default: 'k1',
    description: 'name of that key, stored with every sealed value so keys can be rotated',
  },
};

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const KEY_ID = /^[A-Za-z0-9._-]{1,32}$/;

export function loadIntakeConfig(env: NodeJS.ProcessEnv = process.env) {
  const { personalDataKey, ...config } = loadConfig(settings, env);
  // Never echo the key itself: only what is wrong with it.
  const key = BASE64.test(personalDataKey.trim()) ? Buffer.from(personalDataKey.trim(), 'base64') : undefined;
  const problems = [
    ...(key?.length === PERSONAL_DATA_KEY_BYTES
      ? []
      : [
          `INTAKE_PII_KEY must be the base64 of exactly ${PERSONAL_DATA_KEY_BYTES} bytes; got ${
            key ? `${key.length} bytes` : 'text that is not base64'
          }`,
        ]),
    ...(KEY_ID.test(config.personalDataKeyId)
      ? []
      : [`INTAKE_PII_KEY_ID must be 1–32 letters, digits, '.', '_' or '-'; got "${config.personalDataKeyId}"`]),
  ];
  if (problems.length > 0) throw new ConfigurationError(problems);
  return { ...config, personalDataKey: key! };
}

export type IntakeConfig = ReturnType<typeof loadIntakeConfig>;
