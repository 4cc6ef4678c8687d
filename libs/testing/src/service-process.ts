import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from './free-port';
import { TEST_CALLER_KEYS, TEST_INTAKE_PII_KEY } from './test-stack';

const WORKSPACE = resolve(__dirname, '../../..');

export interface ServiceProcessOptions {
  /** The app folder under apps/, e.g. 'intake'. */
  app: string;
  env: Record<string, string>;
  healthPort: number;
  /** Where stdout/stderr go; the tail is shown when the service fails to come up. */
  logDir?: string;
}

/**
 * One OneWindow service as a separate operating-system process, as in production: end-to-end tests
 * and `npm start` drive services over the network, never in-process.
 */
export class ServiceProcess {
  private child?: ChildProcess;
  private exited?: Promise<number | null>;
  private tail: string[] = [];
  readonly logFile: string;

  constructor(private readonly options: ServiceProcessOptions) {
    const logDir = options.logDir ?? join(WORKSPACE, 'tmp/logs');
    mkdirSync(logDir, { recursive: true });
    this.logFile = join(logDir, `${options.app}-${Date.now()}.log`);
  }

  get name(): string {
    return this.options.app;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    const log = createWriteStream(this.logFile);
    // The test run compiles every service once (global setup); elsewhere (npm start) swc compiles as it loads.
    const compiled = process.env['ONEWINDOW_COMPILED_SERVICES'];
    const child = spawn(
      process.execPath,
      compiled
        ? [join(compiled, `apps/${this.options.app}/src/main.js`)]
        : ['-r', '@swc-node/register', join(WORKSPACE, `apps/${this.options.app}/src/main.ts`)],
      {
        cwd: WORKSPACE,
        env: {
          // when not given
          INTAKE_PII_KEY: TEST_INTAKE_PII_KEY,
          ONEWINDOW_CALLER_KEYS: TEST_CALLER_KEYS.trustedKey,
          ONEWINDOW_CALLER_SIGNING_KEY: TEST_CALLER_KEYS.signingKey,
          ...process.env,
          ...this.options.env,
          NODE_ENV: 'development',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    const remember = (chunk: Buffer) => {
      log.write(chunk);
      this.tail.push(...chunk.toString().split('\n'));
      this.tail = this.tail.slice(-30);
    };
    child.stdout!.on('data', remember);
    child.stderr!.on('data', remember);
    this.exited = new Promise((resolve) =>
      child.on('exit', (code) => {
        log.end();
        resolve(code);
      }),
    );
    await this.waitHealthy(timeoutMs);
  }

  private async waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let exitCode: number | null | undefined;
    void this.exited!.then((code) => (exitCode = code));
    while (Date.now() < deadline) {
      if (exitCode !== undefined) break;
      try {
        const response = await fetch(`http://127.0.0.1:${this.options.healthPort}/health`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await this.kill();
    const why = exitCode !== undefined ? `exited with code ${exitCode}` : `was not healthy within ${timeoutMs} ms`;
    throw new Error(`${this.options.app} ${why}; last output (full log ${this.logFile}):\n${this.tail.join('\n')}`);
  }

  /** Graceful stop: SIGTERM lets the service drain its consumers and outbox; SIGKILL after a bound. */
  async stop(graceMs = 15_000): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** Abrupt death, as in a crash: nothing is drained. */
  async kill(): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

/**
 * Starts a service on ports picked now, picking again when another process took one of them between the
 * pick and the service's bind (EADDRINUSE: parallel suites each pick ports the same way). `make` builds
 * the process for the ports it is given; the ports it started on are returned with it.
 */
export async function startOnFreePorts(
  count: number,
  make: (ports: number[]) => ServiceProcess,
  attempts = 3,
): Promise<{ service: ServiceProcess; ports: number[] }> {
  for (let attempt = 1; ; attempt++) {
    const ports: number[] = [];
    for (let i = 0; i < count; i++) ports.push(await freePort());
    const service = make(ports);
    try {
      await service.start();
      return { service, ports };
    } catch (error) {
      if (attempt >= attempts || !String(error).includes('EADDRINUSE')) throw error;
    }
  }
}
