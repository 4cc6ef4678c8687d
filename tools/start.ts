// `npm start`: the whole platform on this machine — real Kafka and FerretDB, the intake, routing and
// arbitration services as separate processes, a few demo matters — until Ctrl-C stops all of it.
import { createConnection } from 'node:net';
import { intake } from '@onewindow/contracts';
import { grpcClient, ServiceProcess } from '@onewindow/testing';
import { demoMatters } from './dev/demo-matters';

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
] as const;

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function portsOf(service: (typeof SERVICES)[number]) {
  const upper = service.app.toUpperCase();
  return {
    grpc: Number(process.env[`${upper}_GRPC_PORT`] ?? service.grpc),
    health: Number(process.env[`${upper}_HEALTH_PORT`] ?? service.health),
  };
}

async function checkPortsFree(): Promise<void> {
  for (const service of SERVICES) {
    for (const [what, port] of Object.entries(portsOf(service))) {
      if (await portInUse(port)) {
        const variable = `${service.app.toUpperCase()}_${what.toUpperCase()}_PORT`;
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
    if (infra.startedHere) await stack.down();
    console.log('Everything npm start started has stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    await Promise.all(
      SERVICES.map(async (service) => {
        const ports = portsOf(service);
        const upper = service.app.toUpperCase();
        const process_ = new ServiceProcess({
          app: service.app,
          healthPort: ports.health,
          env: {
            KAFKA_BROKERS: infra.kafkaBrokers,
            MONGO_URL: infra.mongoUrl,
            [`${upper}_GRPC_PORT`]: String(ports.grpc),
            [`${upper}_HEALTH_PORT`]: String(ports.health),
          },
        });
        processes.push(process_);
        await process_.start();
      }),
    );

    const intakeAddress = `127.0.0.1:${portsOf(SERVICES[0]).grpc}`;
    const client = grpcClient('intake', intakeAddress);
    const numbers: string[] = [];
    for (const [index, content] of demoMatters().entries()) {
      const { matter } = await client.call<intake.RegisterMatterResponse>('registerMatter', {
        content,
        requestId: `demo-${index + 1}`,
      });
      numbers.push(`${matter!.matterNumber}  ${content.applicant!.name} v. ${content.employer!.name}`);
    }
    client.close();

    console.log(`\nOneWindow is up (${((Date.now() - began) / 1000).toFixed(1)} s to ready).`);
    console.log(`  Kafka      ${infra.kafkaBrokers}   (${infra.source})`);
    console.log(`  MongoDB    ${infra.mongoUrl}`);
    for (const service of SERVICES) {
      const ports = portsOf(service);
      console.log(
        `  ${service.app.padEnd(10)} gRPC 127.0.0.1:${ports.grpc}   health http://127.0.0.1:${ports.health}/health`,
      );
    }
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
