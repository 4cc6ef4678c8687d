import { INestApplication } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { Connection } from 'mongoose';
import { ProtoFiles } from '@onewindow/contracts';
import { createKafka } from '@onewindow/messaging';
import { connectMongo } from '@onewindow/persistence';
import { bootstrapService } from '@onewindow/service-runtime';
import { freePort, grpcClient, GrpcClient, testStack, uniqueName } from '@onewindow/testing';
import { IntakeModule } from '../src/intake.module';

/**
 * The intake service wired exactly as in production, against the real broker and store, in a
 * namespace (database, topic prefix, consumer groups) of its own so test files cannot interfere.
 */
export class IntakeServiceHarness {
  readonly database = uniqueName('intake_it');
  readonly topicPrefix = `${uniqueName('it')}.`;
  readonly kafka: Kafka;
  app?: INestApplication;
  client?: GrpcClient;
  store?: Connection;

  constructor() {
    this.kafka = createKafka({ clientId: 'intake-it', brokers: testStack().kafkaBrokers });
  }

  topic(name: string): string {
    return `${this.topicPrefix}${name}`;
  }

  async start(): Promise<this> {
    const [grpcPort, healthPort] = [await freePort(), await freePort()];
    Object.assign(process.env, {
      INTAKE_DATABASE: this.database,
      INTAKE_GRPC_PORT: String(grpcPort),
      INTAKE_HEALTH_PORT: String(healthPort),
      KAFKA_TOPIC_PREFIX: this.topicPrefix,
    });
    this.app = await bootstrapService({
      name: 'intake',
      module: IntakeModule,
      grpc: { package: 'onewindow.intake.v1', protoFile: ProtoFiles.intake, port: grpcPort },
      healthPort,
      bindAddress: '127.0.0.1',
    });
    this.client = grpcClient('intake', `127.0.0.1:${grpcPort}`);
    this.store ??= await connectMongo({ url: testStack().mongoUrl, database: this.database, appName: 'intake-it' });
    return this;
  }

  async stop(): Promise<void> {
    this.client?.close();
    await this.app?.close();
    this.app = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    await this.store?.dropDatabase();
    await this.store?.close();
  }
}
