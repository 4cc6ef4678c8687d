// The end-to-end benchmark's driver: matters registered at intake over gRPC until intake's timeline
// shows arbitration accepted them, at each number of stored matters; the idle cost of every process;
// the store's and the broker's own ceilings beside the platform's use of them. `e2e.bench.ts` brings
// the platform up and calls runBenchmark; the tiny jest test calls it on the test suite's platform.
import type { Connection } from 'mongoose';
import { arbitration, type common } from '@onewindow/contracts';
import { connectMongo } from '@onewindow/persistence';
import { grpcClient, wageArrearsApplication, type GrpcClient } from '@onewindow/testing';
import { measureKafkaCeiling, type KafkaCeiling } from './kafka-ceiling';
import {
  AcceptanceWatcher,
  BenchmarkFailure,
  Deadline,
  driveAtConcurrency,
  driveAtRate,
  withTimeout,
  type DriveOptions,
  type Driven,
} from './load-driver';
import { findServicePid, measureIdle, stackProcesses, type IdleUsage, type WatchedProcess } from './process-stats';
import { latencyLine, megabytes, oneDecimal, perSecond, summarize, type LatencySummary } from './stats';
import { measureStoreCeiling, type StoreCeiling } from './store-ceiling';

export interface BenchmarkOptions {
  matters: number;
  /** Matters in the stores before each measurement, ascending; each level loads the difference. */
  stored: number[];
  rate: number;
  rateSeconds: number;
  concurrency: number;
  /** 0 skips the burst. */
  burst: number;
  idleSeconds: number;
  /** Measurements at each stored level (the stores grow by `matters` with each); the summary takes medians. */
  repeat: number;
  timeoutSeconds: number;
  /** Names the scratch database and topic and prefixes request ids, so nothing mixes with other data. */
  namespace: string;
  storeCeilingSamples: number;
  kafkaCeilingMessages: number;
  /** Aborting (Ctrl-C) fails the run at its next check. */
  signal?: AbortSignal;
}

export const DEFAULT_OPTIONS: Omit<BenchmarkOptions, 'namespace' | 'signal'> = {
  matters: 2000,
  stored: [0, 20_000],
  rate: 10,
  rateSeconds: 30,
  concurrency: 16,
  burst: 2000,
  idleSeconds: 10,
  repeat: 1,
  timeoutSeconds: 3600,
  storeCeilingSamples: 200,
  kafkaCeilingMessages: 5000,
};

export interface PlatformAddresses {
  kafkaBrokers: string[];
  mongoUrl: string;
  /** host:port of each service's gRPC server. */
  intake: string;
  routing: string;
  arbitration: string;
}

export interface PhaseResult {
  registered: number;
  /** Seen accepted on their timelines; a run with any missing fails instead of returning. */
  accepted: number;
  registeredPerSecond: number;
  endToEndPerSecond: number;
  register: LatencySummary;
  endToEnd: LatencySummary;
  /** From the first RegisterMatter to the last matter seen accepted. */
  elapsedMs: number;
  registeringMs: number;
  /** p50 end-to-end latency of the last quarter of registrations over the first quarter's. */
  queueGrowth: number;
  /** GetMatter calls the watcher made meanwhile. */
  polls: number;
}

export interface LevelResult {
  stored: number;
  concurrency: PhaseResult;
  rate: PhaseResult;
  idle: IdleUsage[];
  storeCeiling: StoreCeiling;
  kafkaCeiling: KafkaCeiling;
  /** Write commands the store counted per second during the fixed-concurrency phase, when it counts them. */
  storeWritesPerSecond?: number;
}

export interface BenchmarkResult {
  levels: LevelResult[];
  costGrowth: number;
  burst?: PhaseResult;
  e2eMattersPerSecond: number;
}

