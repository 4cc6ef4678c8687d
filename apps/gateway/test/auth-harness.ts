import type { INestApplication } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { randomBytes } from 'node:crypto';
import type { TokenResponse } from '@onewindow/gateway-api';
import { freePort, GatewayClient, TEST_CALLER_KEYS, testStack, uniqueName } from '@onewindow/testing';
import { Clock } from '../src/auth/clock';
import { bootstrapGateway } from '../src/bootstrap-gateway';
import { loadGatewayConfig } from '../src/gateway.config';
import { GATEWAY_STORE } from '../src/gateway-store';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/users/demo-accounts';
import { UserStore } from '../src/users/user-store';

export const demo = (username: string) => DEMO_ACCOUNTS.find((account) => account.username === username)!;

/**
 * The gateway in this process with the demo accounts, against the real store, in a database of its
 * own. Sign-in needs no service, so the service addresses point at ports nothing listens on.
 */
export class AuthTestGateway {
  app!: INestApplication;
  client!: GatewayClient;
  clock!: Clock;
  users!: UserStore;
  readonly tokenSecret = randomBytes(32).toString('base64');

  constructor(private readonly env: Record<string, string> = {}) {}

  async start(): Promise<this> {
    const [httpPort, nobody] = [await freePort(), await freePort()];
    this.app = await bootstrapGateway(
      loadGatewayConfig({
        MONGO_URL: testStack().mongoUrl,
        GATEWAY_DATABASE: uniqueName('gateway_auth_it'),
        GATEWAY_HTTP_PORT: String(httpPort),
        INTAKE_GRPC_ADDRESS: `127.0.0.1:${nobody}`,
        ROUTING_GRPC_ADDRESS: `127.0.0.1:${nobody}`,
        ARBITRATION_GRPC_ADDRESS: `127.0.0.1:${nobody}`,
        GATEWAY_TOKEN_SECRET: this.tokenSecret,
        ONEWINDOW_CALLER_SIGNING_KEY: TEST_CALLER_KEYS.signingKey,
        GATEWAY_DEMO_USERS: 'true',
        ...this.env,
      }),
    );
    this.client = new GatewayClient(`http://127.0.0.1:${httpPort}`);
    this.clock = this.app.get(Clock);
    this.users = this.app.get(UserStore);
    return this;
  }

  async stop(): Promise<void> {
    await this.app.get<Connection>(GATEWAY_STORE).dropDatabase();
    await this.app.close();
  }

  /** Moves the gateway's clock (lockouts, token expiry) forward without waiting. */
  advanceClock(minutes: number): void {
    const at = new Date(this.clock.now().getTime() + minutes * 60_000);
    jest.spyOn(this.clock, 'now').mockReturnValue(at);
  }

  signIn(username: string, password = DEMO_PASSWORD, headers: Record<string, string> = {}) {
    return this.client.request<TokenResponse>('POST', '/api/auth/sign-in', { body: { username, password }, headers });
  }

  async tokensOf(username: string): Promise<TokenResponse> {
    const response = await this.signIn(username);
    if (response.status !== 200) throw new Error(`sign-in as ${username}: ${JSON.stringify(response.body)}`);
    return response.body;
  }
}
