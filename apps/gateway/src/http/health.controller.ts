import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Connection } from 'mongoose';
import { isMongoReady } from '@onewindow/persistence';
import { Public } from '../auth/public.decorator';
import { GATEWAY_STORE } from '../gateway-store';

/** GET /health (outside /api): 200 when the gateway's store answers; the services report their own health. */
@ApiExcludeController()
@Public()
@Controller('health')
export class GatewayHealthController {
  constructor(@Inject(GATEWAY_STORE) private readonly store: Connection) {}

  @Get()
  async health(@Res() response: Response) {
    const ready = await isMongoReady(this.store).catch(() => false);
    response
      .status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .json({ status: ready ? 'ok' : 'unavailable', checks: { store: ready ? 'up' : 'down' } });
  }
}
