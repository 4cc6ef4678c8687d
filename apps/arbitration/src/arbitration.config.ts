import { loadConfig, serviceSettings } from '@onewindow/config';

export const ARBITRATION_CONFIG = Symbol('ArbitrationConfig');

export function loadArbitrationConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(
    {
      ...serviceSettings('arbitration', { grpc: 50053, health: 8083 }),
      deadlineScanIntervalMs: {
        env: 'ARBITRATION_DEADLINE_SCAN_INTERVAL_MS',
        kind: 'positive-int' as const,
        default: '60000',
        description: 'how often to look for deadlines whose warning or due day has come',
      },
      deadlineWarnings: {
        env: 'ARBITRATION_DEADLINE_WARNINGS',
        kind: 'string' as const,
        default: '',
        description:
          'working days of warning per deadline kind, e.g. ARBITRATION_AWARD=7 (defaults in watched-case-deadlines.ts)',
      },
    },
    env,
  );
}

export type ArbitrationConfig = ReturnType<typeof loadArbitrationConfig>;
