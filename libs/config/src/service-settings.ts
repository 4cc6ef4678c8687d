import { ConfigSpec } from './config.loader';

// Settings every OneWindow service has; an app spreads these into its own spec.
export function serviceSettings(service: string, ports: { grpc: number; health: number }) {
  const upper = service.toUpperCase().replace(/-/g, '_');
  return {
    kafkaBrokers: { env: 'KAFKA_BROKERS', kind: 'kafka-brokers' as const, description: 'Kafka bootstrap brokers' },
    mongoUrl: { env: 'MONGO_URL', kind: 'mongo-url' as const, description: 'MongoDB-wire server' },
    database: {
      env: `${upper}_DATABASE`,
      kind: 'string' as const,
      default: `onewindow_${service.replace(/-/g, '_')}`,
      description: `the ${service} service's own database`,
    },
    grpcPort: {
      env: `${upper}_GRPC_PORT`,
      kind: 'port' as const,
      default: String(ports.grpc),
      description: 'gRPC listen port',
    },
    healthPort: {
      env: `${upper}_HEALTH_PORT`,
      kind: 'port' as const,
      default: String(ports.health),
      description: 'HTTP health endpoint port',
    },
    topicPrefix: {
      env: 'KAFKA_TOPIC_PREFIX',
      kind: 'string' as const,
      default: '',
      description: 'namespace for topics and consumer groups when environments share a Kafka cluster',
    },
    bindAddress: {
      env: 'ONEWINDOW_BIND_ADDRESS',
      kind: 'string' as const,
      default: '127.0.0.1',
      description: 'address the service listens on (0.0.0.0 in containers)',
    },
  } satisfies ConfigSpec;
}
