import { loadConfig, serviceSettings } from '@onewindow/config';

export const INTAKE_CONFIG = Symbol('IntakeConfig');

export function loadIntakeConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(serviceSettings('intake', { grpc: 50051, health: 8081 }), env);
}

export type IntakeConfig = ReturnType<typeof loadIntakeConfig>;
