#!/usr/bin/env node
// OneWindow dev/test stack: a real Apache Kafka broker and a real MongoDB-wire store (FerretDB)
// on 127.0.0.1, without Docker. Used by `npm start`, the jest global setup and developers.
//
//   node tools/stack/stack.mjs provision   download/build into the user cache (idempotent)
//   node tools/stack/stack.mjs up          start (or reuse) a stack, print KAFKA_BROKERS= / MONGO_URL=
//   node tools/stack/stack.mjs status      show what is up; exit 1 when nothing is
//   node tools/stack/stack.mjs down        stop it and delete its data
//
// Where the servers come from, in order:
//   1. KAFKA_BROKERS and MONGO_URL both set: use them, start nothing.
//   2. testcontainers, when a container runtime answers within 3 s (skipped when ONEWINDOW_STACK=local).
//   3. Local binaries cached under ${XDG_CACHE_HOME:-~/.cache}/onewindow/: Kafka jars from Maven
//      Central (needs java 17+ and mvn once) and a FerretDB binary built with go (1.24+, once).
//
// Environment: ONEWINDOW_KAFKA_VERSION (default below; 3.9.x also works), ONEWINDOW_KAFKA_PORT,
// ONEWINDOW_MONGO_PORT (pin the ports; free ones are picked otherwise), ONEWINDOW_KAFKA_HEAP_OPTS
// (default "-Xms256m -Xmx512m"), ONEWINDOW_STACK_TIMEOUT_MS (readiness bound per server,
// default 90000), JAVA_HOME (optional).
//
// Only Node built-ins are imported at the top: kafkajs, mongoose and testcontainers are loaded
// lazily, where they are needed, so `provision` works before `npm install`.

import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_KAFKA_VERSION = '4.4.0';
export const FERRETDB_VERSION = '1.24.2';
// Kafka 4.x logs through slf4j 1.7 (its pom pulls slf4j-api 1.7.36) and log4j2, so the binding is
// log4j-slf4j-impl (the slf4j 1.x one), not log4j-slf4j2-impl. 3.x logs through reload4j.
const LOG4J_VERSION = '2.26.1';
const SLF4J_RELOAD4J_VERSION = '1.7.36';
const RELOAD4J_VERSION = '1.2.25';
// Maven 3.8 would otherwise resolve the ancient 2.8 plugin from its super-POM.
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';

const MIN_JAVA = 17;
const MIN_GO = [1, 24];
const DEFAULT_HEAP_OPTS = '-Xms256m -Xmx512m';
const DEFAULT_READY_TIMEOUT_MS = 90_000;
const CONTAINER_PROBE_MS = 3_000;
const STOP_GRACE_MS = 10_000;
const ZOMBIE_REAP_WAIT_MS = 3_000;
const MAVEN_TIMEOUT_MS = 15 * 60_000;
const GO_TIMEOUT_MS = 20 * 60_000;
const TOOL_CHECK_TIMEOUT_MS = 30_000;
const FORMAT_TIMEOUT_MS = 60_000;
// Waiting for another stack.mjs: the holder of a cache lock is bounded by the build timeouts,
// the holder of the state lock by two server starts.
const CACHE_LOCK_WAIT_MS = GO_TIMEOUT_MS + 60_000;
const STATE_LOCK_WAIT_MS = 5 * 60_000;

const TOOL_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(TOOL_DIR, '..', '..');
const STATE_DIR = path.join(REPO_ROOT, 'tmp', 'stack');
const STATE_FILE = path.join(STATE_DIR, 'state.json');
const RUN_DIR_PREFIX = 'onewindow-stack-';
const CACHE_ROOT = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'onewindow');

/** An expected failure: the CLI prints only the message and exits with `exitCode`. */
export class StackError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.name = 'StackError';
    this.exitCode = exitCode;
  }
}

const defaultLog = (line) => process.stderr.write(`[stack] ${line}\n`);

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Provisions (if needed) and starts the stack, or reuses the one the state file names.
 * @param {{log?: (line: string) => void, timeoutMs?: number}} [options]
 * @returns {Promise<{kafkaBrokers: string, mongoUrl: string, source: 'env'|'testcontainers'|'local', startedHere: boolean}>}
 */
export async function up(options = {}) {
  const log = options.log ?? defaultLog;
  const timeoutMs = options.timeoutMs ?? envInt('ONEWINDOW_STACK_TIMEOUT_MS', DEFAULT_READY_TIMEOUT_MS);

  const external = externalServers();
  if (external) return { ...external, source: 'env', startedHere: false };
  // Settings errors first, before any probing or waiting.
  kafkaVersionInUse();
  envPort('ONEWINDOW_KAFKA_PORT');
  envPort('ONEWINDOW_MONGO_PORT');

  // Outside the lock only reuse: a stack that does not answer yet may be another `up` starting it.
  const reused = await reuseRunning(log, { cleanUp: false });
  if (reused) return reused;

  const containers = process.env.ONEWINDOW_STACK === 'local' ? null : await containerRuntime(log);
  if (!containers) await provision({ log });

  return withLock(path.join(STATE_DIR, '.lock'), 'the stack state', STATE_LOCK_WAIT_MS, log, async () => {
    // Another `up` may have finished while this one waited for the lock.
    const again = await reuseRunning(log, { cleanUp: true });
    if (again) return again;
    const state = containers ? await startContainers(containers, timeoutMs, log) : await startLocal(timeoutMs, log);
    return { kafkaBrokers: state.kafkaBrokers, mongoUrl: state.mongoUrl, source: state.source, startedHere: true };
  });
}

/**
 * Stops what the state file names, deletes its data folder and the state file. Safe when nothing is up.
 * @param {{log?: (line: string) => void}} [options]
 * @returns {Promise<{stopped: boolean, source?: 'testcontainers'|'local'}>}
 */
