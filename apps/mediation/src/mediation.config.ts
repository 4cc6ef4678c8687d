import { loadConfig, serviceSettings } from '@onewindow/config';

export const MEDIATION_CONFIG = Symbol('MediationConfig');

export function loadMediationConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(
    {
      ...serviceSettings('mediation', { grpc: 50054, health: 8084 }),
      deadlineScanIntervalMs: {
        env: 'MEDIATION_DEADLINE_SCAN_INTERVAL_MS',
        kind: 'positive-int' as const,
        default: '60000',
        description:
          'how often to look for mediation periods and agreed instalments whose warning or last day has come (a breach ends the case)',
      },
    },
    env,
  );
}

export type MediationConfig = ReturnType<typeof loadMediationConfig>;
