import { connectMongo } from '@onewindow/persistence';
import { freePort, grpcClient, GrpcClient, ServiceProcess, testStack, uniqueName } from '@onewindow/testing';

const APPS = ['intake', 'routing', 'arbitration'] as const;
type App = (typeof APPS)[number];

/** The three services as separate processes on the real broker and store, in a namespace of their own. */
export class PlatformHarness {
  private readonly processes = new Map<App, ServiceProcess>();
  private readonly grpcPorts = new Map<App, number>();
  private readonly databases = new Map<App, string>();
  private readonly clients: GrpcClient[] = [];

  async start(): Promise<this> {
    const { kafkaBrokers, mongoUrl } = testStack();
    const topicPrefix = `${uniqueName('e2e')}.`;
    await Promise.all(
      APPS.map(async (app) => {
        const [grpc, health] = [await freePort(), await freePort()];
        const upper = app.toUpperCase();
        const database = uniqueName(`e2e_${app}`);
        this.grpcPorts.set(app, grpc);
        this.databases.set(app, database);
        const service = new ServiceProcess({
          app,
          healthPort: health,
          env: {
            KAFKA_BROKERS: kafkaBrokers.join(','),
            MONGO_URL: mongoUrl,
            KAFKA_TOPIC_PREFIX: topicPrefix,
            [`${upper}_DATABASE`]: database,
            [`${upper}_GRPC_PORT`]: String(grpc),
            [`${upper}_HEALTH_PORT`]: String(health),
          },
        });
        this.processes.set(app, service);
        await service.start();
      }),
    );
    return this;
  }

  /** Kills a service abruptly (SIGKILL, nothing drained) and starts it again on the same ports and database. */
  async crashAndRestart(app: App): Promise<void> {
    const service = this.processes.get(app)!;
    await service.kill();
    await service.start();
  }

  client(app: App): GrpcClient {
    const client = grpcClient(app, `127.0.0.1:${this.grpcPorts.get(app)}`);
    this.clients.push(client);
    return client;
  }

  async stop(): Promise<void> {
    this.clients.forEach((client) => client.close());
    await Promise.all([...this.processes.values()].map((service) => service.stop()));
    const { mongoUrl } = testStack();
    for (const database of this.databases.values()) {
      const connection = await connectMongo({ url: mongoUrl, database, appName: 'e2e-cleanup', attempts: 1 });
      await connection.dropDatabase();
      await connection.close();
    }
  }
}
