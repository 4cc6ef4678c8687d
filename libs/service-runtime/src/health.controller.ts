import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { READINESS_CHECKS, ReadinessCheck } from './readiness';

@Controller('health')
export class HealthController {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

  /** 200 when every dependency answers, 503 with the failing ones named otherwise. */
  @Get()
  async health(@Res() response: Response): Promise<void> {
    const results = await Promise.all(
      this.checks.map(async (check) => [check.name, await check.isReady().catch(() => false)] as const),
    );
    const ready = results.every(([, ok]) => ok);
    response.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: ready ? 'ok' : 'unavailable',
      checks: Object.fromEntries(results.map(([name, ok]) => [name, ok ? 'up' : 'down'])),
    });
  }
}
