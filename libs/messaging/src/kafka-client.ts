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

/** Creates each topic and its dead-letter twin if missing; brokers here do not auto-create topics. */
export async function ensureTopics(kafka: Kafka, topics: readonly string[], numPartitions = 3): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = [...new Set(topics.flatMap((t) => [t, deadLetterTopicOf(t)]))].filter((t) => !existing.has(t));
    if (wanted.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: wanted.map((topic) => ({ topic, numPartitions })),
      });
    }
  } finally {
    await admin.disconnect();
  }
}
