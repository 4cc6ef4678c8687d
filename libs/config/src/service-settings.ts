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
    callerKeys: {
      env: 'ONEWINDOW_CALLER_KEYS',
      kind: 'string' as const,
      description:
        'public keys whose caller assertions this service trusts: <key id>=<base64 SPKI Ed25519>, current first, then the previous during a rotation',
    },
    grpcTlsCert: {
      env: 'ONEWINDOW_GRPC_TLS_CERT',
      kind: 'string' as const,
      default: '',
      description: 'PEM certificate chain of the gRPC server (empty: plaintext, for 127.0.0.1 in development)',
    },
    grpcTlsKey: {
      env: 'ONEWINDOW_GRPC_TLS_KEY',
      kind: 'string' as const,
      default: '',
      description: 'PEM private key of the gRPC server',
    },
    grpcTlsClientCa: {
      env: 'ONEWINDOW_GRPC_TLS_CLIENT_CA',
      kind: 'string' as const,
      default: '',
      description: 'PEM CA whose client certificates the gRPC server requires (mutual TLS); empty: none required',
    },
  } satisfies ConfigSpec;
}

/** Settings of whatever calls the services: the gateway and the project's tools. */
export function serviceClientSettings() {
  return {
    callerSigningKey: {
      env: 'ONEWINDOW_CALLER_SIGNING_KEY',
      kind: 'string' as const,
      description: 'the Ed25519 key caller assertions are signed with: <key id>=<base64 PKCS#8>',
    },
    grpcClientCa: {
      env: 'ONEWINDOW_GRPC_CLIENT_CA',
      kind: 'string' as const,
      default: '',
      description: 'PEM CA the services’ certificates are checked against (empty: plaintext)',
    },
    grpcClientCert: {
      env: 'ONEWINDOW_GRPC_CLIENT_CERT',
      kind: 'string' as const,
      default: '',
      description: 'PEM client certificate, for services that require mutual TLS',
    },
    grpcClientKey: {
      env: 'ONEWINDOW_GRPC_CLIENT_KEY',
      kind: 'string' as const,
      default: '',
      description: 'PEM private key of the client certificate',
    },
  } satisfies ConfigSpec;
}
