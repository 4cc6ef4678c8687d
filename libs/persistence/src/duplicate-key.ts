import { mongo } from 'mongoose';

const DUPLICATE_KEY = 11000;

/**
 * A unique index refused the write: the record already exists. Used where a deterministic id makes
 * a repeated command (or a redelivered event) land on the same record.
 */
export function isDuplicateKeyError(error: unknown, index?: string): boolean {
  return (
    error instanceof mongo.MongoServerError &&
    error.code === DUPLICATE_KEY &&
    (index === undefined || error.message.includes(index))
  );
}