// Loading the stores is not measured: as fast as the platform takes it.
const LOAD_CONCURRENCY = 32;
const BURST_CONCURRENCY = 64;
const WARM_UP_PER_IN_FLIGHT = 2;
// A queue is building when the last quarter's matters wait this much longer than the first quarter's.
const QUEUE_GROWTH = 2;
// After the last registration, how long every matter has to show up accepted.
const ACCEPT_GRACE_MS = 120_000;
// Arbitration's own case is read for every this-many-th matter and the last of each phase.
const ARBITRATION_SAMPLE_EVERY = 100;
// FerretDB 1.24 answers serverStatus without opcounters, but it counts each command it runs in
// metrics.commands, as MongoDB does: the platform's writes are these commands (one per single-document
// write the services make; a bulk write would count once).
const WRITE_COMMANDS = ['insert', 'update', 'delete', 'findAndModify'];

interface Run {
  options: BenchmarkOptions;
  addresses: PlatformAddresses;
  output: (line: string) => void;
  deadline: Deadline;
  intake: GrpcClient;
  arbitration: GrpcClient;
  store: Connection;
  phases: number;
}

export async function runBenchmark(
  options: BenchmarkOptions,
  addresses: PlatformAddresses,
  output: (line: string) => void,
): Promise<BenchmarkResult> {
  checkOptions(options);
  const deadline = new Deadline(Date.now() + options.timeoutSeconds * 1000, options.signal);
  const intakeClient = grpcClient('intake', addresses.intake);
  const arbitrationClient = grpcClient('arbitration', addresses.arbitration);
  const store = await connectMongo({
    url: addresses.mongoUrl,
    database: `${options.namespace}_probe`,
    appName: 'bench-e2e',
    attempts: 3,
  });
  const run: Run = {
    options,
    addresses,
    output,
    deadline,
    intake: intakeClient,
    arbitration: arbitrationClient,
    store,
    phases: 0,
  };
  try {
    const processes: WatchedProcess[] = [
      ...(['intake', 'routing', 'arbitration'] as const).map((app) => ({
        name: app,
        pid: findServicePid(app, addresses[app]),
      })),
      ...stackProcesses(addresses.kafkaBrokers, addresses.mongoUrl),
    ];
    output(
      `e2e benchmark: ${options.matters} matters at concurrency ${options.concurrency}, ${options.rate}/s for ` +
        `${options.rateSeconds} s, stored levels ${options.stored.join(', ')}, burst ${options.burst}`,
    );
    output(`  processes: ${processes.map(({ name, pid }) => `${name} ${pid ?? '(pid unknown)'}`).join(', ')}`);

    await warmUp(run);
    const levels: LevelResult[] = [];
    const medians: { stored: number; p50AtRate: number; perSecond: number }[] = [];
    let loaded = 0;
    for (const stored of options.stored) {
      deadline.check(`stored level ${stored}`);
      await loadTo(run, stored, loaded);
      loaded = stored;
      const repeats: LevelResult[] = [];
      for (let n = 1; n <= options.repeat; n++) {
        if (options.repeat > 1) output(`stored ${stored}, measurement ${n} of ${options.repeat}:`);
        repeats.push(await measureLevel(run, stored, processes));
        loaded += options.matters + Math.round(options.rate * options.rateSeconds);
      }
      levels.push(...repeats);
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      const summary = {
        stored,
        p50AtRate: median(repeats.map((level) => level.rate.endToEnd.p50)),
        perSecond: median(repeats.map((level) => level.concurrency.endToEndPerSecond)),
      };
      medians.push(summary);
      if (options.repeat > 1) {
        output(
          `stored ${stored} — median of ${options.repeat}: end to end ${oneDecimal(summary.perSecond)} matters/s at ` +
            `concurrency ${options.concurrency}; RegisterMatter → accepted p50 ${summary.p50AtRate.toFixed(0)} ms at ${options.rate}/s`,
        );
      }
    }

    const [first, last] = [medians[0]!, medians.at(-1)!];
    const latencyGrowth = last.p50AtRate / first.p50AtRate;
    const throughputGrowth = first.perSecond / last.perSecond;
    const span = `${first.stored}→${last.stored} stored`;
    output(
      `e2e p50 latency at ${options.rate}/s, ${span}: ${latencyGrowth.toFixed(2)}x ` +
        `(${first.p50AtRate.toFixed(0)} → ${last.p50AtRate.toFixed(0)} ms); ` +
        `e2e throughput at concurrency ${options.concurrency}: ${throughputGrowth.toFixed(2)}x ` +
        `(${oneDecimal(first.perSecond)} → ${oneDecimal(last.perSecond)} matters/s)`,
    );
    const costGrowth = Math.max(latencyGrowth, throughputGrowth);
    output(`e2e cost growth ${span}: ${costGrowth.toFixed(2)}x`);

    const burst = options.burst > 0 ? await runBurst(run) : undefined;
    const e2eMattersPerSecond = last.perSecond;
    output(`e2e matters/s: ${oneDecimal(e2eMattersPerSecond)}`);
    return { levels, costGrowth, burst, e2eMattersPerSecond };
  } finally {
    intakeClient.close();
    arbitrationClient.close();
    await store.close();
  }
}

