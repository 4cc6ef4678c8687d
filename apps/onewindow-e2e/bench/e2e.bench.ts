// `npm run bench:e2e`: the platform end to end — matters registered at intake over gRPC until intake's
// timeline shows arbitration accepted them, after a short warm-up, with 0 and 20,000 matters already
// stored; at each level the idle cost of every process and the store's and the broker's ceilings; then
// a burst from one construction site.
//
// It brings the platform up as `npm start` does — the stack through tools/stack (reused when one is
// running), intake, routing and arbitration as separate processes on free ports, with databases and a
// topic prefix of their own — or, when KAFKA_BROKERS, MONGO_URL and INTAKE_/ROUTING_/ARBITRATION_GRPC_ADDRESS
// are all set, uses those and starts nothing. What it started it stops: at the end, on failure and on
// Ctrl-C. Flags (defaults): --matters 2000 --stored 0,20000 --rate 10 --rate-seconds 30
// --concurrency 16 --burst 2000 --idle-seconds 10 --repeat 1 --timeout-seconds 3600.
import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { connectMongo } from '@onewindow/persistence';
import { ServiceProcess, startOnFreePorts, TEST_CALLER_KEYS, uniqueName } from '@onewindow/testing';
import {
  checkOptions,
  DEFAULT_OPTIONS,
  runBenchmark,
  type BenchmarkOptions,
  type PlatformAddresses,
} from './benchmark';
import { BenchmarkFailure } from './load-driver';

interface Stack {
  up(): Promise<{ kafkaBrokers: string; mongoUrl: string; source: string; startedHere: boolean }>;
  down(): Promise<void>;
}
// Node 20.19+ loads the ES module tools/stack/stack.mjs through require(), as tools/start.ts does.
const stack: Stack = require('../../../tools/stack/stack.mjs');

const SERVICES = ['intake', 'routing', 'arbitration'] as const;
const GIVEN_ADDRESSES = [
  'KAFKA_BROKERS',
  'MONGO_URL',
  'INTAKE_GRPC_ADDRESS',
  'ROUTING_GRPC_ADDRESS',
  'ARBITRATION_GRPC_ADDRESS',
];

class UsageError extends Error {}

const FLAGS: Record<string, (options: Omit<BenchmarkOptions, 'namespace'>, value: string) => void> = {
  matters: (o, v) => (o.matters = number('--matters', v)),
  stored: (o, v) => (o.stored = v.split(',').map((level) => number('--stored', level))),
  rate: (o, v) => (o.rate = number('--rate', v)),
  'rate-seconds': (o, v) => (o.rateSeconds = number('--rate-seconds', v)),
  concurrency: (o, v) => (o.concurrency = number('--concurrency', v)),
  burst: (o, v) => (o.burst = number('--burst', v)),
  'idle-seconds': (o, v) => (o.idleSeconds = number('--idle-seconds', v)),
  repeat: (o, v) => (o.repeat = number('--repeat', v)),
  'timeout-seconds': (o, v) => (o.timeoutSeconds = number('--timeout-seconds', v)),
};

function number(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`${flag} takes a number, not '${text}'`);
  return value;
}

