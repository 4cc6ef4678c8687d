export * from './readiness';
export * from './health.controller';
export * from './bootstrap-service';
export * from './grpc-errors';
export * from './service-infrastructure';
export * from './run-service';
export * from './caller-access';
export * from './trust';
