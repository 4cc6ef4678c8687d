import { mongo } from 'mongoose';

const DUPLICATE_KEY = 11000;

/**
 * A unique index refused the write: the record already exists. Used where a deterministic id makes
 * a repeated command (or a redelivered event) land on the same record. Which index refused it is not
 * asked: FerretDB's message does not name it, so callers look the record up by `_id` instead.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  return error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY;
}
