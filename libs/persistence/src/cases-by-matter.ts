import type { Connection } from 'mongoose';
import { documentWriteLock } from './document-write-lock';

/**
 * An office's cases of each matter (a matter referred to the office again has several), one document
 * per matter read by `_id`: a query on the cases' `matterId` field would read every case on FerretDB.
 * The matter's list is written before the case, so a crash in between leaves an id that reads as no case.
 */
export class CasesByMatter {
  constructor(
    private readonly connection: Connection,
    private readonly collectionName: string,
  ) {}

  private get collection() {
    return this.connection.collection<{ _id: string; caseIds: string[] }>(this.collectionName);
  }

  async add(matterId: string, caseId: string): Promise<void> {
    await documentWriteLock.run(`${this.connection.name}.${this.collectionName}:${matterId}`, () =>
      this.collection.updateOne({ _id: matterId }, { $addToSet: { caseIds: caseId } }, { upsert: true }),
    );
  }

  /** The matter's newest case: the last as `order` sorts them (e.g. by the day received, then the case id). */
  async latest<T>(
    matterId: string,
    find: (caseId: string) => Promise<T | undefined>,
    order: (a: T, b: T) => number,
  ): Promise<T | undefined> {
    const listed = await this.collection.findOne({ _id: matterId });
    const cases = await Promise.all((listed?.caseIds ?? []).map(find));
    return cases
      .filter((found): found is Awaited<T> => found !== undefined)
      .sort(order)
      .at(-1);
  }
}
