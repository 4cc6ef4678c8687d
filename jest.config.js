// Every project's tests in one run: unit specs beside the code, integration and end-to-end tests in
// each app's test/ folder. The real stack comes up once for the whole run.
const { readdirSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const projects = ['apps', 'libs'].flatMap((group) =>
  readdirSync(join(__dirname, group))
    .map((name) => join(__dirname, group, name, 'jest.config.js'))
    .filter((config) => existsSync(config)),
);

module.exports = {
  projects,
  globalSetup: '<rootDir>/libs/testing/src/global-setup.mjs',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.mjs',
  // Jest reads the timeout from the root when it runs several projects; the preset sets it for one.
  testTimeout: 60_000,
  // A worker that has grown past this after a test file is replaced by a fresh one. Without it one process
  // ran all 250 files in band, its heap near the 2 GB limit by the end and every later file slower for the
  // garbage collection (the same integration file took 9 s alone and 13 s at the end of the run).
  workerIdleMemoryLimit: '1GB',
};
