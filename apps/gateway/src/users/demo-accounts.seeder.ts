import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { UserStore } from './user-store';

/** Creates the missing demo accounts at start when GATEWAY_DEMO_USERS=true; existing accounts are left as they are. */
@Injectable()
export class DemoAccountsSeeder implements OnApplicationBootstrap {
  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly users: UserStore,
  ) {}

  async onApplicationBootstrap() {
    if (this.config.demoUsers !== 'true') return;
    let created = 0;
    // One at a time: each argon2id hash takes 19 MiB.
    for (const account of DEMO_ACCOUNTS) if ((await this.users.create(account)) === 'created') created++;
    if (created > 0)
      new Logger('gateway').warn(`created ${created} demo accounts (GATEWAY_DEMO_USERS=true): not for production`);
  }
}