function parseFlags(argv: string[]): Omit<BenchmarkOptions, 'namespace'> {
  const options = { ...DEFAULT_OPTIONS, stored: [...DEFAULT_OPTIONS.stored] };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const set = flag.startsWith('--') ? FLAGS[flag.slice(2)] : undefined;
    if (!set) throw new UsageError(`unknown argument '${argv[i]}'; flags: --${Object.keys(FLAGS).join(' --')}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`${flag} needs a value`);
    set(options, value);
  }
  return options;
}

/** Only 127.0.0.1 traffic: every address given must be this machine's loopback. */
function checkLoopback(name: string, value: string): void {
  const hosts =
    name === 'MONGO_URL' ? (value.match(/^mongodb:\/\/(?:[^@/]*@)?([^/?]+)/)?.[1] ?? '').split(',') : value.split(',');
  for (const host of hosts) {
    if (!/^(127\.0\.0\.1|localhost):\d+$/.test(host.trim())) {
      throw new UsageError(
        `${name}: ${host || value} is not 127.0.0.1:<port>; the benchmark talks to this machine only`,
      );
    }
  }
}

/** What this run started, stopped in reverse order; each step runs once even if asked twice. */
const cleanups: (() => Promise<void>)[] = [];
let stopping: Promise<void> | undefined;
const stopEverything = () =>
  (stopping ??= (async () => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
    }
  })());

// Ctrl-C during start-up: nothing more is started once the cleanups have begun.
function refuseWhileStopping(): void {
  if (stopping) throw new BenchmarkFailure('interrupted while starting the platform');
}

async function bringUp(namespace: string): Promise<PlatformAddresses> {
  const given = GIVEN_ADDRESSES.filter((name) => process.env[name]?.trim());
  if (given.length === GIVEN_ADDRESSES.length) {
    GIVEN_ADDRESSES.forEach((name) => checkLoopback(name, process.env[name]!.trim()));
    console.log('Using the platform at the given addresses; starting nothing.');
    return {
      kafkaBrokers: process.env['KAFKA_BROKERS']!.split(',').map((broker) => broker.trim()),
      mongoUrl: process.env['MONGO_URL']!.trim(),
      intake: process.env['INTAKE_GRPC_ADDRESS']!.trim(),
      routing: process.env['ROUTING_GRPC_ADDRESS']!.trim(),
      arbitration: process.env['ARBITRATION_GRPC_ADDRESS']!.trim(),
    };
  }
  if (given.some((name) => name.endsWith('_GRPC_ADDRESS'))) {
    throw new UsageError(
      `set all of ${GIVEN_ADDRESSES.join(', ')} to use a running platform, or none of the gRPC ones`,
    );
  }

  // Registered before it settles, so Ctrl-C during start-up still takes down a stack started here.
  const stackUp = stack.up();
  cleanups.push(async () => {
    if ((await stackUp).startedHere) await stack.down();
  });
  const infra = await stackUp;
  refuseWhileStopping();
  checkLoopback('KAFKA_BROKERS', infra.kafkaBrokers);
  checkLoopback('MONGO_URL', infra.mongoUrl);
  const kafkaBrokers = infra.kafkaBrokers.split(',');
  const topicPrefix = `${namespace}.`;
  const databases = SERVICES.map((app) => `${namespace}_${app}`);
  cleanups.push(() => dropOwnData(kafkaBrokers, infra.mongoUrl, topicPrefix, databases));

  const services: ServiceProcess[] = [];
  cleanups.push(async () => void (await Promise.all(services.map((service) => service.stop()))));
  const ports: { grpc: number; health: number }[] = [];
  const piiKey = process.env['INTAKE_PII_KEY'] ?? randomBytes(32).toString('base64');
  await Promise.all(
    SERVICES.map(async (app, i) => {
      const upper = app.toUpperCase();
      refuseWhileStopping();
      const {
        service,
        ports: [grpc, health],
      } = await startOnFreePorts(
        2,
        ([grpcPort, healthPort]) =>
          new ServiceProcess({
            app,
            healthPort: healthPort!,
            env: {
              KAFKA_BROKERS: infra.kafkaBrokers,
              MONGO_URL: infra.mongoUrl,
              KAFKA_TOPIC_PREFIX: topicPrefix,
              ONEWINDOW_BIND_ADDRESS: '127.0.0.1',
              INTAKE_PII_KEY: piiKey,
              // The benchmark's clients sign with this process's test key (libs/testing grpcClient).
              ONEWINDOW_CALLER_KEYS: TEST_CALLER_KEYS.trustedKey,
              [`${upper}_DATABASE`]: databases[i]!,
              [`${upper}_GRPC_PORT`]: String(grpcPort),
              [`${upper}_HEALTH_PORT`]: String(healthPort),
            },
          }),
      );
      services.push(service);
      ports[i] = { grpc: grpc!, health: health! };
    }),
  );
  console.log(
    `Platform up (stack: ${infra.source}${infra.startedHere ? ', started here' : ', reused'}; ` +
      `topics ${topicPrefix}*, databases ${databases.join(', ')}; logs in tmp/logs/).`,
  );
  const address = (i: number) => `127.0.0.1:${ports[i]!.grpc}`;
  return { kafkaBrokers, mongoUrl: infra.mongoUrl, intake: address(0), routing: address(1), arbitration: address(2) };
}

/** The services' databases, topics and consumer groups: all under this run's namespace. */
async function dropOwnData(brokers: string[], mongoUrl: string, prefix: string, databases: string[]): Promise<void> {
  for (const database of databases) {
    const connection = await connectMongo({ url: mongoUrl, database, appName: 'bench-e2e-cleanup', attempts: 1 });
    await connection.dropDatabase();
    await connection.close();
  }
  const admin = new Kafka({ clientId: 'bench-e2e-cleanup', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
    const groups = (await admin.listGroups()).groups
      .map(({ groupId }) => groupId)
      .filter((id) => id.startsWith(prefix));
    if (groups.length > 0) await admin.deleteGroups(groups);
  } finally {
    await admin.disconnect();
  }
}

async function main(): Promise<number> {
  const flags = parseFlags(process.argv.slice(2));
  const namespace = uniqueName('bench');
  const abort = new AbortController();
  const options: BenchmarkOptions = { ...flags, namespace, signal: abort.signal };
  try {
    checkOptions(options);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  // A second Ctrl-C is not caught: it ends the process at once, as the shell's user asked.
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      abort.abort();
      console.error(`\n${signal}: stopping everything this run started…`);
      void stopEverything().then(() => process.exit(code));
    });
  }
  try {
    const addresses = await bringUp(namespace);
    await runBenchmark(options, addresses, (line) => console.log(line));
    return 0;
  } finally {
    await stopEverything();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof BenchmarkFailure || error instanceof UsageError;
    console.error(
      `\n✗ ${known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    void stopEverything().then(() => process.exit(error instanceof UsageError ? 2 : 1));
  },
);
