import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Connection, Model, Schema } from 'mongoose';
import { Kafka, Producer } from 'kafkajs';
import {
  createKafka,
  EventConsumer,
  EventHandler,
  MessagingRuntime,
  OutboxRelay,
  ProcessedEventStore,
} from '@onewindow/messaging';
import { connectMongo, isMongoReady } from '@onewindow/persistence';
import { ReadinessCheck } from './readiness';

export interface ServiceInfrastructureOptions {
  service: string;
  kafkaBrokers: string[];
  mongoUrl: string;
  database: string;
  /** Topics this service publishes to; created (with their DLQs) at start if missing. */
  publishesTo: readonly string[];
  /** Namespace for topics and consumer groups when environments share a cluster; '' in production. */
  topicPrefix: string;
}

/**
 * What every OneWindow service owns below its domain: its own database, a Kafka producer, the outbox
 * relay for its aggregates and its consumers, started after the app is wired and stopped in an
 * order that loses nothing.
 */
export class ServiceInfrastructure implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private readonly consumers: EventConsumer[] = [];
  private readonly consumedTopics = new Set<string>();
  private relay?: OutboxRelay;
  private runtime?: MessagingRuntime;
  readonly processedEvents: ProcessedEventStore;

  private constructor(
    private readonly options: ServiceInfrastructureOptions,
    readonly connection: Connection,
    readonly kafka: Kafka,
    readonly producer: Producer,
  ) {
    this.logger = new Logger(`${options.service}-infrastructure`);
    this.processedEvents = new ProcessedEventStore(connection);
  }

  static async open(options: ServiceInfrastructureOptions): Promise<ServiceInfrastructure> {
    const logger = new Logger(`${options.service}-infrastructure`);
    const connection = await connectMongo({
      url: options.mongoUrl,
      database: options.database,
      appName: `onewindow-${options.service}`,
      log: (message) => logger.warn(message),
    });
    const kafka = createKafka({
      clientId: `onewindow-${options.service}`,
      brokers: options.kafkaBrokers,
      log: logTo(logger),
    });
    return new ServiceInfrastructure(
      options,
      connection,
      kafka,
      kafka.producer({
        allowAutoTopicCreation: false,
        // acks=all and per-partition sequence numbers: a retried request is neither lost nor written twice.
        idempotent: true,
        maxInFlightRequests: 1,
      }),
    );
  }

  model<T>(name: string, schema: Schema<T>): Model<T> {
    return this.connection.model<T>(name, schema);
  }

  relayOutboxOf(models: ConstructorParameters<typeof OutboxRelay>[1]): OutboxRelay {
    this.relay = new OutboxRelay(this.producer, models, {
      topicPrefix: this.options.topicPrefix,
      log: logTo(this.logger),
    });
    return this.relay;
  }

  /**
   * Registers a consumer group `[prefix]onewindow-<service>-<purpose>`; it starts with the app.
   * `repeats: 'recognised-by-handlers'` when every handler finds a redelivered event itself (an id the
   * event determines), so the processed-events store is not consulted.
   */
  consume(
    purpose: string,
    topics: readonly string[],
    handlers: Record<string, EventHandler>,
    { repeats }: { repeats: 'recognised-by-handlers' | 'dropped-by-event-id' } = { repeats: 'dropped-by-event-id' },
  ): void {
    topics.forEach((topic) => this.consumedTopics.add(topic));
    const prefix = this.options.topicPrefix;
    this.consumers.push(
      new EventConsumer({
        kafka: this.kafka,
        producer: this.producer,
        ...(repeats === 'dropped-by-event-id' ? { processedEvents: this.processedEvents } : {}),
        groupId: `${prefix}onewindow-${this.options.service}-${purpose}`,
        topics: topics.map((topic) => `${prefix}${topic}`),
        handlers,
        log: logTo(this.logger),
      }),
    );
  }

  readinessChecks(): ReadinessCheck[] {
    return [
      { name: 'mongodb', isReady: () => isMongoReady(this.connection) },
      { name: 'kafka', isReady: async () => this.runtime?.isReady() ?? false },
    ];
  }

  async onApplicationBootstrap(): Promise<void> {
    const relay = this.relay ?? this.relayOutboxOf([]);
    const topics = [...this.options.publishesTo, ...this.consumedTopics].map((t) => `${this.options.topicPrefix}${t}`);
    this.runtime = new MessagingRuntime(this.kafka, this.producer, relay, this.consumers, topics);
    await this.runtime.start();
    this.logger.log(`Kafka consumers running: ${this.consumers.length}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runtime?.stop();
    await this.connection.close();
  }
}

function logTo(logger: Logger) {
  return (level: 'error' | 'warn' | 'info', message: string) => {
    if (level === 'error') logger.error(message);
    else if (level === 'warn') logger.warn(message);
    else logger.log(message);
  };
}
