import type { Model, UpdateQuery } from 'mongoose';
import { storeKindOf } from './store-kind';

/**
 * Conditions on a document besides its `_id`: a value a path must equal (any element, through arrays),
 * or `{ $ne: value }` (no element equals it), or `{ $exists: boolean }`.
 */
export type UpdateGuard = Record<string, unknown>;

/**
 * Updates the document with this `_id` only if `guard` holds, and says whether it did.
 *
 * On MongoDB the guard goes into the filter: one atomic update, safe across replicas. FerretDB 1.24
 * answers only an exact `{_id}` filter from an index (any other filter reads the whole collection:
 * 3 s at 20,000 documents, measured), so there the guard is checked on a fresh read by `_id` and the
 * write is by `_id` alone. That is only a compare-and-set because every writer of the document in the
 * process holds `documentWriteLock` for it around this call, and because each service runs as one
 * replica on FerretDB (docs/architecture.md, “Concurrent updates”).
 */
export async function updateWhere(
  // Each aggregate's model has its own document type; only `_id` and the guarded paths are read here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  model: Model<any>,
  id: string,
  guard: UpdateGuard,
  update: UpdateQuery<unknown>,
  /** The document as the caller has just read it under the lock, with the guarded paths: saves a read on FerretDB. */
  current?: Record<string, unknown>,
) {
  if (storeKindOf(model.db) === 'mongodb') {
    const result = await model.updateOne({ _id: id, ...guard }, update).exec();
    return result.matchedCount === 1;
  }
  const projection = Object.fromEntries(Object.keys(guard).map((path) => [path.split('.')[0]!, 1]));
  const read = current ?? (await model.findOne({ _id: id }, projection).lean<Record<string, unknown>>().exec());
  if (!read || !guardHolds(read, guard)) return false;
  const result = await model.updateOne({ _id: id }, update).exec();
  return result.matchedCount === 1;
}

function valuesAt(value: unknown, path: string[]): unknown[] {
  if (path.length === 0) return value === undefined ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((element) => valuesAt(element, path));
  if (value === null || typeof value !== 'object') return [];
  return valuesAt((value as Record<string, unknown>)[path[0]!], path.slice(1));
}

/** The guard read the way MongoDB reads the same filter, for the shapes `UpdateGuard` allows. */
export function guardHolds(document: Record<string, unknown>, guard: UpdateGuard): boolean {
  return Object.entries(guard).every(([path, condition]) => {
    const values = valuesAt(document, path.split('.'));
    if (condition !== null && typeof condition === 'object' && !(condition instanceof Date)) {
      const operator = condition as { $ne?: unknown; $exists?: boolean };
      if ('$exists' in operator) return values.length > 0 === operator.$exists;
      if ('$ne' in operator) return !values.includes(operator.$ne);
      throw new Error(`updateWhere: unsupported condition on ${path}: ${JSON.stringify(condition)}`);
    }
    return values.includes(condition);
  });
}
