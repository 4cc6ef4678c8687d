import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectMongo } from '@onewindow/persistence';
import type { ServiceClientTrust } from '@onewindow/service-runtime';
import { grpcClient, GrpcClient, testClientTrust } from './grpc-client';
import { makeTestCertificates, type TestCertificateFiles } from './test-certificates';
import { ServiceProcess, startOnFreePorts } from './service-process';
import { TEST_CALLER_KEYS, testStack, uniqueName } from './test-stack';

// Mediation, inspection and labor-relations supervision are a county's choice (the 1+X services it
// deploys): started only for the tests that need them.
const SERVICES = ['intake', 'routing', 'arbitration'] as const;
const OFFICES = { mediation: 'mediation', inspection: 'inspection', laborRelations: 'labor-relations' } as const;
export type PlatformService = (typeof SERVICES)[number] | (typeof OFFICES)[keyof typeof OFFICES];

export interface PlatformOptions {
  /** Also start the gateway (REST, sign-in, demo accounts), serving the built web app from this folder when given. */
  gateway?: { webRoot?: string; env?: Record<string, string> };
  /** gRPC over mutual TLS, with certificates made for this platform (test-certificates). */
  mutualTls?: boolean;
  /** Also start the mediation service (and give the gateway its address). */
  mediation?: boolean;
  /** Also start labor inspection (劳动保障监察), and give the gateway its address. */
  inspection?: boolean;
  /** Also start labor-relations supervision (劳动关系行政监管), and give the gateway its address. */
  laborRelations?: boolean;
  /** Every service reads its clock through an offset file the test moves on (moveClockBy), e.g. to a hearing's day. */
  movableClock?: boolean;
}

/**
 * The whole platform as separate processes on the real broker and store, in a namespace of its own
 * (topic prefix, databases): intake, routing, arbitration and, when asked, mediation and the gateway with the demo
 * accounts and a file SMS outbox the test reads tracking codes from.
 */
export class Platform {
  private readonly processes = new Map<PlatformService | 'gateway', ServiceProcess>();
  private readonly grpcPorts = new Map<PlatformService, number>();
  /** Every database the platform's processes use (dropped by stop), for tests that inspect what is stored. */
  readonly databases: string[] = [];
  private readonly clients: GrpcClient[] = [];
  private readonly scratch = mkdtempSync(join(tmpdir(), 'onewindow-platform-'));
  readonly smsOutbox = join(this.scratch, 'sms-outbox.jsonl');
  private readonly clockOffsetFile = join(this.scratch, 'clock-offset-ms');
  private clockOffsetMs = 0;
  /** The gateway's token signing secret, so a test can forge an expired token that is otherwise genuine. */
  readonly tokenSecret = randomBytes(32).toString('base64');
  gatewayUrl = '';
  /** Prefixes every topic and consumer group of this platform (KAFKA_TOPIC_PREFIX). */
  topicPrefix = '';
  /** The platform's certificates when it runs with mutual TLS. */
  certificates?: TestCertificateFiles;

  constructor(private readonly options: PlatformOptions = {}) {}

