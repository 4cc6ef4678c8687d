import { Connection } from 'mongoose';
import { documentWriteLock } from './document-write-lock';

interface CounterDocument {
  _id: string;
  value: number;
}

/**
 * Next value of a named counter (e.g. matter numbers per county and year): `$inc` on one document,
 * through the document write lock, so concurrent registrations never share a number.
 */
export async function nextSequence(connection: Connection, name: string): Promise<number> {
  const counters = connection.collection<CounterDocument>('counters');
  const counter = await documentWriteLock.run(`${connection.name}.counters:${name}`, () =>
    counters.findOneAndUpdate({ _id: name }, { $inc: { value: 1 } }, { upsert: true, returnDocument: 'after' }),
  );
  if (!counter) throw new Error(`counter ${name} could not be advanced`);
  return counter.value;
}
