// Compiles services and the libraries they use into `out` (apps/<app>/src/**.js, libs/<lib>/src/**.js): swc
// keeps NestJS's decorator metadata and rewrites the @onewindow/* aliases to relative paths, and the .proto
// files (loaded at runtime by gRPC) and data files are copied beside the code. Used for a container image
// (build-app.mjs) and, once per test run, for the services the tests start as processes.
import { transformFile } from '@swc/core';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORKSPACE = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The apps that run as a process: a folder under apps/ with src/main.ts. */
export function serviceApps() {
  return readdirSync(join(WORKSPACE, 'apps')).filter((app) => existsSync(join(WORKSPACE, 'apps', app, 'src/main.ts')));
}

function sources(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.fixture.ts') ? [path] : [];
  });
}

/** Compiles `apps` and every library but libs/testing into `out`; answers the number of files compiled. */
export async function compileServices(out, apps) {
  const { compilerOptions } = JSON.parse(readFileSync(join(WORKSPACE, 'tsconfig.base.json'), 'utf8'));
  const libs = readdirSync(join(WORKSPACE, 'libs')).filter((lib) => lib !== 'testing');
  const files = [
    ...apps.flatMap((app) => sources(join(WORKSPACE, 'apps', app, 'src'))),
    ...libs.flatMap((lib) => sources(join(WORKSPACE, 'libs', lib, 'src'))),
  ];
  await Promise.all(
    files.map(async (file) => {
      const { code } = await transformFile(file, {
        filename: file,
        sourceMaps: false,
        module: { type: 'commonjs' },
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          baseUrl: WORKSPACE,
          paths: compilerOptions.paths,
        },
      });
      const target = join(out, relative(WORKSPACE, file)).replace(/\.ts$/, '.js');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, code);
    }),
  );
  cpSync(join(WORKSPACE, 'proto'), join(out, 'proto'), { recursive: true });
  for (const app of apps) {
    if (existsSync(join(WORKSPACE, 'apps', app, 'rules')))
      cpSync(join(WORKSPACE, 'apps', app, 'rules'), join(out, 'apps', app, 'rules'), { recursive: true });
  }
  // Dated data the libraries read at start (holiday notices, minimum-wage standards).
  for (const folder of ['libs/calendar/notices', 'libs/county/minimum-wages'])
    cpSync(join(WORKSPACE, folder), join(out, folder), { recursive: true });
  return files.length;
}
