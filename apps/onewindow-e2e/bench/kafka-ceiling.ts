// The broker's own ceiling on this machine: messages produced with the services' producer settings and
// consumed back by a fresh consumer group, on a scratch topic deleted afterwards.
import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { BenchmarkFailure, withTimeout, type Deadline } from './load-driver';
import { perSecond } from './stats';

export interface KafkaCeiling {
  messages: number;
  messageBytes: number;
  /** Sends acknowledged (acks=all) per second. */
  producedPerSecond: number;
  /** From the first send to the last message consumed. */
  endToEndPerSecond: number;
}

// The outbox relay sends what is pending in one request; a hundred is a busy moment's batch.
const BATCH = 100;
// Same as the platform's topics (tools/stack sets num.partitions=3).
const PARTITIONS = 3;
const CONSUME_TIMEOUT_MS = 120_000;

export async function measureKafkaCeiling(
  brokers: string[],
  topic: string,
  deadline: Deadline,
  messages = 5000,
  messageBytes = 1024,
): Promise<KafkaCeiling> {
  const kafka = new Kafka({ clientId: 'bench-kafka-ceiling', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  const groupId = `${topic}.reader`;
  // As the services produce (libs/service-runtime): idempotent, one request in flight.
  const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 100 });
  await admin.connect();
  try {
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: PARTITIONS }] });
    let consumed = 0;
    let lastConsumedAt = 0;
    const joined = new Promise<void>((done) => consumer.on(consumer.events.GROUP_JOIN, () => done()));
    await Promise.all([producer.connect(), consumer.connect()]);
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachBatch: async ({ batch }) => {
        consumed += batch.messages.length;
        lastConsumedAt = performance.now();
      },
    });
    await withTimeout(joined, 'the scratch consumer joining its group');

    const value = randomBytes(messageBytes);
    const started = performance.now();
    for (let from = 0; from < messages; from += BATCH) {
      deadline.check('producing to the scratch topic');
      const batch = Array.from({ length: Math.min(BATCH, messages - from) }, (_, i) => ({
        key: String(from + i),
        value,
      }));
      await producer.send({ topic, messages: batch });
    }
    const produced = performance.now();
    const until = deadline.within(CONSUME_TIMEOUT_MS);
    while (consumed < messages && Date.now() < until) await new Promise((done) => setTimeout(done, 20));
    if (consumed < messages) {
      throw new BenchmarkFailure(`the scratch consumer read ${consumed} of ${messages} messages in time`);
    }
    return {
      messages,
      messageBytes,
      producedPerSecond: perSecond(messages, produced - started),
      endToEndPerSecond: perSecond(messages, lastConsumedAt - started),
    };
  } finally {
    await Promise.allSettled([consumer.disconnect(), producer.disconnect()]);
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}
