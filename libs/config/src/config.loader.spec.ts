import { ConfigurationError, loadConfig } from './config.loader';

const spec = {
  brokers: { env: 'KAFKA_BROKERS', kind: 'kafka-brokers', description: 'Kafka' },
  port: { env: 'GRPC_PORT', kind: 'port', default: '50051', description: 'gRPC port' },
  mongo: { env: 'MONGO_URL', kind: 'mongo-url', description: 'store' },
} as const;

describe('loadConfig', () => {
  it('parses typed values and applies defaults', () => {
    const config = loadConfig(spec, {
      KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9093',
      MONGO_URL: 'mongodb://127.0.0.1:1/',
    });
    expect(config.brokers).toEqual(['127.0.0.1:9092', '127.0.0.1:9093']);
    expect(config.port).toBe(50051);
  });

  it('reports every problem at once, naming the variable', () => {
    expect.assertions(4);
    try {
      loadConfig(spec, { GRPC_PORT: '70000', MONGO_URL: 'postgres://x' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      const { problems } = error as ConfigurationError;
      expect(problems).toContain('KAFKA_BROKERS is required (Kafka)');
      expect(problems.some((p) => p.startsWith('GRPC_PORT (gRPC port) must be a port'))).toBe(true);
      expect(problems.some((p) => p.startsWith('MONGO_URL (store) must be a mongodb:// URL'))).toBe(true);
    }
  });
});
