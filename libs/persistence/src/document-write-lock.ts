/**
 * Serializes this process's writes to one document.
 *
 * Why: FerretDB v1 (SQLite backend) applies an update by reading the document, changing it and
 * writing it back, without isolation between concurrent requests. Measured against 1.24.2: four
 * concurrent `updateOne({_id, version: 1}, {$set: {version: 2}})` all reported a match, and twenty
 * concurrent `$inc`s left the counter at 3. MongoDB makes each single-document update atomic, so the
 * version compare-and-set protects across replicas there; on FerretDB each service runs as one
 * replica and its writers of a document (use cases, the outbox relay, projections) take turns here.
 */
export class DocumentWriteLock {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, write: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = previous.then(() => new Promise<void>((resolve) => (release = resolve)));
    this.tails.set(key, mine);
    await previous;
    try {
      return await write();
    } finally {
      release();
      if (this.tails.get(key) === mine) this.tails.delete(key);
    }
  }
}

/** One lock per process: every writer of a document must go through the same instance. */
export const documentWriteLock = new DocumentWriteLock();

/** The lock key of a document of a mongoose model: database, collection and id. */
export function documentKey(
  model: { db: { name: string }; collection: { collectionName: string } },
  id: unknown,
): string {
  return `${model.db.name}.${model.collection.collectionName}:${String(id)}`;
}
