#!/usr/bin/env node
// Entry point of `npm start` and `npm test` on a fresh clone: checks the machine, installs what is
// missing (npm packages; the stack tool fetches Kafka and builds FerretDB), generates the contracts,
// then starts the platform or runs every test. Only Node built-ins here: node_modules may not exist.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [command, ...rest] = process.argv.slice(2);

function fail(sentence) {
  console.error(`\n✗ ${sentence}`);
  process.exit(2);
}

function run(label, cmd, args, options = {}) {
  const started = Date.now();
  console.log(`→ ${label}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) fail(`${label} could not run: ${result.error.message}`);
  if (result.status !== 0) {
    console.error(`✗ ${label} failed (exit ${result.status}) after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/**
 * Runs commands side by side, each one's output held back and printed whole when it ends (so the log reads
 * as if they had run one after another); fails once all have ended if any failed.
 */
async function runSideBySide(tasks) {
  const started = Date.now();
  console.log(`→ side by side: ${tasks.map((task) => task.label).join('; ')}`);
  const outcomes = await Promise.all(
    tasks.map(
      ({ label, cmd, args, options = {} }) =>
        new Promise((resolve) => {
          const output = [];
          const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
          child.stdout.on('data', (chunk) => output.push(chunk));
          child.stderr.on('data', (chunk) => output.push(chunk));
          child.on('error', (error) =>
            resolve({ label, status: 1, output: [Buffer.from(error.message)], ended: Date.now() }),
          );
          // 'close', not 'exit': the output has then been read to its end.
          child.on('close', (code) => resolve({ label, status: code ?? 1, output, ended: Date.now() }));
        }),
    ),
  );
  for (const { label, status, output, ended } of outcomes) {
    console.log(`→ ${label}`);
    process.stdout.write(Buffer.concat(output));
    const seconds = ((ended - started) / 1000).toFixed(1);
    if (status === 0) console.log(`✓ ${label} (${seconds} s)`);
    else console.error(`✗ ${label} failed (exit ${status}) after ${seconds} s`);
  }
  const failed = outcomes.find((outcome) => outcome.status !== 0);
  if (failed) process.exit(failed.status);
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    fail(`Node.js 20.19 or newer is needed (this is ${process.versions.node}): install a current Node.js LTS.`);
  }
}

function ensureNpmPackages() {
  const marker = join(root, 'node_modules/.package-lock.json');
  const lock = join(root, 'package-lock.json');
  const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs);
  if (stale)
    run(
      'install npm packages',
      'npm',
      existsSync(lock) ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'],
    );
}

const bin = (name) => join(root, 'node_modules/.bin', name);
// The integration and end-to-end tests: the files in an app's or library's test/ folder.
const INTEGRATION_TESTS = '/(apps|libs)/[^/]+/test/';

function prepare() {
  checkNode();
  ensureNpmPackages();
  // Fetch and build the broker and store up front, so a missing Java, Maven or Go is one clear
  // sentence here rather than a failure inside the test runner. Skipped when both are given.
  if (!(process.env.KAFKA_BROKERS && process.env.MONGO_URL)) {
    run('provision Kafka and FerretDB (cached after the first run)', process.execPath, [
      'tools/stack/stack.mjs',
      'provision',
    ]);
  }
  run(
    'generate contracts from proto/ (ts-proto via buf)',
    bin('nx'),
    ['run', 'contracts:generate', '--skip-nx-cache'],
    {
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    },
  );
}

// The browser tests drive Debian's Chromium through playwright-core; a downloaded browser is never used.
const CHROMIUM = process.env.ONEWINDOW_CHROMIUM ?? '/usr/bin/chromium';
// Without a CJK font the screenshots show boxes where the Chinese interface should be.
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';

function ensureChromium() {
  if (existsSync(CHROMIUM) && existsSync(CJK_FONT)) return;
  const asRoot = process.getuid?.() === 0;
  if (!existsSync('/usr/bin/apt-get') || (!asRoot && !existsSync('/usr/bin/sudo'))) {
    fail(
      `The browser tests need Chromium at ${CHROMIUM}: install the Debian package chromium, or set ONEWINDOW_CHROMIUM.`,
    );
  }
  const aptGet = (...args) =>
    spawnSync(asRoot ? 'apt-get' : 'sudo', [...(asRoot ? [] : ['-n', 'apt-get']), ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0;
  const began = Date.now();
  const packages = ['chromium', 'fonts-wqy-zenhei'];
  console.log(`→ install ${packages.join(' and ')} (Debian) for the browser tests`);
  // A fresh machine may have no package lists yet: read them once and try again.
  if (!aptGet('install', '-y', '--no-install-recommends', ...packages)) {
    aptGet('update');
    if (!aptGet('install', '-y', '--no-install-recommends', ...packages) || !existsSync(CHROMIUM)) {
      fail(
        'Chromium could not be installed with apt-get (it needs root or passwordless sudo): install the Debian package chromium.',
      );
    }
  }
  console.log(`✓ install Debian Chromium and a Chinese font (${((Date.now() - began) / 1000).toFixed(1)} s)`);
}

function buildWebApp() {
  run('type-check the web app', bin('tsc'), ['--noEmit', '-p', 'apps/web/tsconfig.json']);
  run('build the web app (Vite)', bin('vite'), ['build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn']);
}

switch (command) {
  case 'test':
    prepare();
    ensureChromium();
    buildWebApp();
    // The unit tests (every spec outside an app's or library's test/ folder) need neither the stack nor
    // the network: they run beside the type-check and the lint, on the machine's second core. The
    // integration and end-to-end tests then run one file at a time on the real stack. --forceExit is a
    // safety net: a service a failing test could not stop must not hang CI; the global teardown still
    // stops the stack first.
    await runSideBySide([
      { label: 'type-check every project', cmd: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
      {
        label: 'lint (module boundaries included)',
        cmd: bin('eslint'),
        args: ['--max-warnings=0', 'apps', 'libs', 'tools'],
      },
      {
        label: 'unit tests',
        cmd: bin('jest'),
        args: ['--ci', '--runInBand', '--testPathIgnorePatterns', INTEGRATION_TESTS, ...rest],
        options: { env: { ...process.env, ONEWINDOW_UNIT_TESTS_ONLY: '1' } },
      },
    ]);
    run(
      'integration and end-to-end tests on the real stack',
      bin('jest'),
      ['--ci', '--forceExit', '--testPathPatterns', INTEGRATION_TESTS, ...rest],
      { env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=2048`.trim() } },
    );
    break;
  case 'start': {
    prepare();
    buildWebApp();
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(root, 'tools/start.ts'), ...rest], {
      cwd: root,
      stdio: 'inherit',
    });
    // Ctrl-C reaches the child through the terminal's process group; wait for its clean-up.
    process.on('SIGINT', () => undefined);
    process.on('SIGTERM', () => child.kill('SIGTERM'));
    child.on('exit', (code) => process.exit(code ?? 0));
    break;
  }
  default:
    fail('usage: node tools/onewindow.mjs start|test');
}
