import { Model, mongo, Schema } from 'mongoose';
import { Producer } from 'kafkajs';
import { documentKey, documentWriteLock, isDuplicateKeyError, storeKindOf, updateWhere } from '@onewindow/persistence';
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

/**
 * Set by every write that adds outbox entries and removed when the relay has cleared them: what the
 * start-up sweep looks for. The sweep is the only reader of it, so ordinary writes pay nothing extra.
 */
export const OUTBOX_PENDING = 'outboxPending';

/** The outbox's fields in an aggregate's document type. */
export interface OutboxFields {
  outbox: OutboxEntry[];
  [OUTBOX_PENDING]?: boolean;
}

/** The outbox's fields, for every aggregate schema that writes one. */
export const OutboxSchemaFields = {
  outbox: { type: [OutboxEntrySchema], default: [] },
  [OUTBOX_PENDING]: { type: Boolean },
};

interface WithOutbox {
  _id: string;
  /** Every write that adds outbox entries also increments it (optimistic concurrency). */
  version: number;
  outbox: OutboxEntry[];
}

// Each aggregate's model has its own document type; the relay only reads `outbox` and `version`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AggregateModel = Model<any>;

export interface OutboxRelayOptions {
  /** Most documents whose entries go out in one Kafka request. */
  batchSize?: number;
  /** How often to look for entries a crashed replica left behind, where the store answers it from an index (MongoDB). */
  sweepIntervalMs?: number;
  /** Wait before trying again after Kafka refused a batch. */
  retryDelayMs?: number;
  /** Prepended to every topic: lets several environments (or test runs) share one cluster. */
  topicPrefix?: string;
  log?: (level: 'error' | 'warn' | 'info', message: string) => void;
}

/**
 * Publishes the outbox entries of the documents that saves hand it, in the order they were written,
 * then removes them. A save (`insertWithOutbox`, `saveWithOutbox`) hands over what it wrote, so the
 * relay never searches: its cost does not grow with the documents stored. Entries of many documents go out
 * in one request; one document's entries keep their order (same key, same partition, one request, an
 * idempotent producer). Leftovers of a crash are found at start-up by the `outboxPending` flag — and,
 * on MongoDB, where an index answers that query, every `sweepIntervalMs` for other replicas'
 * leftovers. At-least-once: a crash after publishing republishes, and consumers drop the repeat by
 * ce_id. (Removal rewrites the array under a version check rather than `$pull` by id: FerretDB v1
 * ignores `$pull` with a condition.)
 */
export class OutboxRelay {
  private readonly queue = new Map<string, Handoff>();
  private running?: Promise<void>;
  private sweepTimer?: NodeJS.Timeout;
  private retryTimer?: NodeJS.Timeout;
  private stopped = false;
  private readonly batchSize: number;

  constructor(
    private readonly producer: Producer,
    private readonly models: AggregateModel[],
    private readonly options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 200;
  }

  start(): void {
    this.stopped = false;
    const onMongoDB = this.models.filter((model) => storeKindOf(model.db) === 'mongodb');
    void Promise.all(onMongoDB.map((model) => model.collection.createIndex({ [OUTBOX_PENDING]: 1 }, { sparse: true })))
      .catch((error) => this.options.log?.('error', `outbox pending index not created: ${String(error)}`))
      .then(() => this.sweep());
    if (onMongoDB.length > 0) {
      this.sweepTimer = setInterval(() => void this.sweep(), this.options.sweepIntervalMs ?? 60_000);
    }
  }

  /**
   * Outbox entries were just written into this document: publish them soon. A save passes what it
   * wrote (the entries and the version it set), so the relay need not read them back, and does so
   * while it still holds the document's write lock, so that a clear cannot slip in between its write
   * and this call. The sweep passes nothing and the relay reads the document.
   */
  private publishPending(model: AggregateModel, id: string, written?: WrittenOutbox): void {
    const key = documentKey(model, id);
    this.queue.set(key, after(this.queue.get(key), { model, id, ...(written ? { written } : {}) }));
    this.kick();
  }

  /**
   * Inserts a new aggregate document with the events its creation causes, and hands them over:
   * 'duplicate' when a document with that id exists already (a repeated command or event).
   */
  async insertWithOutbox<T extends { _id: string; version: number }>(
    model: AggregateModel,
    document: T,
    entries: OutboxEntry[],
  ): Promise<'inserted' | 'duplicate'> {
    try {
      await model.create({ ...document, outbox: entries, [OUTBOX_PENDING]: true });
    } catch (error) {
      if (isDuplicateKeyError(error)) return 'duplicate';
      throw error;
    }
    // The document's first write: no earlier handoff of it can be cleared meanwhile.
    this.publishPending(model, document._id, { entries, version: document.version });
    return 'inserted';
  }

  /**
   * Sets `changes` and appends the events they cause in one update, if the document is still at
   * `expectedVersion`, and hands the events over: false when someone else changed it first.
   */
  saveWithOutbox(
    model: AggregateModel,
    id: string,
    expectedVersion: number,
    changes: Record<string, unknown>,
    entries: OutboxEntry[],
  ): Promise<boolean> {
    const version = expectedVersion + 1;
    return documentWriteLock.run(documentKey(model, id), async () => {
      const written = await updateWhere(
        model,
        id,
        { version: expectedVersion },
        { $set: { ...changes, version, [OUTBOX_PENDING]: true }, $push: { outbox: { $each: entries } } },
      );
      if (written) this.publishPending(model, id, { entries, version });
      return written;
    });
  }

