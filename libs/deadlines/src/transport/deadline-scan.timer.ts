import { Logger } from '@nestjs/common';
import type { DeadlineWatch } from '../application/deadline-watch';

/**
 * Runs a service's deadline scan on a timer, one pass at a time (FerretDB has no TTL indexes or change
 * streams to do it for us). Nest calls the hooks when the instance is a provider of the service's module.
 */
export class DeadlineScanTimer {
  private readonly logger = new Logger('deadlines');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  /** `clock`: the service's (SERVICE_CLOCK), so a test or training system that moves it on moves the scans too. */
  constructor(
    private readonly watch: DeadlineWatch,
    private readonly intervalMs: number,
    private readonly clock: { now(): Date } = { now: () => new Date() },
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.watch
        .scan(this.clock.now())
        .then(({ warned, breached }) => {
          if (warned + breached > 0) this.logger.warn(`${warned} deadline(s) warned, ${breached} breached`);
        })
        .catch((error) => this.logger.error(`deadline scan failed: ${String(error)}`))
        .finally(() => (this.running = undefined));
    }, this.intervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
