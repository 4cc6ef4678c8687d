// `npm start`: the whole platform on this machine — real Kafka and FerretDB, the intake, routing,
// arbitration, mediation, inspection and labor-relations services and the gateway (serving the web app) as separate processes, demo accounts and
// a few demo matters — until Ctrl-C stops all of it.
import { randomBytes } from 'node:crypto';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { intake, mediation } from '@onewindow/contracts';
import { generateCallerKeyPair } from '@onewindow/service-runtime';
import { grpcClient, ServiceProcess } from '@onewindow/testing';
import { DEMO_ACCOUNTS } from '../apps/gateway/src/users/demo-accounts';
import { demoMatters } from './dev/demo-matters';
import { forgetDevelopmentSigningKey, saveDevelopmentSigningKey, toolTrust } from './dev/tool-trust';

interface Stack {
  up(): Promise<{ kafkaBrokers: string; mongoUrl: string; source: string; startedHere: boolean }>;
  down(): Promise<void>;
}
// Node 20.19+ loads the ES module tools/stack/stack.mjs through require().
const stack: Stack = require('./stack/stack.mjs');

const SERVICES = [
  { app: 'intake', grpc: 50051, health: 8081 },
  { app: 'routing', grpc: 50052, health: 8082 },
  { app: 'arbitration', grpc: 50053, health: 8083 },
  { app: 'mediation', grpc: 50054, health: 8084 },
  { app: 'inspection', grpc: 50055, health: 8085 },
  { app: 'labor-relations', grpc: 50056, health: 8086 },
] as const;

const GATEWAY_PORT = Number(process.env['GATEWAY_HTTP_PORT'] ?? 8080);

/**
 * Development keys, new on every start unless given: the stack's data lives in a fresh folder per run,
 * so nothing encrypted under an earlier key has to be read back.
 */
const callerKeys = generateCallerKeyPair(`dev-${Date.now()}`);
const developmentKeys = {
  INTAKE_PII_KEY: process.env['INTAKE_PII_KEY'] ?? randomBytes(32).toString('base64'),
  GATEWAY_TOKEN_SECRET: process.env['GATEWAY_TOKEN_SECRET'] ?? randomBytes(32).toString('base64'),
  // The gateway and the tools sign caller assertions with the private half; the services trust the public one.
  ONEWINDOW_CALLER_SIGNING_KEY: process.env['ONEWINDOW_CALLER_SIGNING_KEY'] ?? callerKeys.signingKey,
  ONEWINDOW_CALLER_KEYS: process.env['ONEWINDOW_CALLER_KEYS'] ?? callerKeys.trustedKey,
};

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

const envPrefixOf = (app: string) => app.toUpperCase().replace(/-/g, '_');

function portsOf(service: (typeof SERVICES)[number]) {
  const upper = envPrefixOf(service.app);
  return {
    grpc: Number(process.env[`${upper}_GRPC_PORT`] ?? service.grpc),
    health: Number(process.env[`${upper}_HEALTH_PORT`] ?? service.health),
  };
}

async function checkPortsFree(): Promise<void> {
  if (await portInUse(GATEWAY_PORT)) {
    throw new Error(`Port ${GATEWAY_PORT} (gateway) is already in use: stop what holds it, or set GATEWAY_HTTP_PORT.`);
  }
  for (const service of SERVICES) {
    for (const [what, port] of Object.entries(portsOf(service))) {
      if (await portInUse(port)) {
        const variable = `${envPrefixOf(service.app)}_${what.toUpperCase()}_PORT`;
        throw new Error(
          `Port ${port} (${service.app} ${what}) is already in use: stop what holds it, or set ${variable} to a free port.`,
        );
      }
    }
  }
}