export async function down(options = {}) {
  const log = options.log ?? defaultLog;
  return withLock(path.join(STATE_DIR, '.lock'), 'the stack state', STATE_LOCK_WAIT_MS, log, async () => {
    const state = await readState(log);
    if (!state) {
      await fsp.rm(STATE_FILE, { force: true });
      return { stopped: false };
    }
    await teardown(state, log);
    await fsp.rm(STATE_FILE, { force: true });
    return { stopped: true, source: state.source };
  });
}

/**
 * What the state file names, with liveness; null when there is no state file. `alive`: the
 * process (or container) is there; `listening`: its port accepts connections.
 * @returns {Promise<null | {source: string, up: boolean, ready: boolean, kafkaBrokers: string, mongoUrl: string,
 *   dataDir?: string, startedAt: string, kafka: object & {alive: boolean, listening: boolean},
 *   mongo: object & {alive: boolean, listening: boolean}}>}
 */
export async function status() {
  const state = await readState(ignore);
  if (!state) return null;
  const [kafka, mongo] = await Promise.all(
    [state.kafka, state.mongo].map(async (entry) => {
      const listening = await portOpen(entry.port, entry.host);
      // A container's process cannot be seen from here: its port answering is all we know.
      return { ...entry, alive: entry.pid ? processAlive(entry.pid, entry.startTicks) : listening, listening };
    }),
  );
  return { ...state, up: Boolean(state.ready && kafka.listening && mongo.listening), kafka, mongo };
}

/**
 * Downloads the Kafka jars and builds FerretDB into the user cache, unless already there.
 * @param {{log?: (line: string) => void}} [options]
 * @returns {Promise<{kafka: {version: string, dir: string, cached: boolean, seconds: number},
 *   ferretdb: {version: string, dir: string, cached: boolean, seconds: number}}>}
 */
export async function provision(options = {}) {
  const log = options.log ?? defaultLog;
  const kafkaVersion = kafkaVersionInUse();
  const kafkaRecipe = kafkaPom(kafkaVersion);
  const ferretMain = await fsp.readFile(path.join(TOOL_DIR, 'ferretdb', 'main.go'), 'utf8');
  const ferretRecipe = ferretdbRecipe(ferretMain);
  const kafkaDir = kafkaCacheDir(kafkaVersion);
  const ferretDir = ferretCacheDir();

  // Check every missing tool before starting anything, so a failure is one clear sentence up front.
  const kafkaCached = await isComplete(kafkaDir, kafkaRecipe);
  const ferretCached = await isComplete(ferretDir, ferretRecipe);
  if (!kafkaCached) {
    await requireJava();
    await requireMaven();
  }
  if (!ferretCached) await requireGo();

  // Run both at once: Maven mostly waits on the network, go build mostly on the CPU.
  const [kafka, ferretdb] = await settleAll([
    cached(kafkaDir, kafkaRecipe, `Kafka ${kafkaVersion} jars`, log, (dir) =>
      downloadKafka(dir, kafkaRecipe, kafkaVersion),
    ),
    cached(ferretDir, ferretRecipe, `FerretDB ${FERRETDB_VERSION}`, log, (dir) => buildFerretDB(dir, ferretMain)),
  ]);
  return {
    kafka: { version: kafkaVersion, dir: kafkaDir, ...kafka },
    ferretdb: { version: FERRETDB_VERSION, dir: ferretDir, ...ferretdb },
  };
}

// ---------------------------------------------------------------------------------------------
// Choosing the source

function externalServers() {
  const kafkaBrokers = process.env.KAFKA_BROKERS?.trim();
  const mongoUrl = process.env.MONGO_URL?.trim();
  if (kafkaBrokers && mongoUrl) return { kafkaBrokers, mongoUrl };
  if (kafkaBrokers || mongoUrl) {
    const [set, unset] = kafkaBrokers ? ['KAFKA_BROKERS', 'MONGO_URL'] : ['MONGO_URL', 'KAFKA_BROKERS'];
    throw new StackError(
      `${set} is set but ${unset} is not: set both to use your own servers, or neither to let the stack start them.`,
      2,
    );
  }
  return null;
}

/**
 * The running stack named by the state file, if both servers answer; otherwise null, after
 * cleaning up what is left of it when `cleanUp` (only while holding the state lock).
 */
async function reuseRunning(log, { cleanUp }) {
  const state = await readState(log);
  if (!state) return null;
  if (state.ready && (await stackAnswers(state))) {
    log(`Reusing the stack already up (${state.source}, started ${state.startedAt}).`);
    const wanted = `Kafka ${kafkaVersionInUse()}`;
    if (state.kafka.server !== wanted)
      log(`Note: it runs ${state.kafka.server}, not ${wanted}; run \`down\` first to switch.`);
    return { kafkaBrokers: state.kafkaBrokers, mongoUrl: state.mongoUrl, source: state.source, startedHere: false };
  }
  if (!cleanUp) return null;
  log('The stack in the state file does not answer; cleaning up what is left of it.');
  await teardown(state, log);
  await fsp.rm(STATE_FILE, { force: true });
  return null;
}

async function stackAnswers(state) {
  const running = (entry) => !entry.pid || processAlive(entry.pid, entry.startTicks);
  if (!running(state.kafka) || !running(state.mongo)) return false;
  const deadline = Date.now() + 10_000;
  const [kafka, mongo] = await Promise.all([
    kafkaAnswers(state.kafkaBrokers, deadline),
    mongoAnswers(state.mongoUrl, deadline),
  ]);
  return kafka && mongo;
}

/**
 * A testcontainers runtime client if one answers within CONTAINER_PROBE_MS, else null.
 * Note: this branch cannot be exercised on the project's machines (no container engine), and
 * testcontainers 12.0.x cannot even be imported on Node 20 (its undici 8 needs Node 22).
 */
