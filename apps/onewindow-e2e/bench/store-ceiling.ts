// The store's own ceiling on this machine: single-document inserts, reads and updates by `_id`, and
// the platform's other query shapes, on a scratch collection holding `stored` documents the size of a
// matter. The end-to-end benchmark prints these beside the platform's own write rate; run alone it is
// how the embedded store was chosen (docs/architecture.md, “The store”).
import { randomBytes } from 'node:crypto';
import { connectMongo } from '@onewindow/persistence';

export interface StoreCeiling {
  stored: number;
  insertsPerSecond: number;
  updatesByIdPerSecond: number;
  /** Median milliseconds of one call of each shape, with `stored` documents in the collection. */
  medianMs: Record<'findById' | 'updateById' | 'updateByIdAndVersion' | 'findByOtherField', number>;
}

const PADDING = randomBytes(900).toString('hex'); // ~1.8 KB, about a stored matter's size

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function rate(total: number, concurrency: number, one: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await one(next++);
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

async function medianOf(times: number, call: (i: number) => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await call(i);
    samples.push(performance.now() - started);
  }
  return Number(median(samples).toFixed(2));
}

/** Measures on a database of its own, dropped afterwards. `stored` documents are loaded first, in bulk. */
export async function measureStoreCeiling(
  mongoUrl: string,
  stored: number,
  samples = 200,
  database = `bench_store_${Date.now().toString(36)}`,
): Promise<StoreCeiling> {
  const connection = await connectMongo({ url: mongoUrl, database, appName: 'bench-store', attempts: 3 });
  const docs = connection.collection<{ _id: string; version: number; key: string; padding: string }>('ceiling');
  try {
    for (let from = 0; from < stored; from += 500) {
      const batch = Array.from({ length: Math.min(500, stored - from) }, (_, i) => ({
        _id: `stored-${from + i}`,
        version: 1,
        key: `k-${from + i}`,
        padding: PADDING,
      }));
      await docs.insertMany(batch, { ordered: false });
    }
    const insertsPerSecond = await rate(samples, 8, (i) =>
      docs.insertOne({ _id: `new-${i}`, version: 1, key: `n-${i}`, padding: PADDING }),
    );
    const updatesByIdPerSecond = await rate(samples, 8, (i) =>
      docs.updateOne({ _id: `new-${i}` }, { $inc: { version: 1 } }),
    );
    const pick = (i: number) => `new-${i % samples}`;
    const medianMs = {
      findById: await medianOf(50, (i) => docs.findOne({ _id: pick(i) })),
      updateById: await medianOf(50, (i) => docs.updateOne({ _id: pick(i) }, { $set: { touched: i } })),
      updateByIdAndVersion: await medianOf(20, (i) =>
        docs.updateOne({ _id: pick(i), version: { $gte: 0 } }, { $set: { touched: i } }),
      ),
      findByOtherField: await medianOf(20, (i) => docs.findOne({ key: `n-${i % samples}` })),
    };
    return { stored, insertsPerSecond, updatesByIdPerSecond, medianMs };
  } finally {
    await connection.dropDatabase();
    await connection.close();
  }
}

if (require.main === module) {
  const url = process.env['MONGO_URL'];
  if (!url) {
    console.error('MONGO_URL is required (e.g. from `npm run stack -- up`)');
    process.exit(2);
  }
  const levels = (process.argv[2] ?? '0,20000').split(',').map(Number);
  void (async () => {
    for (const stored of levels) console.log(JSON.stringify(await measureStoreCeiling(url, stored)));
  })();
}
