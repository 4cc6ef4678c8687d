export * from './cloud-event';
export * from './kafka-client';
export * from './outbox';
export * from './processed-events';
export * from './event-consumer';
export * from './messaging-runtime';
