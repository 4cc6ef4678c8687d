// The staff workstation and the public portal (apps/web): a single-page app built with Vite and
// served by the gateway at / (GATEWAY_WEB_ROOT). In development the dev server proxies /api to it.
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const appRoot = dirname(fileURLToPath(import.meta.url));
const workspaceRoot = resolve(appRoot, '../..');
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:8080';

// The @onewindow/* aliases live in one place, tsconfig.base.json; Vite does not read tsconfig paths.
function workspaceAliases(): Record<string, string> {
  const tsconfig = JSON.parse(readFileSync(resolve(workspaceRoot, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [alias, resolve(workspaceRoot, target)]),
  );
}

const apiProxy = { '/api': { target: gateway, changeOrigin: false } };

export default defineConfig({
  root: appRoot,
  plugins: [react()],
  resolve: { alias: workspaceAliases() },
  build: {
    outDir: resolve(workspaceRoot, 'dist/apps/web'),
    emptyOutDir: true,
    // antd and recharts are large libraries; routes are split so each screen loads what it uses.
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1', port: 4200, strictPort: true, proxy: apiProxy },
  preview: { host: '127.0.0.1', port: 4300, strictPort: true, proxy: apiProxy },
});
