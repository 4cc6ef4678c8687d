// Jest global setup: bring the real stack (Kafka + MongoDB-wire store) up once per run, and compile the
// services once for the processes the tests start (each would otherwise spend a second or more of CPU
// compiling the same TypeScript as it loads). Workers inherit KAFKA_BROKERS / MONGO_URL and
// ONEWINDOW_COMPILED_SERVICES from this process's environment.
import { join } from 'node:path';
import { compileServices, serviceApps, WORKSPACE } from '../../../tools/build/compile-services.mjs';
import { up } from '../../../tools/stack/stack.mjs';

export default async function globalSetup() {
  // `npm test` runs the unit tests apart, beside the type-check: they need neither.
  if (process.env.ONEWINDOW_UNIT_TESTS_ONLY) return;
  // A folder per run: another run's processes may be loading from theirs.
  const compiled = join(WORKSPACE, 'tmp/compiled-services', String(process.pid));
  const [stack] = await Promise.all([up(), compileServices(compiled, serviceApps())]);
  process.env.KAFKA_BROKERS = stack.kafkaBrokers;
  process.env.MONGO_URL = stack.mongoUrl;
  process.env.ONEWINDOW_COMPILED_SERVICES = compiled;
  globalThis.__ONEWINDOW_STACK_STARTED_HERE__ = stack.startedHere;
}
