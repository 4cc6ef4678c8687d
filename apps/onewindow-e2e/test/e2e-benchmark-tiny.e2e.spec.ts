import { Platform, testStack, uniqueName, type PlatformService } from '@onewindow/testing';
import { runBenchmark } from '../bench/benchmark';

// `npm run bench:e2e`'s driver, for correctness only: a few matters on the suite's own platform.
describe('the end-to-end benchmark (npm run bench:e2e), tiny', () => {
  const platform = new Platform();

  beforeAll(() => platform.start(), 120_000);
  afterAll(() => platform.stop(), 60_000);

  it('counts every matter accepted on its timeline and prints the whole report', async () => {
    const { kafkaBrokers, mongoUrl } = testStack();
    // Platform keeps its ports to itself; element access reads them without widening its API.
    const grpc = (app: PlatformService) => `127.0.0.1:${platform['grpcPorts'].get(app)}`;
    const lines: string[] = [];

    const result = await runBenchmark(
      {
        matters: 8,
        stored: [0],
        rate: 5,
        rateSeconds: 1,
        concurrency: 4,
        burst: 8,
        idleSeconds: 1,
        repeat: 2,
        timeoutSeconds: 120,
        namespace: uniqueName('e2e_bench'),
        storeCeilingSamples: 20,
        kafkaCeilingMessages: 200,
      },
      { kafkaBrokers, mongoUrl, intake: grpc('intake'), routing: grpc('routing'), arbitration: grpc('arbitration') },
      (line) => lines.push(line),
    );

    expect(result.levels).toHaveLength(2);
    const [level] = result.levels;
    expect([level!.concurrency.registered, level!.concurrency.accepted]).toEqual([8, 8]);
    expect([level!.rate.registered, level!.rate.accepted]).toEqual([5, 5]);
    expect([result.burst!.registered, result.burst!.accepted]).toEqual([8, 8]);
    expect(level!.idle.filter((usage) => usage.pid !== undefined).map((usage) => usage.name)).toEqual(
      expect.arrayContaining(['intake', 'routing', 'arbitration']),
    );
    for (const expected of [
      /^stored 0 — fixed concurrency 4, 8 matters: registered [\d.]+ matters\/s, end to end [\d.]+ matters\/s/,
      /^stored 0 — fixed rate 5\/s for 1 s: registered [\d.]+ matters\/s, end to end [\d.]+ matters\/s/,
      /^ {2}RegisterMatter +p50 +[\d.]+ ms +p95 +[\d.]+ ms +p99 +[\d.]+ ms$/,
      /^ {2}RegisterMatter → accepted +p50 +[\d.]+ ms +p95 +[\d.]+ ms +p99 +[\d.]+ ms$/,
      /^stored 0 — idle 1 s, no traffic/,
      /^ {2}intake +pid \d+ +CPU +[\d.]+% +RSS \d+ MB$/,
      /^ {2}total +CPU +[\d.]+% of one core$/,
      /^stored 0 — store ceiling .*: \d+ inserts\/s, \d+ updates by _id\/s$/,
      /^stored 0 — Kafka ceiling .*: produced \d+ messages\/s, produce → consume \d+ messages\/s$/,
      /^stored 0 — platform store writes in the fixed-concurrency phase: \d+ write commands/,
      /^stored 0 — median of 2: end to end [\d.]+ matters\/s at concurrency 4; RegisterMatter → accepted p50 \d+ ms at 5\/s$/,
      /^e2e cost growth 0→0 stored: [\d.]+x$/,
      /^burst: 8 matters of one construction site, .* all accepted on their timelines in [\d.]+ s/,
    ]) {
      expect(lines).toContainEqual(expect.stringMatching(expected));
    }
    expect(lines.at(-1)).toMatch(/^e2e matters\/s: \d+(\.\d)?$/);
  }, 120_000);
});