/** Refuses options that would make the run meaningless or unbounded, before anything starts. */
export function checkOptions(options: BenchmarkOptions): void {
  const whole = (name: string, value: number, least: number) => {
    if (!Number.isSafeInteger(value) || value < least)
      throw new BenchmarkFailure(`${name} must be an integer ≥ ${least}`);
  };
  whole('--matters', options.matters, 1);
  whole('--concurrency', options.concurrency, 1);
  whole('--burst', options.burst, 0);
  whole('--idle-seconds', options.idleSeconds, 1);
  whole('--repeat', options.repeat, 1);
  whole('--timeout-seconds', options.timeoutSeconds, 1);
  if (!(options.rate > 0) || !(options.rateSeconds > 0) || Math.round(options.rate * options.rateSeconds) < 1) {
    throw new BenchmarkFailure('--rate and --rate-seconds must be positive and give at least one matter');
  }
  if (options.stored.length === 0) throw new BenchmarkFailure('--stored needs at least one level');
  options.stored.forEach((level, i) => {
    whole('each --stored level', level, 0);
    if (i > 0 && level < options.stored[i - 1]!) throw new BenchmarkFailure('--stored levels must not decrease');
  });
}

/**
 * A fresh platform's first matters pay for consumer groups joining, indexes being built and code not
 * yet optimised; without this the first level would measure start-up, not the stored matters' cost.
 */
async function warmUp(run: Run): Promise<void> {
  const count = WARM_UP_PER_IN_FLIGHT * run.options.concurrency;
  const result = await phase(run, 'warming up', wageArrearsApplication(), (drive) =>
    driveAtConcurrency(drive, count, run.options.concurrency),
  );
  run.output(
    `warm-up: ${count} matters at concurrency ${run.options.concurrency}, all accepted in ` +
      `${oneDecimal(result.elapsedMs / 1000)} s (not measured; the stores keep them)`,
  );
}

/** Brings the stores from `from` to `to` matters through the services; timed, not measured. */
async function loadTo(run: Run, to: number, from: number): Promise<void> {
  if (to <= from) return;
  const result = await phase(run, `loading ${to - from} matters`, wageArrearsApplication(), (drive) =>
    driveAtConcurrency(drive, to - from, LOAD_CONCURRENCY),
  );
  run.output(
    `stored ${to}: loaded ${to - from} more matters (${LOAD_CONCURRENCY} in flight) in ` +
      `${oneDecimal(result.elapsedMs / 1000)} s, all accepted (${oneDecimal(result.endToEndPerSecond)} matters/s; not measured)`,
  );
}

