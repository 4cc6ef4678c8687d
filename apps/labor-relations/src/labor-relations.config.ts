import { loadConfig, serviceSettings } from '@onewindow/config';

export const LABOR_RELATIONS_CONFIG = Symbol('LaborRelationsConfig');

export function loadLaborRelationsConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(
    {
      ...serviceSettings('labor-relations', { grpc: 50056, health: 8086 }),
      deadlineScanIntervalMs: {
        env: 'LABOR_RELATIONS_DEADLINE_SCAN_INTERVAL_MS',
        kind: 'positive-int' as const,
        default: '60000',
        description:
          'how often to look for guidance follow-ups (复查) and planned layoff days whose warning or last day has come',
      },
    },
    env,
  );
}

export type LaborRelationsConfig = ReturnType<typeof loadLaborRelationsConfig>;
