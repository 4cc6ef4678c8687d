import { loadConfig, serviceSettings } from '@onewindow/config';

export const INSPECTION_CONFIG = Symbol('InspectionConfig');

export function loadInspectionConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(
    {
      ...serviceSettings('inspection', { grpc: 50055, health: 8085 }),
      deadlineScanIntervalMs: {
        env: 'INSPECTION_DEADLINE_SCAN_INTERVAL_MS',
        kind: 'positive-int' as const,
        default: '60000',
        description:
          'how often to look for inspection deadlines (acceptance, investigation, follow-up check, listing hearing) whose warning or last day has come',
      },
    },
    env,
  );
}

export type InspectionConfig = ReturnType<typeof loadInspectionConfig>;