async function measureLevel(run: Run, stored: number, processes: WatchedProcess[]): Promise<LevelResult> {
  const { options, output } = run;
  const label = `stored ${stored}`;

  const writesBefore = await writeCommands(run.store);
  const concurrency = await phase(run, `${label}, fixed concurrency`, wageArrearsApplication(), (drive) =>
    driveAtConcurrency(drive, options.matters, options.concurrency),
  );
  const writesAfter = await writeCommands(run.store);
  printPhase(run, `${label} — fixed concurrency ${options.concurrency}, ${options.matters} matters`, concurrency);

  const rate = await phase(run, `${label}, fixed rate`, wageArrearsApplication(), (drive) =>
    driveAtRate(drive, options.rate, options.rateSeconds),
  );
  printPhase(run, `${label} — fixed rate ${options.rate}/s for ${options.rateSeconds} s`, rate);
  if (rate.queueGrowth > QUEUE_GROWTH) {
    output(`  note: the platform did not keep up with ${options.rate}/s; these latencies include queueing`);
  }

  const idle = await measureIdle(processes, options.idleSeconds);
  output(`${label} — idle ${options.idleSeconds} s, no traffic (CPU as % of one core, resident memory):`);
  for (const usage of idle) {
    const where = usage.pid === undefined ? 'pid unknown' : `pid ${usage.pid}`;
    const cpu = usage.cpuPercent === undefined ? '    n/a' : `${usage.cpuPercent.toFixed(1).padStart(6)}%`;
    const rss = usage.rssBytes === undefined ? 'n/a' : megabytes(usage.rssBytes);
    output(`  ${usage.name.padEnd(12)} ${where.padEnd(12)} CPU ${cpu}   RSS ${rss}`);
  }
  const total = idle.reduce((sum, usage) => sum + (usage.cpuPercent ?? 0), 0);
  output(`  ${'total'.padEnd(25)} CPU ${total.toFixed(1).padStart(6)}% of one core`);

  // The scratch collection starts empty: inserts and updates by _id hardly depend on how much is
  // stored, and loading thousands of documents first would take longer than the rest of the level.
  const storeCeiling = await measureStoreCeiling(
    run.addresses.mongoUrl,
    0,
    options.storeCeilingSamples,
    `${options.namespace}_store_ceiling`,
  );
  output(
    `${label} — store ceiling (scratch collection, ${options.storeCeilingSamples} single-document calls, 8 in flight): ` +
      `${storeCeiling.insertsPerSecond.toFixed(0)} inserts/s, ${storeCeiling.updatesByIdPerSecond.toFixed(0)} updates by _id/s`,
  );
  const kafkaCeiling = await measureKafkaCeiling(
    run.addresses.kafkaBrokers,
    `${options.namespace}.bench.kafka-ceiling.${stored}`,
    run.deadline,
    options.kafkaCeilingMessages,
  );
  output(
    `${label} — Kafka ceiling (${kafkaCeiling.messages} messages of ${kafkaCeiling.messageBytes} B, scratch topic): ` +
      `produced ${kafkaCeiling.producedPerSecond.toFixed(0)} messages/s, ` +
      `produce → consume ${kafkaCeiling.endToEndPerSecond.toFixed(0)} messages/s`,
  );

  let storeWritesPerSecond: number | undefined;
  if (writesBefore === undefined || writesAfter === undefined) {
    output(`${label} — platform store writes: the store does not count commands (serverStatus metrics.commands)`);
  } else {
    const writes = writesAfter - writesBefore;
    storeWritesPerSecond = perSecond(writes, concurrency.elapsedMs);
    const share = (ceiling: number) => `${((100 * storeWritesPerSecond!) / ceiling).toFixed(0)}%`;
    output(
      `${label} — platform store writes in the fixed-concurrency phase: ${writes} write commands ` +
        `(${oneDecimal(writes / concurrency.registered)} per matter), ${storeWritesPerSecond.toFixed(0)}/s = ` +
        `${share(storeCeiling.insertsPerSecond)} of the insert ceiling, ${share(storeCeiling.updatesByIdPerSecond)} of ` +
        `the update-by-_id ceiling (serverStatus metrics.commands insert+update+delete+findAndModify: server-wide, ` +
        `so anything else using the store meanwhile counts too)`,
    );
  }
  return { stored, concurrency, rate, idle, storeCeiling, kafkaCeiling, storeWritesPerSecond };
}

/** Matters of one construction site: one employer, each worker's own wage claim a registration. */
async function runBurst(run: Run): Promise<PhaseResult> {
  const { burst } = run.options;
  const oneSite = wageArrearsApplication({
    factsAndReasons:
      '申请人在被申请人承包的曾都区某住宅项目工地从事钢筋工工作，被申请人拖欠全体工人工资，经催要至今未付。',
  });
  const result = await phase(run, `the burst of ${burst}`, oneSite, (drive) =>
    driveAtConcurrency(drive, burst, BURST_CONCURRENCY),
  );
  run.output(
    `burst: ${burst} matters of one construction site, ${BURST_CONCURRENCY} in flight: registered in ` +
      `${oneDecimal(result.registeringMs / 1000)} s, all accepted on their timelines in ` +
      `${oneDecimal(result.elapsedMs / 1000)} s (${oneDecimal(result.endToEndPerSecond)} matters/s)`,
  );
  return result;
}

