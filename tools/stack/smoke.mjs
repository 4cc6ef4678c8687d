#!/usr/bin/env node
// End-to-end check of tools/stack/stack.mjs through its CLI, against the real servers:
//   up → up again (reused) → status → Kafka with kafkajs (topics, produce, consume in a group,
//   committed offset) → FerretDB with mongoose (unique index, insert, find, updateOne $inc,
//   duplicate rejected) → down → status says nothing is up → none of the run's processes remain.
//
//   node tools/stack/smoke.mjs
//
// Bounded by SMOKE_TIMEOUT_MS (default 20 min, as a cold first run also downloads and builds).
// It stops the stack it started, even on failure; a stack that was already up is used and left up.
// KAFKA_BROKERS and MONGO_URL are ignored: this checks the tool's own servers.

import { execFile, spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TOOL_DIR = path.dirname(fileURLToPath(import.meta.url));
const STACK = path.join(TOOL_DIR, 'stack.mjs');
const STATE_FILE = path.join(TOOL_DIR, '..', '..', 'tmp', 'stack', 'state.json');
const TIMEOUT_MS = Number(process.env.SMOKE_TIMEOUT_MS) || 20 * 60_000;
const STEP_TIMEOUT_MS = 60_000;
const id = crypto.randomBytes(4).toString('hex');

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

const results = [];
const timings = {};
let startedHere = false;

// The smoke tests the tool's own servers, so servers named in the environment are not used.
const childEnv = { ...process.env };
delete childEnv.KAFKA_BROKERS;
delete childEnv.MONGO_URL;

// The whole run is bounded: past the limit, stop what we started and fail.
const watchdog = setTimeout(() => {
  console.error(`smoke: gave up after ${TIMEOUT_MS / 1000} s`);
  if (startedHere) spawnSync(process.execPath, [STACK, 'down'], { env: childEnv, stdio: 'inherit', timeout: 30_000 });
  process.exit(1);
}, TIMEOUT_MS);

/** Runs the stack CLI; resolves with its exit code, output and duration (never rejects). */
function stack(command, timeoutMs = STEP_TIMEOUT_MS) {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [STACK, command], { env: childEnv, timeout: timeoutMs }, (err, stdout, stderr) => {
      process.stderr.write(stderr);
      resolve({ code: err ? (err.code ?? 1) : 0, stdout, stderr, seconds: (Date.now() - started) / 1000 });
    });
  });
}