async function containerRuntime(log) {
  let tc;
  try {
    tc = await import('testcontainers');
  } catch (err) {
    log(`testcontainers cannot be loaded on Node ${process.versions.node} (${firstLine(err)}); using local binaries.`);
    return null;
  }
  const probe = tc.getContainerRuntimeClient();
  probe.catch(ignore); // may settle after the race is lost
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(resolve, CONTAINER_PROBE_MS, null);
  });
  const client = await Promise.race([probe, timeout])
    .catch(() => null)
    .finally(() => clearTimeout(timer));
  if (!client) {
    log(`No container runtime answered within ${CONTAINER_PROBE_MS / 1000} s; using local binaries.`);
    return null;
  }
  return { tc, client };
}

// ---------------------------------------------------------------------------------------------
// Local binaries: provisioning

function kafkaVersionInUse() {
  const version = process.env.ONEWINDOW_KAFKA_VERSION?.trim() || DEFAULT_KAFKA_VERSION;
  if (!/^\d+\.\d+\.\d+$/.test(version) || ![3, 4].includes(kafkaMajor(version))) {
    throw new StackError(
      `ONEWINDOW_KAFKA_VERSION must be a Kafka 3.x or 4.x release such as 3.9.1 or ${DEFAULT_KAFKA_VERSION}, not "${version}".`,
      2,
    );
  }
  return version;
}

const kafkaMajor = (version) => Number(version.split('.')[0]);
const kafkaCacheDir = (version) => path.join(CACHE_ROOT, `kafka-${version}`);
const ferretCacheDir = () => path.join(CACHE_ROOT, `ferretdb-${FERRETDB_VERSION}`);
const ferretBinary = () => path.join(ferretCacheDir(), 'ferretdb');