  async start(): Promise<this> {
    const { kafkaBrokers, mongoUrl } = testStack();
    const topicPrefix = (this.topicPrefix = `${uniqueName('e2e')}.`);
    if (this.options.mutualTls) this.certificates = await makeTestCertificates();
    const clock: Record<string, string> = {};
    if (this.options.movableClock) {
      writeFileSync(this.clockOffsetFile, '0');
      clock.ONEWINDOW_CLOCK_OFFSET_FILE = this.clockOffsetFile;
    }
    const serverTls: Record<string, string> = this.certificates
      ? {
          ONEWINDOW_GRPC_TLS_CERT: this.certificates.serverCertFile,
          ONEWINDOW_GRPC_TLS_KEY: this.certificates.serverKeyFile,
          ONEWINDOW_GRPC_TLS_CLIENT_CA: this.certificates.caFile,
        }
      : {};
    // Every service is waited for: when one fails to start, the others are stopped before the error is passed on.
    const started = await Promise.allSettled(
      [...SERVICES, ...this.officesAsked()].map(async (app) => {
        const upper = app.toUpperCase().replace(/-/g, '_');
        const database = uniqueName(`e2e_${app}`);
        this.databases.push(database);
        const { service, ports } = await startOnFreePorts(
          2,
          ([grpc, health]) =>
            new ServiceProcess({
              app,
              healthPort: health!,
              env: {
                KAFKA_BROKERS: kafkaBrokers.join(','),
                MONGO_URL: mongoUrl,
                KAFKA_TOPIC_PREFIX: topicPrefix,
                ONEWINDOW_CALLER_KEYS: TEST_CALLER_KEYS.trustedKey,
                ...serverTls,
                ...clock,
                [`${upper}_DATABASE`]: database,
                [`${upper}_GRPC_PORT`]: String(grpc),
                [`${upper}_HEALTH_PORT`]: String(health),
              },
            }),
        );
        this.grpcPorts.set(app, ports[0]!);
        this.processes.set(app, service);
      }),
    );
    const failed = started.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failed) {
      await Promise.all([...this.processes.values()].map((service) => service.stop()));
      throw failed.reason;
    }
    if (this.options.gateway) await this.startGateway(mongoUrl, this.options.gateway);
    return this;
  }

  private async startGateway(mongoUrl: string, options: NonNullable<PlatformOptions['gateway']>) {
    const database = uniqueName('e2e_gateway');
    this.databases.push(database);
    const { service: gateway, ports } = await startOnFreePorts(
      1,
      ([port]) =>
        new ServiceProcess({
          app: 'gateway',
          healthPort: port!,
          env: {
            MONGO_URL: mongoUrl,
            GATEWAY_DATABASE: database,
            GATEWAY_HTTP_PORT: String(port),
            GATEWAY_TOKEN_SECRET: this.tokenSecret,
            ONEWINDOW_CALLER_SIGNING_KEY: TEST_CALLER_KEYS.signingKey,
            ...(this.certificates ? clientTlsEnv(this.certificates) : {}),
            GATEWAY_DEMO_USERS: 'true',
            GATEWAY_SMS_SENDER: `file:${this.smsOutbox}`,
            GATEWAY_WEB_ROOT: options.webRoot ?? '',
            INTAKE_GRPC_ADDRESS: `127.0.0.1:${this.grpcPorts.get('intake')}`,
            ROUTING_GRPC_ADDRESS: `127.0.0.1:${this.grpcPorts.get('routing')}`,
            ARBITRATION_GRPC_ADDRESS: `127.0.0.1:${this.grpcPorts.get('arbitration')}`,
            ...Object.fromEntries(
              this.officesAsked().map((office) => [
                `${office.toUpperCase().replace(/-/g, '_')}_GRPC_ADDRESS`,
                `127.0.0.1:${this.grpcPorts.get(office)}`,
              ]),
            ),
            // Every test signs in from 127.0.0.1 many times; the limits themselves are tested in apps/gateway.
            GATEWAY_SIGN_IN_RATE_LIMIT: '1000',
            GATEWAY_PUBLIC_RATE_LIMIT: '1000',
            GATEWAY_USER_RATE_LIMIT: '100000',
            ...options.env,
          },
        }),
    );
    this.processes.set('gateway', gateway);
    this.gatewayUrl = `http://127.0.0.1:${ports[0]}`;
  }

  private officesAsked(): PlatformService[] {
    return (Object.keys(OFFICES) as (keyof typeof OFFICES)[])
      .filter((option) => this.options[option])
      .map((option) => OFFICES[option]);
  }

  /** Now as the services take it: the system's clock moved on by moveClockTo. */
  now(): Date {
    return new Date(Date.now() + this.clockOffsetMs);
  }

  /** Moves every service's clock (movableClock) so that it reads `instant` now, and runs on from there. */
  moveClockTo(instant: Date): void {
    if (!this.options.movableClock) throw new Error('start the platform with movableClock to move its clock');
    this.clockOffsetMs = instant.getTime() - Date.now();
    writeFileSync(this.clockOffsetFile, String(this.clockOffsetMs));
  }

  /** Kills a process abruptly (SIGKILL, nothing drained) and starts it again on the same ports and database. */
  async crashAndRestart(app: PlatformService | 'gateway'): Promise<void> {
    const service = this.processes.get(app)!;
    await service.kill();
    await service.start();
  }

  /** The file a process's stdout and stderr go to. */
  logFileOf(app: PlatformService | 'gateway'): string {
    return this.processes.get(app)!.logFile;
  }

  /** Where a service's gRPC server listens. */
  grpcAddress(app: PlatformService): string {
    return `127.0.0.1:${this.grpcPorts.get(app)}`;
  }

  /** A client of the service signing as this test process (over mutual TLS when the platform uses it). */
  client(
    app: PlatformService,
    trust: ServiceClientTrust = testClientTrust('tool:test', this.certificates),
  ): GrpcClient {
    const client = grpcClient(app, this.grpcAddress(app), trust);
    this.clients.push(client);
    return client;
  }

  /** The newest six-digit code the development SMS sender wrote for this matter number. */
  lastTrackingCode(matterNumber: string): string | undefined {
    if (!existsSync(this.smsOutbox)) return undefined;
    const texts = readFileSync(this.smsOutbox, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text)
      .filter((text) => text.includes(matterNumber));
    return texts.at(-1)?.match(/验证码为 (\d{6})/)?.[1];
  }

  async stop(): Promise<void> {
    this.clients.forEach((client) => client.close());
    await Promise.all([...this.processes.values()].map((service) => service.stop()));
    const { mongoUrl } = testStack();
    for (const database of this.databases) {
      const connection = await connectMongo({ url: mongoUrl, database, appName: 'e2e-cleanup', attempts: 1 });
      await connection.dropDatabase();
      await connection.close();
    }
    rmSync(this.scratch, { recursive: true, force: true });
  }
}

const clientTlsEnv = (certificates: TestCertificateFiles) => ({
  ONEWINDOW_GRPC_CLIENT_CA: certificates.caFile,
  ONEWINDOW_GRPC_CLIENT_CERT: certificates.clientCertFile,
  ONEWINDOW_GRPC_CLIENT_KEY: certificates.clientKeyFile,
});
