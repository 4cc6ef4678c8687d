import { join } from 'node:path';
import { loadConfig, serviceSettings } from '@onewindow/config';

export const ROUTING_CONFIG = Symbol('RoutingConfig');

export function loadRoutingConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(
    {
      ...serviceSettings('routing', { grpc: 50052, health: 8082 }),
      rulesDir: {
        env: 'ROUTING_RULES_DIR',
        kind: 'string' as const,
        default: join(__dirname, '../rules'),
        description: 'folder of the counties’ default “1+X” rule-set files',
      },
      escalationIntervalMs: {
        env: 'ROUTING_ESCALATION_INTERVAL_MS',
        kind: 'positive-int' as const,
        default: '60000',
        description:
          'how often to scan routing’s deadlines: a warning on a referral’s acknowledge-by day, the escalation after it',
      },
    },
    env,
  );
}

export type RoutingConfig = ReturnType<typeof loadRoutingConfig>;