/** The pom whose runtime dependencies are the broker's classpath; logging bindings are not in Kafka's own pom. */
function kafkaPom(version) {
  const dep = (groupId, artifactId, v) =>
    `    <dependency><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId><version>${v}</version></dependency>`;
  const logging =
    kafkaMajor(version) >= 4
      ? [
          dep('org.apache.logging.log4j', 'log4j-slf4j-impl', LOG4J_VERSION),
          // Pinned together so log4j-api and log4j-core match the binding (Kafka pulls older ones).
          dep('org.apache.logging.log4j', 'log4j-api', LOG4J_VERSION),
          dep('org.apache.logging.log4j', 'log4j-core', LOG4J_VERSION),
        ]
      : [
          dep('org.slf4j', 'slf4j-reload4j', SLF4J_RELOAD4J_VERSION),
          dep('ch.qos.reload4j', 'reload4j', RELOAD4J_VERSION),
        ];
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>onewindow.stack</groupId>
  <artifactId>kafka-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
${[dep('org.apache.kafka', 'kafka_2.13', version), ...logging].join('\n')}
  </dependencies>
</project>
`;
}

async function downloadKafka(dir, pom, version) {
  const libs = path.join(dir, 'libs');
  const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'onewindow-mvn-'));
  try {
    await fsp.writeFile(path.join(work, 'pom.xml'), pom);
    await run(
      'mvn',
      [
        '-q',
        '-B',
        '-f',
        path.join(work, 'pom.xml'),
        `${DEPENDENCY_PLUGIN}:copy-dependencies`,
        `-DoutputDirectory=${libs}`,
        '-DincludeScope=runtime',
      ],
      { timeoutMs: MAVEN_TIMEOUT_MS, what: 'Maven (downloading Kafka)' },
    );
  } finally {
    await fsp.rm(work, { recursive: true, force: true });
  }
  if (!fs.existsSync(path.join(libs, `kafka_2.13-${version}.jar`))) {
    throw new StackError(`Maven finished but kafka_2.13-${version}.jar is not in ${libs}.`);
  }
}

/**
 * Source edits applied to FerretDB's vendored copy before it is built, each with why. A build whose
 * edit no longer finds its text fails, rather than silently producing an unpatched store.
 */
const FERRETDB_PATCHES = [
  {
    // The SQLite backend filters `{_id: …}` with `_ferretdb_sjson->'$._id'` while the unique index on
    // _id is built on `_ferretdb_sjson->"_id"`. SQLite matches index expressions by their text, so
    // every lookup, update and delete by _id scanned the whole table (EXPLAIN QUERY PLAN: SCAN;
    // findOne by _id 2.6 ms with 200 documents, 54 ms with 5,200). `->'_id'` is the same JSON path
    // ('$._id') and the planner answers it from the index (SEARCH … USING INDEX …__id_).
    file: 'internal/backends/sqlite/metadata/metadata.go',
    from: `IDColumn = DefaultColumn + "->'$._id'"`,
    to: `IDColumn = DefaultColumn + "->'_id'"`,
  },
];

/** What a cached FerretDB build was made from: the launcher and the patches. */
const ferretdbRecipe = (mainGo) => `${mainGo}\n${JSON.stringify(FERRETDB_PATCHES)}`;

async function buildFerretDB(dir, mainGo) {
  const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'onewindow-go-'));
  // -mod=mod lets go fill go.sum; GOPROXY and the checksum database stay as the machine has them.
  // FerretDB v1 is pure Go, so no C compiler is needed.
  const env = { ...process.env, GOFLAGS: '-mod=mod', CGO_ENABLED: '0' };
  const go = (args, what) => run('go', args, { cwd: work, env, timeoutMs: GO_TIMEOUT_MS, what });
  try {
    await fsp.writeFile(path.join(work, 'main.go'), mainGo);
    await go(['mod', 'init', 'onewindow.local/ferretdb-launcher'], 'go mod init');
    await go(['get', `github.com/FerretDB/FerretDB@v${FERRETDB_VERSION}`], `go get FerretDB ${FERRETDB_VERSION}`);
    // A writable copy of the module, patched and put in its place with a replace directive.
    const moduleDir = (
      await go(['list', '-m', '-f', '{{.Dir}}', 'github.com/FerretDB/FerretDB'], 'go list (FerretDB)')
    ).output.trim();
    const source = path.join(work, 'ferretdb-source');
    await fsp.cp(moduleDir, source, { recursive: true });
    for (const patch of FERRETDB_PATCHES) {
      const file = path.join(source, patch.file);
      await fsp.chmod(file, 0o644);
      const text = await fsp.readFile(file, 'utf8');
      if (text.split(patch.from).length !== 2) {
        throw new StackError(`FerretDB ${FERRETDB_VERSION}: ${patch.file} no longer contains ${patch.from} once.`);
      }
      await fsp.writeFile(file, text.replace(patch.from, patch.to));
    }
    await go(['mod', 'edit', '-replace', `github.com/FerretDB/FerretDB=${source}`], 'go mod edit (FerretDB)');
    await go(['build', '-trimpath', '-ldflags=-s -w', '-o', path.join(dir, 'ferretdb'), '.'], 'go build (FerretDB)');
  } finally {
    // The copy keeps the module cache's read-only modes, which would stop a non-root user removing it.
    await run('chmod', ['-R', 'u+w', work], { timeoutMs: GO_TIMEOUT_MS, what: 'chmod' }).catch(() => undefined);
    await fsp.rm(work, { recursive: true, force: true });
  }
}

/**
 * Runs `produce(dir)` into an emptied `dir` unless its marker says a complete build of `recipe` is
 * there. The marker is written last, so an interrupted run is redone; a lock keeps concurrent
 * callers from building into the same folder.
 */
async function cached(dir, recipe, what, log, produce) {
  if (await isComplete(dir, recipe)) return { cached: true, seconds: 0 };
  await fsp.mkdir(CACHE_ROOT, { recursive: true });
  return withLock(`${dir}.lock`, what, CACHE_LOCK_WAIT_MS, log, async () => {
    if (await isComplete(dir, recipe)) return { cached: true, seconds: 0 };
    const started = Date.now();
    log(`Provisioning ${what} into ${dir} (first time only)...`);
    await fsp.rm(dir, { recursive: true, force: true });
    await fsp.mkdir(dir, { recursive: true });
    await produce(dir);
    await fsp.writeFile(
      markerFile(dir),
      JSON.stringify({ recipe: sha256(recipe), completedAt: new Date().toISOString() }) + '\n',
    );
    const seconds = (Date.now() - started) / 1000;
    log(`Provisioned ${what} in ${seconds.toFixed(1)} s.`);
    return { cached: false, seconds };
  });
}

const markerFile = (dir) => path.join(dir, '.complete');

async function isComplete(dir, recipe) {
  try {
    return JSON.parse(await fsp.readFile(markerFile(dir), 'utf8')).recipe === sha256(recipe);
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Prerequisites

const javaCommand = () => (process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java');

async function requireJava() {
  const sentence = (found) =>
    `Java ${MIN_JAVA} or newer is needed to run Kafka${found}: install a JDK (apt install openjdk-17-jre-headless) or set KAFKA_BROKERS and MONGO_URL to servers you run yourself.`;
  const out = await probeTool(javaCommand(), ['-version']);
  // `openjdk version "17.0.15"`, `java version "1.8.0_202"`
  const match = out?.match(/version "(\d+)(?:\.(\d+))?/);
  if (!match) throw new StackError(sentence(''), 2);
  const major = match[1] === '1' ? Number(match[2]) : Number(match[1]);
  if (major < MIN_JAVA) throw new StackError(sentence(` (found Java ${major})`), 2);
}

async function requireMaven() {
  if (!(await probeTool('mvn', ['-v']))) {
    throw new StackError(
      'Maven is needed once to download Kafka: install it (apt install maven) or set KAFKA_BROKERS and MONGO_URL to servers you run yourself.',
      2,
    );
  }
}

async function requireGo() {
  const sentence = (found) =>
    `Go ${MIN_GO.join('.')} or newer is needed once to build FerretDB${found}: install it (https://go.dev/dl/) or set KAFKA_BROKERS and MONGO_URL to servers you run yourself.`;
  const out = await probeTool('go', ['env', 'GOVERSION']);
  const match = out?.match(/go(\d+)\.(\d+)/);
  if (!match) throw new StackError(sentence(''), 2);
  const [major, minor] = [Number(match[1]), Number(match[2])];
  if (major < MIN_GO[0] || (major === MIN_GO[0] && minor < MIN_GO[1])) {
    throw new StackError(sentence(` (found ${out.trim()})`), 2);
  }
}

/** The output of a quick tool invocation, or null when the tool is missing or fails. */
async function probeTool(command, args) {
  try {
    return (await run(command, args, { timeoutMs: TOOL_CHECK_TIMEOUT_MS, what: command })).output;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Local binaries: running

async function startLocal(timeoutMs, log) {
  const kafkaVersion = kafkaVersionInUse();
  await requireJava();
  const [kafkaPort, controllerPort, mongoPort] = await reservePorts([
    'ONEWINDOW_KAFKA_PORT',
    null,
    'ONEWINDOW_MONGO_PORT',
  ]);
  const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), RUN_DIR_PREFIX));
  const state = {
    source: 'local',
    ready: false,
    kafkaBrokers: `127.0.0.1:${kafkaPort}`,
    mongoUrl: `mongodb://127.0.0.1:${mongoPort}/`,
    dataDir,
    startedAt: new Date().toISOString(),
    kafka: { server: `Kafka ${kafkaVersion}`, port: kafkaPort },
    mongo: { server: `FerretDB ${FERRETDB_VERSION}`, port: mongoPort },
  };
  // The state is written before anything runs, and again after each start, so `down` can clean
  // up after an `up` that was interrupted half-way.
  const save = serialized(() => writeState(state));
  await save();

  const started = Date.now();
  log(`Starting Kafka ${kafkaVersion} and FerretDB ${FERRETDB_VERSION} (data in ${dataDir})...`);
  try {
    await settleAll([
      startKafka(state, kafkaVersion, controllerPort, timeoutMs, save, log),
      startFerretDB(state, timeoutMs, save, log),
    ]);
  } catch (err) {
    await teardown(state, log);
    await fsp.rm(STATE_FILE, { force: true });
    throw err;
  }
  state.ready = true;
  await save();
  log(`Stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return state;
}

/** Settings shared by the local broker and the container one: one node, dev-sized. */
function brokerSettings(version) {
  return {
    'process.roles': 'broker,controller',
    'node.id': '1',
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    'num.partitions': '3',
    // The services create their topics (and their .dlq topics) themselves.
    'auto.create.topics.enable': 'false',
    'group.initial.rebalance.delay.ms': '0',
    // One partition per internal topic: on a single node, 50 of each only slow down the first
    // consumer group and the first transaction.
    'offsets.topic.replication.factor': '1',
    'offsets.topic.num.partitions': '1',
    'transaction.state.log.replication.factor': '1',
    'transaction.state.log.min.isr': '1',
    'transaction.state.log.num.partitions': '1',
    ...(kafkaMajor(version) >= 4 && {
      'share.coordinator.state.topic.replication.factor': '1',
      'share.coordinator.state.topic.min.isr': '1',
      'share.coordinator.state.topic.num.partitions': '1',
    }),
  };
}

async function startKafka(state, version, controllerPort, timeoutMs, save, log) {
  const dir = path.join(state.dataDir, 'kafka');
  const logDir = path.join(dir, 'data');
  await fsp.mkdir(logDir, { recursive: true });
  const port = state.kafka.port;
  const propsFile = path.join(dir, 'server.properties');
  const logFile = path.join(dir, 'kafka.log');
  const outFile = path.join(dir, 'kafka.out');
  state.kafka.logs = [logFile, outFile];

  const settings = {
    ...brokerSettings(version),
    // A static quorum (controller.quorum.voters) formats and starts the same way on 3.9 and 4.x;
    // the dynamic form would need `format --standalone` and controller.quorum.bootstrap.servers.
    'controller.quorum.voters': `1@127.0.0.1:${controllerPort}`,
    listeners: `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${port}`,
    'log.dirs': logDir,
  };
  await fsp.writeFile(
    propsFile,
    Object.entries(settings)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n') + '\n',
  );
  const loggingOption = await writeKafkaLogConfig(dir, version, logFile);
  const classpath = ['-cp', `${path.join(kafkaCacheDir(version), 'libs')}${path.sep}*`, loggingOption];

  // Same id rules as Kafka's Uuid.randomUuid(): 16 random bytes, base64url, never starting with "-".
  let clusterId;
  do clusterId = crypto.randomBytes(16).toString('base64url');
  while (clusterId.startsWith('-'));
  // A short-lived tool: the C1 compiler alone and the serial GC make it start about a second faster.
  await run(
    javaCommand(),
    [
      '-Xmx256m',
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      ...classpath,
      'kafka.tools.StorageTool',
      'format',
      '-t',
      clusterId,
      '-c',
      propsFile,
    ],
    { timeoutMs: FORMAT_TIMEOUT_MS, what: 'Kafka storage format' },
  );

  const heap = (process.env.ONEWINDOW_KAFKA_HEAP_OPTS?.trim() || DEFAULT_HEAP_OPTS).split(/\s+/);
  const child = spawnDetached(
    javaCommand(),
    [...heap, '-Djava.awt.headless=true', ...classpath, 'kafka.Kafka', propsFile],
    dir,
    outFile,
  );
  Object.assign(state.kafka, { pid: child.pid, startTicks: processStartTicks(child.pid) });
  await save();

  const started = Date.now();
  await waitFor(
    `Kafka on ${state.kafkaBrokers}`,
    child,
    timeoutMs,
    state.kafka.logs,
    async (deadline) => (await portOpen(port)) && (await kafkaAnswers(state.kafkaBrokers, deadline)),
  );
  log(
    `Kafka ${version} ready on ${state.kafkaBrokers} (${((Date.now() - started) / 1000).toFixed(1)} s after launch).`,
  );
}

/** Writes the broker's logging config (log4j2 for 4.x, reload4j for 3.x) and returns the JVM option naming it. */
async function writeKafkaLogConfig(dir, version, logFile) {
  // WARN and above, plus the one INFO line saying the server started.
  if (kafkaMajor(version) >= 4) {
    const file = path.join(dir, 'log4j2.properties');
    await fsp.writeFile(
      file,
      [
        'status = warn',
        'appender.file.type = File',
        'appender.file.name = FILE',
        `appender.file.fileName = ${logFile}`,
        'appender.file.layout.type = PatternLayout',
        'appender.file.layout.pattern = [%d] %p %m (%c)%n',
        'rootLogger.level = WARN',
        'rootLogger.appenderRef.file.ref = FILE',
        'logger.started.name = kafka.server.KafkaRaftServer',
        'logger.started.level = INFO',
      ].join('\n') + '\n',
    );
    return `-Dlog4j2.configurationFile=${file}`;
  }
  const file = path.join(dir, 'log4j.properties');
  await fsp.writeFile(
    file,
    [
      'log4j.rootLogger=WARN, file',
      'log4j.appender.file=org.apache.log4j.FileAppender',
      `log4j.appender.file.File=${logFile}`,
      'log4j.appender.file.layout=org.apache.log4j.PatternLayout',
      'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n',
      'log4j.logger.kafka.server.KafkaRaftServer=INFO',
    ].join('\n') + '\n',
  );
  return `-Dlog4j.configuration=file:${file}`;
}

async function startFerretDB(state, timeoutMs, save, log) {
  const dir = path.join(state.dataDir, 'ferretdb');
  const dbDir = path.join(dir, 'data');
  await fsp.mkdir(dbDir, { recursive: true });
  const logFile = path.join(dir, 'ferretdb.log');
  state.mongo.logs = [logFile];
  const port = state.mongo.port;

  const child = spawnDetached(
    ferretBinary(),
    // WAL with synchronous=NORMAL: a killed process loses no committed write (the WAL is in the page
    // cache); only a power cut can lose the last commits. FerretDB's default (FULL) syncs every commit:
    // measured here, 200 → 900 inserts/s and 190 → 730 updates by _id/s at 8 in flight.
    ['-listen-addr', `127.0.0.1:${port}`, '-sqlite-url', `file:${dbDir}/?_pragma=synchronous(normal)`],
    dir,
    logFile,
  );
  Object.assign(state.mongo, { pid: child.pid, startTicks: processStartTicks(child.pid) });
  await save();

  const started = Date.now();
  await waitFor(
    `FerretDB on ${state.mongoUrl}`,
    child,
    timeoutMs,
    state.mongo.logs,
    async (deadline) => (await portOpen(port)) && (await mongoAnswers(state.mongoUrl, deadline)),
  );
  log(
    `FerretDB ${FERRETDB_VERSION} ready on ${state.mongoUrl} (${((Date.now() - started) / 1000).toFixed(1)} s after launch).`,
  );
}

/** Starts a server in its own session and process group, detached from ours, output to `outFile`. */
function spawnDetached(command, args, cwd, outFile) {
  const out = fs.openSync(outFile, 'a');
  try {
    const child = spawn(command, args, { cwd, detached: true, stdio: ['ignore', out, out] });
    child.exited = null;
    child.on('exit', (code, signal) => (child.exited = { code, signal }));
    child.on('error', (err) => (child.exited = { error: err }));
    child.unref();
    if (!child.pid) throw new StackError(`Cannot start ${command}.`);
    return child;
  } finally {
    fs.closeSync(out);
  }
}

/** Polls `check(deadline)` until it is true; fails with the log tails when the process dies or time runs out. */
async function waitFor(what, child, timeoutMs, logs, check) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exited) {
      const how = child.exited.error
        ? firstLine(child.exited.error)
        : `exit ${child.exited.code ?? child.exited.signal}`;
      throw new StackError(`${what} stopped during start (${how}).\n${await logTails(logs)}`);
    }
    if (await check(deadline)) return;
    if (Date.now() >= deadline) {
      throw new StackError(`${what} was not ready within ${timeoutMs / 1000} s.\n${await logTails(logs)}`);
    }
    await sleep(250);
  }
}

// ---------------------------------------------------------------------------------------------
// Testcontainers (not exercised on the project's machines: see containerRuntime)

async function startContainers({ tc, client }, timeoutMs, log) {
  const kafkaVersion = kafkaVersionInUse();
  const host = client.info.containerRuntime.host;
  const [kafkaPort, mongoPort] = await reservePorts(['ONEWINDOW_KAFKA_PORT', 'ONEWINDOW_MONGO_PORT']);
  const state = {
    source: 'testcontainers',
    ready: false,
    kafkaBrokers: `${host}:${kafkaPort}`,
    mongoUrl: `mongodb://${host}:${mongoPort}/`,
    startedAt: new Date().toISOString(),
    kafka: { server: `Kafka ${kafkaVersion}`, image: `apache/kafka:${kafkaVersion}`, host, port: kafkaPort },
    // FerretDB rather than MongoDB, so tests meet the same feature subset as with local binaries.
    mongo: {
      server: `FerretDB ${FERRETDB_VERSION}`,
      image: `ghcr.io/ferretdb/ferretdb:${FERRETDB_VERSION}`,
      host,
      port: mongoPort,
    },
  };
  // The advertised listener must carry the host port, so the port is fixed before the container starts.
  const kafkaEnv = Object.fromEntries(
    Object.entries({
      ...brokerSettings(kafkaVersion),
      'controller.quorum.voters': '1@localhost:9093',
      listeners: 'PLAINTEXT://:9092,CONTROLLER://:9093',
      'advertised.listeners': `PLAINTEXT://${host}:${kafkaPort}`,
    }).map(([k, v]) => [`KAFKA_${k.toUpperCase().replaceAll('.', '_')}`, v]),
  );
  const specs = [
    [
      state.kafka,
      new tc.GenericContainer(state.kafka.image)
        .withExposedPorts({ container: 9092, host: kafkaPort })
        .withEnvironment(kafkaEnv),
    ],
    [
      state.mongo,
      new tc.GenericContainer(state.mongo.image)
        .withExposedPorts({ container: 27017, host: mongoPort })
        .withEnvironment({
          FERRETDB_HANDLER: 'sqlite',
          FERRETDB_SQLITE_URL: 'file:/state/?_pragma=synchronous(normal)',
          FERRETDB_TELEMETRY: 'disable',
        }),
    ],
  ];
  log(`Starting ${state.kafka.image} and ${state.mongo.image} with testcontainers...`);
  try {
    await settleAll(
      specs.map(async ([entry, container]) => {
        entry.containerId = (await container.withStartupTimeout(timeoutMs).start()).getId();
      }),
    );
    const deadline = Date.now() + timeoutMs;
    for (const [what, check] of [
      ['Kafka', () => kafkaAnswers(state.kafkaBrokers, deadline)],
      ['FerretDB', () => mongoAnswers(state.mongoUrl, deadline)],
    ]) {
      while (!(await check())) {
        if (Date.now() >= deadline) throw new StackError(`${what} in its container was not ready in time.`);
        await sleep(250);
      }
    }
  } catch (err) {
    await teardown(state, log);
    throw err;
  }
  state.ready = true;
  await writeState(state);
  return state;
}

