import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig, serviceClientSettings } from '@onewindow/config';
import { serviceClientTrust, type ServiceClientTrust } from '@onewindow/service-runtime';

// `npm start` makes a caller-assertion key pair for its run and leaves the private half here, readable
// by its user only, so `npm run matter` and `npm run routing:simulate` in another terminal can call the
// services it started. A county's operators set ONEWINDOW_CALLER_SIGNING_KEY to a tools key instead.
export const DEVELOPMENT_SIGNING_KEY_FILE = join(__dirname, '../../tmp/dev/caller-signing-key');

export function saveDevelopmentSigningKey(signingKey: string): void {
  mkdirSync(dirname(DEVELOPMENT_SIGNING_KEY_FILE), { recursive: true });
  writeFileSync(DEVELOPMENT_SIGNING_KEY_FILE, signingKey, { mode: 0o600 });
  chmodSync(DEVELOPMENT_SIGNING_KEY_FILE, 0o600);
}

export function forgetDevelopmentSigningKey(): void {
  rmSync(DEVELOPMENT_SIGNING_KEY_FILE, { force: true });
}

/** How the tool `name` proves itself to the services: the configured key, else the running `npm start`'s. */
export function toolTrust(name: string): ServiceClientTrust {
  const env = { ...process.env };
  if (!env['ONEWINDOW_CALLER_SIGNING_KEY']) {
    if (!existsSync(DEVELOPMENT_SIGNING_KEY_FILE)) {
      throw new Error(
        'no caller-assertion key: set ONEWINDOW_CALLER_SIGNING_KEY, or run the tool while `npm start` is up',
      );
    }
    env['ONEWINDOW_CALLER_SIGNING_KEY'] = readFileSync(DEVELOPMENT_SIGNING_KEY_FILE, 'utf8');
  }
  return serviceClientTrust(loadConfig(serviceClientSettings(), env), `tool:${name}`);
}
