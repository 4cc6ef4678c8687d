import { Model, mongo, Schema } from 'mongoose';
import { Producer } from 'kafkajs';
import { documentKey, documentWriteLock } from '@onewindow/persistence';
import { CloudEvent, NewEvent, newCloudEvent, toKafkaMessage } from './cloud-event';

/**
 * An event waiting to be published, stored inside the aggregate document it came from: the state
 * change and the event are one write, so a crash between saving and publishing loses nothing —
 * the relay finds the entry on its next pass.
 */
export interface OutboxEntry extends CloudEvent {
  topic: string;
}

export const OutboxEntrySchema = new Schema<OutboxEntry>(
  {
    id: { type: String, required: true },
    topic: { type: String, required: true },
    type: { type: String, required: true },
    source: { type: String, required: true },
    subject: { type: String, required: true },
    time: { type: String, required: true },
    payload: { type: Buffer, required: true },
  },
  { _id: false },
);

export function outboxEntry(topic: string, event: NewEvent): OutboxEntry {
  return { topic, ...newCloudEvent(event) };
}

interface WithOutbox {
  _id: unknown;
  /** Every write that adds outbox entries also increments it (optimistic concurrency). */
  version: number;
  outbox: OutboxEntry[];
}

export interface OutboxRelayOptions {
  /** How often to look for entries left behind (e.g. by a crash); saves also nudge the relay. */
  intervalMs?: number;
  batchSize?: number;
  /** Prepended to every topic: lets several environments (or test runs) share one cluster. */
  topicPrefix?: string;
  log?: (level: 'error' | 'warn' | 'info', message: string) => void;
}

/**
 * Publishes outbox entries in the order they were written, then removes them. At-least-once: a crash
 * after publishing republishes on the next pass, and consumers drop the repeat by ce_id. (Removal
 * rewrites the array under a version check rather than `$pull` by id: FerretDB v1 ignores `$pull`
 * with a condition.)
 */
export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private readonly intervalMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly producer: Producer,
    // Each aggregate's model has its own document type; the relay only reads `outbox` and `version`.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    private readonly models: Model<any>[],
    private readonly options: OutboxRelayOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 500;
    this.batchSize = options.batchSize ?? 100;
  }

  start(): void {
    this.timer = setInterval(() => this.nudge(), this.intervalMs);
    this.nudge();
  }

  /** Ask for a pass soon; passes never overlap, and a nudge during a pass causes one more. */
  nudge(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain()
      .catch((error) => this.options.log?.('error', `outbox relay pass failed: ${String(error)}`))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          void this.nudge();
        }
      });
    return this.running;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.again = false;
    await this.running;
  }

  private async drain(): Promise<void> {
    for (const model of this.models) {
      for (;;) {
        const pending = await model
          .find({ 'outbox.0': { $exists: true } }, { outbox: 1, version: 1 })
          .limit(this.batchSize)
          .lean<WithOutbox[]>()
          .exec();
        if (pending.length === 0) break;
        for (const doc of pending) await this.publish(model, doc);
        if (pending.length < this.batchSize) break;
      }
    }
  }

  private async publish(model: (typeof this.models)[number], doc: WithOutbox): Promise<void> {
    // One send per entry keeps the written order across topics for this aggregate.
    for (const stored of doc.outbox) {
      // Lean reads give BSON Binary for Buffer fields; Kafka wants a Buffer.
      const payload = stored.payload instanceof mongo.Binary ? Buffer.from(stored.payload.buffer) : stored.payload;
      const entry = { ...stored, payload };
      await this.producer.send({
        topic: `${this.options.topicPrefix ?? ''}${entry.topic}`,
        messages: [toKafkaMessage(entry)],
      });
    }
    // Remove what was sent, keeping entries a racing write added meanwhile. The version check (not
    // bumped here, so the aggregate's own writers are not disturbed) makes this safe across replicas
    // on MongoDB; if it misses, the next pass sends those entries again and consumers drop them.
    const published = new Set(doc.outbox.map((entry) => entry.id));
    await documentWriteLock.run(documentKey(model, doc._id), async () => {
      const fresh = await model.findById(doc._id, { outbox: 1, version: 1 }).lean<WithOutbox>().exec();
      if (!fresh) return;
      const remaining = fresh.outbox.filter((entry) => !published.has(entry.id));
      await model.updateOne({ _id: doc._id, version: fresh.version }, { $set: { outbox: remaining } }).exec();
    });
  }
}