async function stopContainer(id, log) {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const client = await getContainerRuntimeClient();
    const container = client.container.getById(id);
    await client.container.stop(container, { timeout: STOP_GRACE_MS / 1000 });
    await client.container.remove(container, { removeVolumes: true });
  } catch (err) {
    log(`Could not remove container ${id}: ${firstLine(err)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Readiness probes

/** True once the broker answers a metadata request. */
async function kafkaAnswers(brokers, deadline) {
  const { Kafka, logLevel } = (await import('kafkajs')).default;
  const timeout = Math.max(500, Math.min(5_000, deadline - Date.now()));
  const admin = new Kafka({
    clientId: 'onewindow-stack',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
    connectionTimeout: Math.min(1_000, timeout),
    requestTimeout: timeout,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    await admin.listTopics();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(ignore);
  }
}

/** True once the server answers a MongoDB `ping`. */
async function mongoAnswers(url, deadline) {
  const mongoose = (await import('mongoose')).default;
  const timeout = Math.max(500, Math.min(5_000, deadline - Date.now()));
  const conn = mongoose.createConnection(url, { serverSelectionTimeoutMS: timeout, connectTimeoutMS: timeout });
  try {
    await conn.asPromise();
    const reply = await conn.db.admin().ping();
    return reply?.ok === 1;
  } catch {
    return false;
  } finally {
    await conn.close(true).catch(ignore);
  }
}

function portOpen(port, host = '127.0.0.1', timeoutMs = 1_000) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

// ---------------------------------------------------------------------------------------------
// Stopping

/** Stops everything a state names and deletes its data folder. */
async function teardown(state, log) {
  await Promise.all(
    [state.kafka, state.mongo].map(async (entry) => {
      if (entry?.pid) await stopProcessGroup(entry.pid, entry.startTicks, log);
      if (entry?.containerId) await stopContainer(entry.containerId, log);
    }),
  );
  // Only ever a folder this tool made: a damaged state file must not point rm at anything else.
  const dataDir = state.dataDir && path.resolve(state.dataDir);
  if (
    dataDir &&
    path.dirname(dataDir) === path.resolve(os.tmpdir()) &&
    path.basename(dataDir).startsWith(RUN_DIR_PREFIX)
  ) {
    await fsp.rm(dataDir, { recursive: true, force: true });
  }
}

/** SIGTERM to the process group, SIGKILL after STOP_GRACE_MS; bounded. */
async function stopProcessGroup(pid, startTicks, log) {
  if (!processAlive(pid, startTicks)) return;
  signalGroup(pid, 'SIGTERM');
  if (await groupGone(pid, Date.now() + STOP_GRACE_MS)) return;
  log(`Process group ${pid} did not stop within ${STOP_GRACE_MS / 1000} s; killing it.`);
  signalGroup(pid, 'SIGKILL');
  if (!(await groupGone(pid, Date.now() + 5_000))) log(`Process group ${pid} is still there after SIGKILL.`);
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (err) {
    if (err.code !== 'ESRCH') throw err;
  }
}

async function groupGone(pid, deadline) {
  let zombieSince = null;
  for (;;) {
    try {
      process.kill(-pid, 0);
    } catch (err) {
      if (err.code === 'ESRCH') return true;
      throw err;
    }
    // An exited leader that is not reaped yet (a zombie) still answers kill(). It is gone all the
    // same, but give init a moment to reap it so a `pgrep` right after `down` comes back empty.
    if (processState(pid) === 'Z') {
      zombieSince ??= Date.now();
      if (Date.now() - zombieSince >= ZOMBIE_REAP_WAIT_MS) return true;
    } else if (Date.now() >= deadline) {
      return false;
    }
    await sleep(100);
  }
}

// ---------------------------------------------------------------------------------------------
// Processes (Linux /proc is used where present so a recycled pid is never mistaken for ours)

function processStat(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself contain spaces and parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

const processState = (pid) => processStat(pid)?.[0] ?? null;
const processStartTicks = (pid) => processStat(pid)?.[19] ?? null; // field 22: starttime

function processAlive(pid, startTicks) {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if (err.code !== 'EPERM') return false;
  }
  if (processState(pid) === 'Z') return false;
  const ticks = processStartTicks(pid);
  return !(startTicks && ticks && ticks !== startTicks);
}

// ---------------------------------------------------------------------------------------------
// State file and locks

async function readState(log) {
  let text;
  try {
    text = await fsp.readFile(STATE_FILE, 'utf8');
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
  try {
    return JSON.parse(text);
  } catch {
    log(`Ignoring the unreadable state file ${STATE_FILE}.`);
    return null;
  }
}

async function writeState(state) {
  await fsp.mkdir(STATE_DIR, { recursive: true });
  const tmp = `${STATE_FILE}.${process.pid}.tmp`;
  await fsp.writeFile(tmp, JSON.stringify(state, null, 2) + '\n');
  await fsp.rename(tmp, STATE_FILE);
}

/** Wraps an async function so calls run one after another, each seeing the latest data. */
function serialized(fn) {
  let last = Promise.resolve();
  return () => (last = last.catch(ignore).then(fn));
}

/**
 * Runs `fn` holding a lock made of a directory (mkdir is atomic). A lock whose owner process is
 * gone is stale and taken over; waiting for a live owner is bounded by `waitMs`.
 */
async function withLock(lockDir, what, waitMs, log, fn) {
  await fsp.mkdir(path.dirname(lockDir), { recursive: true });
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    try {
      await fsp.mkdir(lockDir);
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    const owner = await lockOwner(lockDir);
    if (owner.stale) {
      // Renaming first means only one waiter removes a given stale lock.
      await fsp
        .rename(lockDir, `${lockDir}.stale-${process.pid}`)
        .then(() => fsp.rm(`${lockDir}.stale-${process.pid}`, { recursive: true, force: true }), ignore);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new StackError(
        `Gave up waiting for ${what}: ${lockDir} is held by pid ${owner.pid ?? '?'}; delete it if no other stack.mjs is running.`,
      );
    }
    if (!told) log(`Waiting for another stack.mjs (pid ${owner.pid ?? '?'}) working on ${what}...`);
    told = true;
    await sleep(500);
  }
  try {
    await fsp.writeFile(
      path.join(lockDir, 'owner.json'),
      JSON.stringify({ pid: process.pid, startTicks: processStartTicks(process.pid), host: os.hostname() }),
    );
    return await fn();
  } finally {
    await fsp.rm(lockDir, { recursive: true, force: true });
  }
}

async function lockOwner(lockDir) {
  try {
    const owner = JSON.parse(await fsp.readFile(path.join(lockDir, 'owner.json'), 'utf8'));
    // Another machine sharing this cache over a network home: trust its lock until the wait bound.
    const stale = owner.host === os.hostname() && !processAlive(owner.pid, owner.startTicks);
    return { pid: owner.pid, stale };
  } catch {
    // No owner file yet: either just created (give it a moment) or left by a crash.
    const age = await fsp.stat(lockDir).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    return { pid: null, stale: age > 30_000 };
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** Runs a command to completion with a time bound; rejects with the output's tail on failure. */
function run(command, args, { cwd, env, timeoutMs, what }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk) => {
      output = (output + chunk).slice(-64_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new StackError(`${what} could not run: ${firstLine(err)}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve({ output });
      const why = signal === 'SIGKILL' ? `timed out after ${timeoutMs / 1000} s` : `failed (exit ${code ?? signal})`;
      reject(new StackError(`${what} ${why}:\n${tail(output, 30)}`));
    });
  });
}

