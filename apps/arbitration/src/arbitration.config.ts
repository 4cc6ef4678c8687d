import { loadConfig, serviceSettings } from '@onewindow/config';

export const ARBITRATION_CONFIG = Symbol('ArbitrationConfig');

export function loadArbitrationConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(serviceSettings('arbitration', { grpc: 50053, health: 8083 }), env);
}

export type ArbitrationConfig = ReturnType<typeof loadArbitrationConfig>;