async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ok    ${name}`);
  } catch (err) {
    results.push({ name, ok: false });
    console.log(
      `  FAIL  ${name}\n        ${String(err?.stack ?? err)
        .split('\n')
        .slice(0, 6)
        .join('\n        ')}`,
    );
  }
}

async function checkKafka(brokers) {
  const { Kafka, logLevel } = (await import('kafkajs')).default;
  // Coordinator-loading errors on first use are retried by kafkajs; real failures still throw.
  const kafka = new Kafka({ clientId: `smoke-${id}`, brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const topic = `smoke-${id}`;
  const admin = kafka.admin();
  const producer = kafka.producer();
  const consumer = kafka.consumer({ groupId: `smoke-${id}` });
  try {
    await admin.connect();
    assert.equal(
      await admin.createTopics({
        topics: [{ topic, numPartitions: 3 }, { topic: `${topic}.dlq` }],
        waitForLeaders: true,
      }),
      true,
    );
    const topics = await admin.listTopics();
    assert.ok(topics.includes(topic) && topics.includes(`${topic}.dlq`), `topics listed: ${topics}`);

    await producer.connect();
    const [sent] = await producer.send({ topic, messages: [{ key: 'case-1', value: 'hello from smoke' }] });
    assert.equal(sent.errorCode, 0);

    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const received = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no message consumed within 30 s')), 30_000);
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            clearTimeout(timer);
            resolve({ partition, key: message.key.toString(), value: message.value.toString() });
          },
        })
        .catch(reject);
    });
    assert.deepEqual({ key: received.key, value: received.value }, { key: 'case-1', value: 'hello from smoke' });
    assert.equal(received.partition, sent.partition);
    await consumer.disconnect(); // commits the consumed offset

    const [offsets] = await admin.fetchOffsets({ groupId: `smoke-${id}`, topics: [topic] });
    const committed = offsets.partitions.find((p) => p.partition === sent.partition);
    assert.equal(committed?.offset, '1', `committed offsets: ${JSON.stringify(offsets.partitions)}`);

    await admin.deleteTopics({ topics: [topic, `${topic}.dlq`] });
  } finally {
    await Promise.allSettled([consumer.disconnect(), producer.disconnect()]);
    await Promise.allSettled([admin.disconnect()]);
  }
}

async function checkMongo(url) {
  const mongoose = (await import('mongoose')).default;
  const conn = await mongoose
    .createConnection(url, { dbName: `smoke_${id}`, serverSelectionTimeoutMS: 10_000 })
    .asPromise();
  try {
    const Counter = conn.model(
      'Counter',
      new mongoose.Schema({ key: { type: String, required: true, unique: true }, n: Number }),
    );
    await Counter.init(); // builds the unique index
    const indexes = await Counter.collection.indexes();
    assert.ok(
      indexes.some((i) => i.key.key === 1 && i.unique),
      `indexes: ${JSON.stringify(indexes)}`,
    );

    await Counter.create({ key: 'a', n: 1 });
    const update = await Counter.updateOne({ key: 'a' }, { $inc: { n: 2 } });
    assert.equal(update.modifiedCount, 1);
    const doc = await Counter.findOne({ key: 'a' }).lean();
    assert.equal(doc.n, 3);
    await assert.rejects(Counter.create({ key: 'a', n: 9 }), (err) => err.code === 11000);

    await conn.dropDatabase();
  } finally {
    await conn.close();
  }
}

/** Processes still running whose command line names the run's data folder (every server we start does). */
function leftoverProcesses(dataDir) {
  const found = spawnSync('pgrep', ['-af', 'kafka.Kafka|ferretdb'], { encoding: 'utf8', timeout: 10_000 });
  return found.stdout.split('\n').filter((line) => line && line.includes(dataDir));
}

async function main() {
  console.log('smoke: tools/stack');
  const before = await stack('status');
  const preexisting = before.code === 0;
  if (preexisting) console.log('  (a stack is already up: it is used and left running)');

  // Set before `up` returns, so the watchdog also stops a stack whose start it interrupts
  // (`down` is harmless when nothing is up).
  startedHere = !preexisting;
  const first = await stack('up', TIMEOUT_MS);
  timings.up = first.seconds;
  const env = Object.fromEntries(
    first.stdout
      .trim()
      .split('\n')
      .map((line) => line.split(/=(.*)/s).slice(0, 2)),
  );
  await check('up exits 0 and prints KAFKA_BROKERS and MONGO_URL', () => {
    assert.equal(first.code, 0);
    assert.match(env.KAFKA_BROKERS ?? '', /^[\w.-]+:\d+$/);
    assert.match(env.MONGO_URL ?? '', /^mongodb:\/\/[\w.-]+:\d+\/$/);
  });
  if (first.code !== 0) return;

  const state = JSON.parse(fs.readFileSync(STATE_FILE, 'utf8'));

  await check('a second up reuses the running stack', async () => {
    const again = await stack('up');
    timings.reuse = again.seconds;
    assert.equal(again.code, 0);
    assert.equal(again.stdout, first.stdout);
    assert.match(again.stderr, /already up/);
  });

  await check('status exits 0 and shows both servers alive', async () => {
    const s = await stack('status');
    console.log(s.stdout.trimEnd().replace(/^/gm, '        '));
    assert.equal(s.code, 0);
    assert.equal((s.stdout.match(/ alive$/gm) ?? []).length, 2);
  });

  await check('Kafka: create topics, produce, consume in a group, offset committed (kafkajs)', () =>
    checkKafka(env.KAFKA_BROKERS),
  );
  await check('FerretDB: unique index, insert, find, updateOne $inc, duplicate rejected (mongoose)', () =>
    checkMongo(env.MONGO_URL),
  );

  if (!startedHere) return;
  const down = await stack('down');
  timings.down = down.seconds;
  startedHere = down.code !== 0;
  await check('down exits 0', () => assert.equal(down.code, 0));
  await check('status afterwards exits 1', async () => assert.equal((await stack('status')).code, 1));
  await check('no process of the run remains and its data folder is gone', () => {
    assert.deepEqual(leftoverProcesses(state.dataDir), []);
    assert.equal(fs.existsSync(state.dataDir), false);
  });
}

try {
  await main();
} catch (err) {
  results.push({ name: 'smoke run', ok: false });
  console.error(err);
} finally {
  if (startedHere) await stack('down');
  clearTimeout(watchdog);
}
console.log(
  `timings (s): ${Object.entries(timings)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ')}`,
);
const failed = results.filter((r) => !r.ok).length;
console.log(`smoke: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