/** Binds each port (pinned by the named env variable, or 0 for a free one) on 127.0.0.1 at once, then releases them. */
async function reservePorts(envNames) {
  const servers = [];
  try {
    for (const name of envNames) {
      const pinned = name ? envPort(name) : 0;
      const server = net.createServer();
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port: pinned, host: '127.0.0.1', exclusive: true }, resolve);
      }).catch((err) => {
        if (err.code === 'EADDRINUSE' || err.code === 'EACCES') {
          throw new StackError(
            `Port ${pinned} (${name}) cannot be used on 127.0.0.1 (${err.code === 'EACCES' ? 'permission denied' : 'already in use'}): free it or set ${name} to another port.`,
            2,
          );
        }
        throw err;
      });
      servers.push(server);
    }
    return servers.map((s) => s.address().port);
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
}

function envPort(name) {
  const raw = process.env[name]?.trim();
  if (!raw) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StackError(`${name} must be a port number between 1 and 65535, not "${raw}".`, 2);
  }
  return port;
}

function envInt(name, fallback) {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new StackError(`${name} must be a positive whole number, not "${raw}".`, 2);
  return value;
}

/** Like Promise.all, but waits for every promise before rejecting with the first failure. */
async function settleAll(promises) {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => r.value);
}

async function logTails(files) {
  const parts = await Promise.all(
    files.map(async (file) => {
      const text = await fsp.readFile(file, 'utf8').catch(() => '');
      return text.trim() ? `--- last lines of ${file} ---\n${tail(text, 25)}` : `--- ${file} is empty ---`;
    }),
  );
  return parts.join('\n');
}

