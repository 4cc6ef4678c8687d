#!/usr/bin/env node
// Compiles one service and the libraries it uses into dist/apps/<app>/ for a container image:
// swc keeps NestJS's decorator metadata and rewrites the @onewindow/* aliases to relative paths,
// and the .proto files (loaded at runtime by gRPC) and data files are copied beside the code.
import { transformFile } from '@swc/core';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const app = process.argv[2];
if (!app || !existsSync(join(root, 'apps', app, 'src/main.ts'))) {
  console.error(`usage: node tools/build/build-app.mjs <app>   (an app folder under apps/ with src/main.ts)`);
  process.exit(2);
}
const out = join(root, 'dist/apps', app);
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));

function sources(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.fixture.ts') ? [path] : [];
  });
}

rmSync(out, { recursive: true, force: true });
const libs = readdirSync(join(root, 'libs')).filter((lib) => lib !== 'testing');
const files = [
  ...sources(join(root, 'apps', app, 'src')),
  ...libs.flatMap((lib) => sources(join(root, 'libs', lib, 'src'))),
];
for (const file of files) {
  const { code } = await transformFile(file, {
    filename: file,
    sourceMaps: false,
    module: { type: 'commonjs' },
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      baseUrl: root,
      paths: compilerOptions.paths,
    },
  });
  const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, code);
}
cpSync(join(root, 'proto'), join(out, 'proto'), { recursive: true });
if (existsSync(join(root, 'apps', app, 'rules')))
  cpSync(join(root, 'apps', app, 'rules'), join(out, 'apps', app, 'rules'), { recursive: true });
// Dated data the libraries read at start (holiday notices, minimum-wage standards).
for (const folder of ['libs/calendar/notices', 'libs/county/minimum-wages'])
  cpSync(join(root, folder), join(out, folder), { recursive: true });

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
console.log(`built ${app}: ${files.length} files → ${relative(root, out)}`);
