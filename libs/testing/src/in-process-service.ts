import { INestApplication, Type } from '@nestjs/common';
import { Kafka, Producer } from 'kafkajs';
import { Connection } from 'mongoose';
import { ProtoFiles } from '@onewindow/contracts';
import { CloudEvent, createKafka, toKafkaMessage } from '@onewindow/messaging';
import { connectMongo } from '@onewindow/persistence';
import { bootstrapService } from '@onewindow/service-runtime';
import { freePort } from './free-port';
import { grpcClient, GrpcClient, GrpcServiceName } from './grpc-client';
import { TEST_CALLER_KEYS, TEST_INTAKE_PII_KEY, testStack, uniqueName } from './test-stack';
import { TopicRecorder } from './topic-recorder';

/**
 * One service wired exactly as in production (its Nest module, gRPC server, Kafka consumers and
 * outbox relay) against the real broker and store, in a namespace of its own — database, topic
 * prefix, consumer groups — so integration test files cannot interfere with each other.
 */
export class InProcessService {
  readonly database: string;
  readonly topicPrefix = `${uniqueName('it')}.`;
  readonly kafka: Kafka;
  app?: INestApplication;
  client?: GrpcClient;
  store?: Connection;
  private producer?: Producer;
  private readonly recorders: TopicRecorder[] = [];

  constructor(
    private readonly service: GrpcServiceName,
    private readonly module: Type<unknown>,
  ) {
    this.database = uniqueName(`${service}_it`);
    this.kafka = createKafka({ clientId: `${service}-it`, brokers: testStack().kafkaBrokers });
  }

  topic(name: string): string {
    return `${this.topicPrefix}${name}`;
  }

  async start(): Promise<this> {
    const [grpcPort, healthPort] = [await freePort(), await freePort()];
    const upper = this.service.toUpperCase().replace(/-/g, '_');
    // The app reads its validated configuration from the environment, as in production.
    Object.assign(process.env, {
      [`${upper}_DATABASE`]: this.database,
      [`${upper}_GRPC_PORT`]: String(grpcPort),
      [`${upper}_HEALTH_PORT`]: String(healthPort),
      KAFKA_TOPIC_PREFIX: this.topicPrefix,
      INTAKE_PII_KEY: process.env.INTAKE_PII_KEY ?? TEST_INTAKE_PII_KEY,
      ONEWINDOW_CALLER_KEYS: TEST_CALLER_KEYS.trustedKey,
    });
    this.app = await bootstrapService({
      name: this.service,
      module: this.module,
      grpc: {
        package: `onewindow.${this.service.replace(/-/g, '_')}.v1`,
        protoFile: ProtoFiles[this.service],
        port: grpcPort,
      },
      healthPort,
      bindAddress: '127.0.0.1',
      trust: {
        callerKeys: TEST_CALLER_KEYS.trustedKey,
        tls: { certFile: '', keyFile: '', clientCaFile: '' },
      },
    });
    this.client = grpcClient(this.service, `127.0.0.1:${grpcPort}`);
    this.store ??= await connectMongo({
      url: testStack().mongoUrl,
      database: this.database,
      appName: `${this.service}-it`,
    });
    return this;
  }

  /** Records every message on these topics (names without the prefix) from the beginning. */
  async record(...topics: string[]): Promise<TopicRecorder> {
    const recorder = await new TopicRecorder(this.kafka).start(topics.map((t) => this.topic(t)));
    this.recorders.push(recorder);
    return recorder;
  }

  /** Publishes events to a topic (name without the prefix) as another service would. */
  async publish(topic: string, ...events: CloudEvent[]): Promise<void> {
    if (!this.producer) {
      this.producer = this.kafka.producer();
      await this.producer.connect();
    }
    await this.producer.send({ topic: this.topic(topic), messages: events.map(toKafkaMessage) });
  }

  /** Graceful stop, as on SIGTERM. */
  async stop(): Promise<void> {
    this.client?.close();
    await this.app?.close();
    this.app = undefined;
  }

  async dispose(): Promise<void> {
    await this.producer?.disconnect();
    await Promise.all(this.recorders.map((recorder) => recorder.stop()));
    await this.stop();
    await this.store?.dropDatabase();
    await this.store?.close();
  }
}