  /** Resolves once everything handed over so far has been published, or a pass has failed. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweepTimer);
    clearTimeout(this.retryTimer);
    this.sweepTimer = this.retryTimer = undefined;
    await this.flush();
    // One last pass for what arrived while stopping; what still fails is found at the next start.
    if (this.queue.size > 0) await this.drain();
  }

  private kick(): void {
    if (this.running || this.retryTimer) return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.queue.size > 0 && !this.retryTimer && !this.stopped) this.kick();
    });
  }

  private async sweep(): Promise<void> {
    for (const model of this.models) {
      try {
        const pending = await model
          .find({ [OUTBOX_PENDING]: true }, { _id: 1 })
          .lean<{ _id: string }[]>()
          .exec();
        pending.forEach((doc) => this.publishPending(model, doc._id));
      } catch (error) {
        this.options.log?.('error', `outbox sweep of ${model.collection.collectionName} failed: ${String(error)}`);
      }
    }
  }

  private async drain(): Promise<void> {
    while (this.queue.size > 0) {
      const batch = [...this.queue.entries()].slice(0, this.batchSize);
      batch.forEach(([key]) => this.queue.delete(key));
      try {
        await this.publishBatch(batch.map(([, item]) => item));
      } catch (error) {
        // Put the batch back, before anything handed over since, and wait before the next try.
        for (const [key, item] of batch) {
          const handedOverSince = this.queue.get(key);
          this.queue.set(key, handedOverSince ? after(item, handedOverSince) : item);
        }
        this.options.log?.('error', `outbox relay could not publish ${batch.length} document(s): ${String(error)}`);
        if (!this.stopped) {
          this.retryTimer = setTimeout(() => {
            this.retryTimer = undefined;
            this.kick();
          }, this.options.retryDelayMs ?? 1000);
        }
        return;
      }
    }
  }

  private async publishBatch(items: Handoff[]): Promise<void> {
    const docs = await Promise.all(
      items.map(async ({ model, id, written }) => {
        if (written) return { model, doc: { _id: id, ...written, outbox: written.entries }, fromMemory: true };
        const doc = await model.findById(id, { outbox: 1, version: 1 }).lean<WithOutbox>().exec();
        return { model, doc, fromMemory: false };
      }),
    );
    const withEntries = docs.filter((item): item is Sent => Boolean(item.doc && item.doc.outbox.length > 0));
    const byTopic = new Map<string, ReturnType<typeof toKafkaMessage>[]>();
    for (const { doc } of withEntries) {
      for (const stored of doc.outbox) {
        // Lean reads give BSON Binary for Buffer fields; Kafka wants a Buffer.
        const payload = stored.payload instanceof mongo.Binary ? Buffer.from(stored.payload.buffer) : stored.payload;
        const topic = `${this.options.topicPrefix ?? ''}${stored.topic}`;
        const messages = byTopic.get(topic) ?? [];
        messages.push(toKafkaMessage({ ...stored, payload }));
        byTopic.set(topic, messages);
      }
    }
    if (byTopic.size > 0) {
      await this.producer.sendBatch({
        topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      });
    }
    await Promise.all(withEntries.map((sent) => this.clear(sent)));
  }

  /**
   * Removes what was sent, keeping entries a racing write added meanwhile. The version check (not
   * bumped here, so the aggregate's own writers are not disturbed) makes this safe across replicas
   * on MongoDB; if it misses, the next pass sends those entries again and consumers drop them.
   */
  private clear({ model, doc: sent, fromMemory }: Sent): Promise<void> {
    const key = documentKey(model, sent._id);
    return documentWriteLock.run(key, async () => {
      // On FerretDB this process is the document's only writer, and every write that adds entries
      // hands them over inside the lock: if none is queued since, the outbox holds exactly what went
      // out, and it is emptied by _id without reading it back.
      if (fromMemory && !this.queue.has(key) && storeKindOf(model.db) === 'ferretdb') {
        await model.updateOne({ _id: sent._id }, { $set: { outbox: [] }, $unset: { [OUTBOX_PENDING]: 1 } }).exec();
        return;
      }
      // Elsewhere: if nothing was written since, the whole outbox went out.
      const unchanged = await updateWhere(
        model,
        sent._id,
        { version: sent.version },
        { $set: { outbox: [] }, $unset: { [OUTBOX_PENDING]: 1 } },
      );
      if (unchanged) return;
      const fresh = await model.findById(sent._id, { outbox: 1, version: 1 }).lean<WithOutbox>().exec();
      if (!fresh) return;
      const published = new Set(sent.outbox.map((entry) => entry.id));
      const remaining = fresh.outbox.filter((entry) => !published.has(entry.id));
      // A racing write added entries of its own and handed the document over too.
      await updateWhere(model, sent._id, { version: fresh.version }, { $set: { outbox: remaining } });
    });
  }
}

/** What a save wrote into a document's outbox: the entries in order, and the version it set. */
export interface WrittenOutbox {
  entries: OutboxEntry[];
  version: number;
}

/** Two handoffs of one document, `later` written after `earlier`: one item, in written order. */
function after(earlier: Handoff | undefined, later: Handoff): Handoff {
  if (!earlier) return later;
  const { model, id } = later;
  if (!earlier.written || !later.written) return { model, id };
  return {
    model,
    id,
    written: { entries: [...earlier.written.entries, ...later.written.entries], version: later.written.version },
  };
}

interface Handoff {
  model: AggregateModel;
  id: string;
  /** Absent when the relay must read the document (found by the sweep, or handoffs it cannot merge). */
  written?: WrittenOutbox;
}

interface Sent {
  model: AggregateModel;
  doc: WithOutbox;
  fromMemory: boolean;
}