async function main() {
  const began = Date.now();

  const infra = await stack.up();
  const processes: ServiceProcess[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping services…');
    await Promise.all(processes.map((p) => p.stop()));
    forgetDevelopmentSigningKey();
    if (infra.startedHere) await stack.down();
    console.log('Everything npm start started has stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    saveDevelopmentSigningKey(developmentKeys.ONEWINDOW_CALLER_SIGNING_KEY);
    await Promise.all(
      SERVICES.map(async (service) => {
        const ports = portsOf(service);
        const upper = envPrefixOf(service.app);
        const process_ = new ServiceProcess({
          app: service.app,
          healthPort: ports.health,
          env: {
            KAFKA_BROKERS: infra.kafkaBrokers,
            MONGO_URL: infra.mongoUrl,
            [`${upper}_GRPC_PORT`]: String(ports.grpc),
            [`${upper}_HEALTH_PORT`]: String(ports.health),
            ...developmentKeys,
          },
        });
        processes.push(process_);
        await process_.start();
      }),
    );
    const gateway = new ServiceProcess({
      app: 'gateway',
      healthPort: GATEWAY_PORT,
      env: {
        MONGO_URL: infra.mongoUrl,
        GATEWAY_HTTP_PORT: String(GATEWAY_PORT),
        GATEWAY_WEB_ROOT: join(__dirname, '../dist/apps/web'),
        GATEWAY_DEMO_USERS: 'true',
        GATEWAY_SMS_SENDER: 'log',
        ...Object.fromEntries(
          SERVICES.map((service) => [`${envPrefixOf(service.app)}_GRPC_ADDRESS`, `127.0.0.1:${portsOf(service).grpc}`]),
        ),
        ...developmentKeys,
      },
    });
    processes.push(gateway);
    await gateway.start();

    const intakeAddress = `127.0.0.1:${portsOf(SERVICES[0]).grpc}`;
    const client = grpcClient('intake', intakeAddress, toolTrust('start'));
    const numbers: string[] = [];
    for (const [index, content] of demoMatters().entries()) {
      const { matter } = await client.call<intake.RegisterMatterResponse>('registerMatter', {
        content,
        requestId: `demo-${index + 1}`,
      });
      numbers.push(`${matter!.matterNumber}  ${content.applicant!.name} v. ${content.employer!.name}`);
    }
    client.close();
    // The demo mediators on their counties' rolls (调解员名册), so assignment by load has someone to choose.
    const roll = grpcClient('mediation', `127.0.0.1:${portsOf(SERVICES[3]).grpc}`, toolTrust('start'));
    for (const account of DEMO_ACCOUNTS.filter((a) => a.roles.includes('MEDIATOR'))) {
      for (const countyCode of account.counties) {
        await roll.call('enrolMediator', {
          countyCode,
          staffUserId: account.username,
          name: account.displayName,
          kind: mediation.MediatorKind.MEDIATOR_KIND_HRSS_MEDIATOR,
          active: true,
        });
      }
    }
    roll.close();

    console.log(`\nOneWindow is up (${((Date.now() - began) / 1000).toFixed(1)} s to ready).`);
    console.log(`  Kafka      ${infra.kafkaBrokers}   (${infra.source})`);
    console.log(`  MongoDB    ${infra.mongoUrl}`);
    for (const service of SERVICES) {
      const ports = portsOf(service);
      console.log(
        `  ${service.app.padEnd(10)} gRPC 127.0.0.1:${ports.grpc}   health http://127.0.0.1:${ports.health}/health`,
      );
    }
    console.log(`  gateway    http://127.0.0.1:${GATEWAY_PORT}/   (web app; API docs at /api/docs)`);
    console.log(
      `\nWeb app: http://127.0.0.1:${GATEWAY_PORT}/  — staff sign-in at /staff/sign-in, public portal at /public`,
    );
    console.log(`Demo accounts (password ${DEMO_ACCOUNTS[0]!.password} for all):`);
    for (const account of DEMO_ACCOUNTS) {
      console.log(
        `  ${account.username.padEnd(22)} ${account.displayName}  ${account.roles.join(' + ')}  (${account.counties.join(', ')})`,
      );
    }
    console.log('Tracking codes for the public portal are written to the gateway log (tmp/logs/gateway-*.log).');
    console.log('\nDemo matters:');
    numbers.forEach((line) => console.log(`  ${line}`));
    console.log(`\nLook at one, with its timeline:  npm run matter -- ${numbers[0]!.split(' ')[0]}`);
    console.log('Logs: tmp/logs/.  Ctrl-C stops everything.');
  } catch (error) {
    console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
    await stopAll(1);
  }
}

checkPortsFree()
  .then(main)
  .catch((error) => {
    console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  });
