import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EscalateOverdueReferralsUseCase } from '../application/escalate-overdue-referrals.use-case';
import { ROUTING_CONFIG, RoutingConfig } from '../routing.config';

/** Looks for overdue referrals on a timer: FerretDB has no TTL or change streams to do it for us. */
@Injectable()
export class EscalationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('escalation');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly escalate: EscalateOverdueReferralsUseCase,
    @Inject(ROUTING_CONFIG) private readonly config: RoutingConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.escalate
        .execute()
        .then((count) => count > 0 && this.logger.warn(`${count} referral(s) escalated to the duty supervisor`))
        .catch((error) => this.logger.error(`escalation pass failed: ${String(error)}`))
        .finally(() => (this.running = undefined));
    }, this.config.escalationIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
