// Jest global teardown: stop the stack only if this run started it (a developer's `stack up` stays).
import { down } from '../../../tools/stack/stack.mjs';

export default async function globalTeardown() {
  if (globalThis.__ONEWINDOW_STACK_STARTED_HERE__) await down();
}
