// Drives RegisterMatter over gRPC and watches intake's timelines until each matter shows it accepted.
import { EventTypes, type common, type intake } from '@onewindow/contracts';
import type { GrpcClient } from '@onewindow/testing';

/** The benchmark could not measure what it set out to: stops the run with exit code 1. */
export class BenchmarkFailure extends Error {
  override name = 'BenchmarkFailure';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The whole run's bound in time, and Ctrl-C: every loop asks it before going round again. */
export class Deadline {
  constructor(
    private readonly at: number,
    private readonly signal?: AbortSignal,
  ) {}

  check(what: string): void {
    if (this.signal?.aborted) throw new BenchmarkFailure(`interrupted during ${what}`);
    if (Date.now() > this.at)
      throw new BenchmarkFailure(`the run's deadline (--timeout-seconds) passed during ${what}`);
  }

  /** The earlier of the run's deadline and `ms` from now, as an epoch time. */
  within(ms: number): number {
    return Math.min(this.at, Date.now() + ms);
  }
}

// A call that never answers must not hold the run past its deadline.
const CALL_TIMEOUT_MS = 30_000;

export function withTimeout<T>(promise: Promise<T>, what: string, ms = CALL_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BenchmarkFailure(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Polling: every POLL_INTERVAL_MS, the oldest pending matters in chunks of POLL_CONCURRENCY, going on
// while a chunk finds any accepted (the pipeline accepts roughly in registration order, so this stops
// at the frontier), at most POLL_MAX_PER_ROUND calls; plus one chunk of the least recently checked,
// so matters stuck at the front never hide the rest. A matter's acceptance time is when the answer
// showing it arrived: up to one interval (plus a round) late, the same for every stored level.
const POLL_INTERVAL_MS = 200;
const POLL_CONCURRENCY = 8;
const POLL_MAX_PER_ROUND = 256;

interface Pending {
  lastCheckedAt: number;
  lastStage: string;
}

/**
 * What counts as accepted: intake's timeline holds the ApplicationAccepted entry, which intake projects
 * from arbitration's ApplicationAccepted event — so arbitration has accepted the matter and intake shows
 * it. The benchmark also reads arbitration's own case for a sample (confirmWithArbitration).
 */
const acceptedOnTimeline = (matter: intake.Matter) =>
  matter.timeline.some((entry) => entry.eventType === EventTypes.applicationAccepted);

export class AcceptanceWatcher {
  private readonly pending = new Map<string, Pending>();
  /** performance.now() when each matter was first seen accepted on its timeline. */
  readonly acceptedAt = new Map<string, number>();
  private stopped = false;
  private loop?: Promise<void>;
  /** GetMatter calls made: the benchmark's own load on intake. */
  polls = 0;
  private pollErrors = 0;
  private lastPollError = '';

  constructor(
    private readonly intakeClient: GrpcClient,
    private readonly deadline: Deadline,
  ) {}

  watch(matterId: string): void {
    this.pending.set(matterId, { lastCheckedAt: 0, lastStage: 'not yet read' });
  }

  start(): void {
    this.loop = (async () => {
      while (!this.stopped) {
        await this.round();
        await sleep(POLL_INTERVAL_MS);
      }
    })();
  }

  /** Waits until every watched matter is accepted, or fails saying how many are missing by `until`. */
  async waitAll(until: number, what: string): Promise<void> {
    try {
      while (this.pending.size > 0 && Date.now() < until) {
        this.deadline.check(what);
        await sleep(50);
      }
      if (this.pending.size > 0) {
        const stages = new Map<string, number>();
        for (const { lastStage } of this.pending.values()) stages.set(lastStage, (stages.get(lastStage) ?? 0) + 1);
        const seen = [...stages].map(([stage, count]) => `${stage} ×${count}`).join(', ');
        const errors = this.pollErrors > 0 ? `; ${this.pollErrors} polls failed, last: ${this.lastPollError}` : '';
        throw new BenchmarkFailure(
          `${what}: ${this.pending.size} of ${this.pending.size + this.acceptedAt.size} matters not accepted on ` +
            `their timelines in time (last seen: ${seen})${errors}`,
        );
      }
    } finally {
      await this.stop();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  private async round(): Promise<void> {
    const checked = new Set<string>();
    const oldestFirst = [...this.pending.keys()];
    for (let from = 0; from < oldestFirst.length && checked.size < POLL_MAX_PER_ROUND; from += POLL_CONCURRENCY) {
      const chunk = oldestFirst.slice(from, from + POLL_CONCURRENCY);
      chunk.forEach((id) => checked.add(id));
      if ((await this.check(chunk)) === 0) break;
    }
    const stalest = [...this.pending]
      .filter(([id]) => !checked.has(id))
      .sort(([, a], [, b]) => a.lastCheckedAt - b.lastCheckedAt)
      .slice(0, POLL_CONCURRENCY)
      .map(([id]) => id);
    await this.check(stalest);
  }

  /** Reads each matter once, side by side; returns how many were newly seen accepted. */
  private async check(matterIds: string[]): Promise<number> {
    const found = await Promise.all(
      matterIds.map(async (matterId) => {
        this.polls++;
        try {
          const { matter } = await withTimeout(
            this.intakeClient.call<intake.GetMatterResponse>('getMatter', { matterId, matterNumber: '' }),
            'intake GetMatter',
          );
          const now = performance.now();
          const pending = this.pending.get(matterId);
          if (!pending || !matter) return 0;
          if (acceptedOnTimeline(matter)) {
            this.pending.delete(matterId);
            this.acceptedAt.set(matterId, now);
            return 1;
          }
          Object.assign(pending, { lastCheckedAt: now, lastStage: matter.stage });
        } catch (error) {
          this.pollErrors++;
          this.lastPollError = error instanceof Error ? error.message : String(error);
        }
        return 0;
      }),
    );
    return found.reduce((sum: number, one) => sum + one, 0);
  }
}

export interface Registration {
  matterId: string;
  /** performance.now() when RegisterMatter was called. */
  startedAt: number;
  registerMs: number;
}

export interface Driven {
  registrations: Registration[];
  startedAt: number;
  /** performance.now() when the last RegisterMatter answered. */
  lastRegisteredAt: number;
}

export interface DriveOptions {
  intakeClient: GrpcClient;
  watcher: AcceptanceWatcher;
  deadline: Deadline;
  content: common.MatterContent;
  /** Unique in the run: request ids are `${requestIdPrefix}-${i}`. */
  requestIdPrefix: string;
}

async function registerOne(options: DriveOptions, index: number, into: Registration[]): Promise<void> {
  const startedAt = performance.now();
  const { matter } = await withTimeout(
    options.intakeClient.call<intake.RegisterMatterResponse>('registerMatter', {
      content: options.content,
      requestId: `${options.requestIdPrefix}-${index}`,
    }),
    'intake RegisterMatter',
  );
  const registerMs = performance.now() - startedAt;
  if (!matter?.matterId) throw new BenchmarkFailure('RegisterMatter answered without a matter');
  options.watcher.watch(matter.matterId);
  into.push({ matterId: matter.matterId, startedAt, registerMs });
}

/** `count` registrations, `concurrency` in flight at all times. */
export async function driveAtConcurrency(options: DriveOptions, count: number, concurrency: number): Promise<Driven> {
  const registrations: Registration[] = [];
  const startedAt = performance.now();
  let next = 0;
  let failure: unknown;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count && failure === undefined) {
        try {
          options.deadline.check('registering matters');
          await registerOne(options, next++, registrations);
        } catch (error) {
          failure ??= error;
        }
      }
    }),
  );
  if (failure !== undefined) throw failure;
  return { registrations, startedAt, lastRegisteredAt: performance.now() };
}

// A platform slower than the rate would otherwise pile up unanswered calls without bound.
const RATE_MAX_IN_FLIGHT = 256;

/** `rate` registrations per second for `seconds`, each started on its schedule whatever the others do. */
export async function driveAtRate(options: DriveOptions, rate: number, seconds: number): Promise<Driven> {
  const registrations: Registration[] = [];
  const count = Math.round(rate * seconds);
  const startedAt = performance.now();
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  for (let i = 0; i < count && failure === undefined; i++) {
    options.deadline.check('registering matters at a fixed rate');
    const wait = startedAt + (i * 1000) / rate - performance.now();
    if (wait > 0) await sleep(wait);
    while (inFlight.size >= RATE_MAX_IN_FLIGHT) await Promise.race(inFlight);
    const call: Promise<void> = registerOne(options, i, registrations).then(
      () => void inFlight.delete(call),
      (error: unknown) => {
        inFlight.delete(call);
        failure ??= error;
      },
    );
    inFlight.add(call);
  }
  await Promise.all(inFlight);
  if (failure !== undefined) throw failure;
  return { registrations, startedAt, lastRegisteredAt: performance.now() };
}
