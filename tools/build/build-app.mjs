#!/usr/bin/env node
// Compiles one service and the libraries it uses into dist/apps/<app>/ for a container image
// (compile-services.mjs), with the package.json and lock file `npm ci --omit=dev` installs from.
import { cpSync, existsSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileServices, WORKSPACE as root } from './compile-services.mjs';

const app = process.argv[2];
if (!app || !existsSync(join(root, 'apps', app, 'src/main.ts'))) {
  console.error(`usage: node tools/build/build-app.mjs <app>   (an app folder under apps/ with src/main.ts)`);
  process.exit(2);
}
const out = join(root, 'dist/apps', app);
rmSync(out, { recursive: true, force: true });
const compiled = await compileServices(out, [app]);

const workspace = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
writeFileSync(
  join(out, 'package.json'),
  JSON.stringify(
    {
      name: `@onewindow/${app}`,
      version: workspace.version,
      private: true,
      license: workspace.license,
      main: `apps/${app}/src/main.js`,
      dependencies: workspace.dependencies,
    },
    null,
    2,
  ),
);
cpSync(join(root, 'package-lock.json'), join(out, 'package-lock.json'));
console.log(`built ${app}: ${compiled} files → ${relative(root, out)}`);
