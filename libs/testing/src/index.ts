export * from './test-stack';
export * from './topic-recorder';
export * from './service-process';
export * from './free-port';
export * from './grpc-client';
export * from './sample-matters';
export * from './in-process-service';
