import { Kafka, logLevel, LogEntry } from 'kafkajs';
import { deadLetterTopicOf } from '@onewindow/contracts';

export interface KafkaClientOptions {
  clientId: string;
  brokers: string[];
  log?: (level: 'error' | 'warn' | 'info', message: string) => void;
}

interface KafkaRequestQueue {
  pending: unknown[];
  throttledUntil: number;
  scheduleCheckPendingRequests(): void;
}

/**
 * kafkajs 2.2.4's request queue re-arms its check timer even when nothing is pending and nothing is
 * throttled — with a negative delay, so every open broker connection wakes the event loop about once
 * a millisecond for as long as it lives (measured on an idle routing service: 1,760 epoll wake-ups a
 * second, 2.7 % of a core). Only a pending request or a throttle needs the check; requests that
 * finish check the queue themselves.
 */
export function stopIdleRequestQueueTimer(): void {
  // kafkajs does not export the class; 2.2.4 is pinned in package.json.
  const RequestQueue = require('kafkajs/src/network/requestQueue') as { prototype: KafkaRequestQueue };
  const original = RequestQueue.prototype.scheduleCheckPendingRequests;
  if ((original as { idleAware?: boolean }).idleAware) return;
  const idleAware = function (this: KafkaRequestQueue) {
    if (this.pending.length === 0 && this.throttledUntil <= Date.now()) return;
    original.call(this);
  };
  RequestQueue.prototype.scheduleCheckPendingRequests = Object.assign(idleAware, { idleAware: true });
}

// The only place that constructs a kafkajs client: kafkajs is in maintenance mode, so it stays
// swappable behind this library.
export function createKafka(options: KafkaClientOptions): Kafka {
  stopIdleRequestQueueTimer();
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