const tail = (text, lines) => text.trimEnd().split('\n').slice(-lines).join('\n');
const firstLine = (err) => String(err?.message ?? err).split('\n')[0];
const sha256 = (text) => crypto.createHash('sha256').update(text).digest('hex');
/** For failures that are expected and harmless (closing a probe connection, a lost race). */
const ignore = () => undefined;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// CLI

async function main(command) {
  switch (command) {
    case 'provision': {
      const result = await provision();
      for (const [name, r] of Object.entries(result)) {
        console.log(
          `${name} ${r.version}: ${r.cached ? 'cached' : `provisioned in ${r.seconds.toFixed(1)} s`} (${r.dir})`,
        );
      }
      return 0;
    }
    case 'up': {
      // testcontainers' reaper would remove the containers as soon as this command exits;
      // `down` removes them instead. In-process callers of up() keep the reaper.
      process.env.TESTCONTAINERS_RYUK_DISABLED ??= 'true';
      const result = await up();
      if (result.source === 'env')
        defaultLog('Using KAFKA_BROKERS and MONGO_URL from the environment; nothing started.');
      else if (result.startedHere)
        defaultLog(`Stack is up (${result.source}); stop it with: node tools/stack/stack.mjs down`);
      else defaultLog(`Using the stack that was already up (${result.source}).`);
      console.log(`KAFKA_BROKERS=${result.kafkaBrokers}`);
      console.log(`MONGO_URL=${result.mongoUrl}`);
      return 0;
    }
    case 'down': {
      const result = await down();
      defaultLog(result.stopped ? `Stopped the ${result.source} stack.` : 'Nothing was up.');
      return 0;
    }
    case 'status': {
      const s = await status();
      if (!s) {
        console.log(`Nothing is up (no ${path.relative(process.cwd(), STATE_FILE) || STATE_FILE}).`);
        return 1;
      }
      const where = (e) => (e.pid ? `pid ${e.pid}` : `container ${e.containerId?.slice(0, 12) ?? '?'}`);
      const alive = (e) => (!e.alive ? 'NOT alive' : e.listening ? 'alive' : 'alive, not listening yet');
      console.log(
        `source:  ${s.source}${s.ready ? '' : ' (still starting, or its start was interrupted)'}, started ${s.startedAt}`,
      );
      console.log(`kafka:   ${s.kafkaBrokers}  ${s.kafka.server}  ${where(s.kafka)}  ${alive(s.kafka)}`);
      console.log(`mongo:   ${s.mongoUrl}  ${s.mongo.server}  ${where(s.mongo)}  ${alive(s.mongo)}`);
      if (s.dataDir) console.log(`data:    ${s.dataDir}`);
      return s.up ? 0 : 1;
    }
    default:
      console.error('Usage: node tools/stack/stack.mjs provision|up|down|status');
      return 2;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv[2]).then(
    (code) => process.exit(code),
    (err) => {
      if (err instanceof StackError) {
        console.error(err.message);
        process.exit(err.exitCode);
      }
      console.error(err);
      process.exit(1);
    },
  );
}
