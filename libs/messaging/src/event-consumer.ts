import { Consumer, EachMessagePayload, Kafka, Producer } from 'kafkajs';
import { deadLetterTopicOf, DeadLetterHeaders } from '@onewindow/contracts';
import { CloudEvent, fromKafkaMessage, PoisonMessageError } from './cloud-event';
import { ProcessedEventStore } from './processed-events';

export interface ConsumedEvent extends CloudEvent {
  topic: string;
  partition: number;
  offset: string;
}

export type EventHandler = (event: ConsumedEvent) => Promise<void>;

export interface EventConsumerOptions {
  kafka: Kafka;
  /** Producer used to write dead letters. */
  producer: Producer;
  /**
   * Remembers handled ce_ids, so a redelivery is dropped. Absent when every handler recognises a repeat
   * itself (by an id the event determines: a matter routed once, a case per referral, a timeline entry
   * per event id), which saves two store operations per event.
   */
  processedEvents?: ProcessedEventStore;
  groupId: string;
  topics: readonly string[];
  /** By CloudEvents type; types without a handler are skipped (other consumers may want them). */
  handlers: Readonly<Record<string, EventHandler>>;
  maxAttempts?: number;
  /** Partitions handled at once (the rest wait their turn); default 6, two topics of three. */
  partitionsConsumedConcurrently?: number;
  initialBackoffMs?: number;
  log?: (level: 'error' | 'warn' | 'info', message: string) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Consumes CloudEvents with at-least-once delivery made effectively-once by ce_id. A handler that
 * keeps failing is retried a bounded number of times with backoff; then the record goes to
 * `<topic>.dlq` with the error, and the partition carries on with the next record.
 */
export class EventConsumer {
  private consumer?: Consumer;
  private readonly maxAttempts: number;
  private readonly initialBackoffMs: number;

  constructor(private readonly options: EventConsumerOptions) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.initialBackoffMs = options.initialBackoffMs ?? 100;
  }

  async start(): Promise<void> {
    const consumer = this.options.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
      // A shorter long-poll lets a graceful shutdown finish in about a second, not five.
      maxWaitTimeInMs: 1000,
      // A crashed instance's partitions move to a live one after 10 s rather than kafkajs's 30 s.
      sessionTimeout: 10_000,
      heartbeatInterval: 3_000,
    });
    this.consumer = consumer;
    await consumer.connect();
    // A new group starts from the beginning so nothing published before its first start is missed.
    await consumer.subscribe({ topics: [...this.options.topics], fromBeginning: true });
    // Partitions are worked on side by side; one matter's events share a key, so a partition, so an order.
    await consumer.run({
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 6,
      eachMessage: (payload) => this.handle(payload),
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  private async handle(payload: EachMessagePayload): Promise<void> {
    const { topic, partition, message } = payload;
    let event: ConsumedEvent;
    try {
      event = { ...fromKafkaMessage(message), topic, partition, offset: message.offset };
    } catch (error) {
      await this.deadLetter(payload, error, 1);
      return;
    }
    const handler = this.options.handlers[event.type];
    if (!handler) return;
    const processed = this.options.processedEvents;
    if (processed && (await processed.has(this.options.groupId, event.id))) return;

    for (let attempt = 1; ; attempt++) {
      try {
        await handler(event);
        break;
      } catch (error) {
        if (error instanceof PoisonMessageError || attempt >= this.maxAttempts) {
          await this.deadLetter(payload, error, attempt);
          break;
        }
        this.options.log?.('warn', `${event.type} ${event.id} failed (attempt ${attempt}): ${String(error)}`);
        await sleep(Math.min(this.initialBackoffMs * 2 ** (attempt - 1), 5000));
        await payload.heartbeat();
      }
    }
    await processed?.remember(this.options.groupId, event.id, topic);
  }

  private async deadLetter({ topic, partition, message }: EachMessagePayload, error: unknown, attempts: number) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.options.log?.(
      'error',
      `dead-lettering ${topic}[${partition}]@${message.offset} after ${attempts} attempt(s): ${reason}`,
    );
    await this.options.producer.send({
      topic: deadLetterTopicOf(topic),
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...message.headers,
            [DeadLetterHeaders.error]: reason,
            [DeadLetterHeaders.attempts]: String(attempts),
            [DeadLetterHeaders.consumerGroup]: this.options.groupId,
            [DeadLetterHeaders.originalTopic]: topic,
            [DeadLetterHeaders.originalPartition]: String(partition),
            [DeadLetterHeaders.originalOffset]: message.offset,
          },
        },
      ],
    });
  }
}
