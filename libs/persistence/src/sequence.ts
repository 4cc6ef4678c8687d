import { Connection } from 'mongoose';

interface CounterDocument {
  _id: string;
  value: number;
}

/**
 * Next value of a named counter (e.g. matter numbers per county and year), atomically: `$inc` on one
 * document, so concurrent registrations never share a number.
 */
export async function nextSequence(connection: Connection, name: string): Promise<number> {
  const counters = connection.collection<CounterDocument>('counters');
  const counter = await counters.findOneAndUpdate(
    { _id: name },
    { $inc: { value: 1 } },
    { upsert: true, returnDocument: 'after' },
  );
  if (!counter) throw new Error(`counter ${name} could not be advanced`);
  return counter.value;
}
