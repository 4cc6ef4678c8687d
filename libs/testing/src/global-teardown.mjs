// Jest global teardown: stop the stack only if this run started it (a developer's `stack up` stays), and
// remove this run's compiled services.
import { rmSync } from 'node:fs';
import { down } from '../../../tools/stack/stack.mjs';

export default async function globalTeardown() {
  if (process.env.ONEWINDOW_COMPILED_SERVICES) {
    rmSync(process.env.ONEWINDOW_COMPILED_SERVICES, { recursive: true, force: true });
  }
  if (globalThis.__ONEWINDOW_STACK_STARTED_HERE__) await down();
}
