// Jest global setup: bring the real stack (Kafka + MongoDB-wire store) up once per run.
// Workers inherit KAFKA_BROKERS / MONGO_URL from this process's environment.
import { up } from '../../../tools/stack/stack.mjs';

export default async function globalSetup() {
  const stack = await up();
  process.env.KAFKA_BROKERS = stack.kafkaBrokers;
  process.env.MONGO_URL = stack.mongoUrl;
  globalThis.__ONEWINDOW_STACK_STARTED_HERE__ = stack.startedHere;
}
