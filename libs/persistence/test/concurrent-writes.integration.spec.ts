import { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { connectMongo, documentWriteLock, nextSequence } from '../src';

describe('concurrent writes to one document on the real store', () => {
  let connection: Connection;

  beforeAll(async () => {
    // Set by the jest global setup (libs/testing cannot be used here: it depends on this library).
    const url = process.env['MONGO_URL'];
    if (!url) throw new Error('MONGO_URL is not set: run integration tests through `npm test`');
    connection = await connectMongo({ url, database: `persistence_it_${randomUUID().slice(0, 8)}`, appName: 'it' });
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('hands out every sequence number once, however many registrations arrive together', async () => {
    const numbers = await Promise.all(
      Array.from({ length: 40 }, () => nextSequence(connection, 'matter-number:421303:2026')),
    );
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('lets exactly one of several racing version compare-and-set updates win', async () => {
    const collection = connection.collection<{ _id: string; version: number; by?: number }>('cases');
    await collection.insertOne({ _id: 'case-1', version: 1 });
    const attempts = await Promise.all(
      [1, 2, 3, 4].map((writer) =>
        documentWriteLock.run('cas:case-1', () =>
          collection.updateOne({ _id: 'case-1', version: 1 }, { $set: { version: 2, by: writer } }),
        ),
      ),
    );
    expect(attempts.filter((result) => result.modifiedCount === 1)).toHaveLength(1);
  });
});