/** Registers as `drive` says, waits until every matter shows accepted, and checks a sample with arbitration. */
async function phase(
  run: Run,
  what: string,
  content: common.MatterContent,
  drive: (options: DriveOptions) => Promise<Driven>,
): Promise<PhaseResult> {
  const watcher = new AcceptanceWatcher(run.intake, run.deadline);
  watcher.start();
  let driven: Driven;
  try {
    driven = await drive({
      intakeClient: run.intake,
      watcher,
      deadline: run.deadline,
      content,
      requestIdPrefix: `${run.options.namespace}-${++run.phases}`,
    });
  } catch (error) {
    await watcher.stop();
    throw error;
  }
  await watcher.waitAll(run.deadline.within(ACCEPT_GRACE_MS), what);
  const { startedAt, lastRegisteredAt } = driven;
  const registrations = [...driven.registrations].sort((a, b) => a.startedAt - b.startedAt);
  const acceptedAt = registrations.map(({ matterId }) => watcher.acceptedAt.get(matterId)!);
  const endToEnd = registrations.map(({ startedAt: at }, i) => acceptedAt[i]! - at);
  const quarter = Math.ceil(registrations.length / 4);
  const lastAcceptedAt = acceptedAt.reduce((latest, at) => Math.max(latest, at), startedAt);
  await confirmWithArbitration(
    run,
    registrations.filter((_, i) => i % ARBITRATION_SAMPLE_EVERY === 0 || i === registrations.length - 1),
  );
  return {
    registered: registrations.length,
    accepted: registrations.filter(({ matterId }) => watcher.acceptedAt.has(matterId)).length,
    registeredPerSecond: perSecond(registrations.length, lastRegisteredAt - startedAt),
    endToEndPerSecond: perSecond(registrations.length, lastAcceptedAt - startedAt),
    register: summarize(registrations.map(({ registerMs }) => registerMs)),
    endToEnd: summarize(endToEnd),
    queueGrowth: summarize(endToEnd.slice(-quarter)).p50 / summarize(endToEnd.slice(0, quarter)).p50,
    elapsedMs: lastAcceptedAt - startedAt,
    registeringMs: lastRegisteredAt - startedAt,
    polls: watcher.polls,
  };
}

/** Arbitration's own record agrees with the timeline: its case for the matter is accepted. */
async function confirmWithArbitration(run: Run, sample: { matterId: string }[]): Promise<void> {
  for (const { matterId } of sample) {
    run.deadline.check('reading arbitration cases');
    const response = await withTimeout(
      run.arbitration.call<arbitration.GetCaseByMatterResponse>('getCaseByMatter', { matterId }),
      'arbitration GetCaseByMatter',
    );
    if (response.case?.status !== arbitration.CaseStatus.CASE_STATUS_ACCEPTED) {
      throw new BenchmarkFailure(
        `intake's timeline shows matter ${matterId} accepted but arbitration's case is ${response.case?.status ?? 'missing'}`,
      );
    }
  }
}

function printPhase(run: Run, title: string, result: PhaseResult): void {
  run.output(
    `${title}: registered ${oneDecimal(result.registeredPerSecond)} matters/s, ` +
      `end to end ${oneDecimal(result.endToEndPerSecond)} matters/s ` +
      `(${result.accepted} of ${result.registered} accepted; ${result.polls} GetMatter polls)`,
  );
  run.output(latencyLine('RegisterMatter', result.register));
  run.output(latencyLine('RegisterMatter → accepted', result.endToEnd));
}

async function writeCommands(store: Connection): Promise<number | undefined> {
  const status = (await store.db!.admin().command({ serverStatus: 1 })) as {
    metrics?: { commands?: Record<string, { total?: unknown }> };
  };
  const commands = status.metrics?.commands;
  if (!commands) return undefined;
  return WRITE_COMMANDS.reduce((sum, name) => sum + Number(commands[name]?.total ?? 0), 0);
}
