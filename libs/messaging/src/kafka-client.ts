import { Kafka, logLevel, LogEntry } from 'kafkajs';
import { deadLetterTopicOf } from '@onewindow/contracts';

export interface KafkaClientOptions {
  clientId: string;
  brokers: string[];
  log?: (level: 'error' | 'warn' | 'info', message: string) => void;
}

// The only place that constructs a kafkajs client: kafkajs is in maintenance mode, so it stays
// swappable behind this library.
export function createKafka(options: KafkaClientOptions): Kafka {
  const log = options.log ?? (() => undefined);
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    connectionTimeout: 3000,
    retry: { retries: 8, initialRetryTime: 200, maxRetryTime: 5000 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log: entry }: LogEntry) => {
        const text = `[kafkajs] ${entry.message}${entry['error'] ? `: ${String(entry['error'])}` : ''}`;
        log(level === logLevel.ERROR ? 'error' : level === logLevel.WARN ? 'warn' : 'info', text);
      },
  });
}

/**
 * Creates each topic and its dead-letter twin if missing, then waits until every partition has a
 * leader: services start together, and a topic another service has just created may not be
 * servable yet (“This server does not host this topic-partition”).
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: readonly string[],
  numPartitions = 3,
  timeoutMs = 30_000,
): Promise<void> {
  const all = [...new Set(topics.flatMap((t) => [t, deadLetterTopicOf(t)]))];
  const admin = kafka.admin();
  await admin.connect();
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  try {
    for (;;) {
      try {
        const existing = new Set(await admin.listTopics());
        const missing = all.filter((t) => !existing.has(t));
        if (missing.length > 0) {
          await admin.createTopics({
            waitForLeaders: true,
            topics: missing.map((topic) => ({ topic, numPartitions })),
          });
        }
        const { topics: described } = await admin.fetchTopicMetadata({ topics: all });
        if (described.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) return;
      } catch (error) {
        // Another service creating the same topics at the same moment; look again shortly.
        lastError = error;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `topics not ready after ${timeoutMs} ms (${all.join(', ')}): ${String(lastError ?? 'no leader')}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  } finally {
    await admin.disconnect();
  }
}
