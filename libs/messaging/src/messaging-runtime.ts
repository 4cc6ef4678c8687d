import { Kafka, Producer } from 'kafkajs';
import { EventConsumer } from './event-consumer';
import { ensureTopics } from './kafka-client';
import { OutboxRelay } from './outbox';

/**
 * Starts and stops one service's Kafka side in the order that loses nothing: topics exist before
 * anyone writes; on shutdown consumers stop taking work first, then the relay publishes what is
 * left, then the producer closes.
 */
export class MessagingRuntime {
  private started = false;
  private kafkaReachable = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly producer: Producer,
    private readonly relay: OutboxRelay,
    private readonly consumers: EventConsumer[],
    private readonly topics: readonly string[],
  ) {}

  async start(): Promise<void> {
    await ensureTopics(this.kafka, this.topics);
    await this.producer.connect();
    this.kafkaReachable = true;
    this.producer.on(this.producer.events.DISCONNECT, () => (this.kafkaReachable = false));
    this.producer.on(this.producer.events.CONNECT, () => (this.kafkaReachable = true));
    this.relay.start();
    for (const consumer of this.consumers) await consumer.start();
    this.started = true;
  }

  async stop(): Promise<void> {
    for (const consumer of this.consumers) await consumer.stop();
    await this.relay.stop();
    await this.producer.disconnect();
    this.started = false;
  }

  isReady(): boolean {
    return this.started && this.kafkaReachable;
  }
}
