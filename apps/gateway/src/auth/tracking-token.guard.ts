import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { bearerTokenOf } from './bearer-token';
import { TokenService, unauthorized } from './token.service';

/**
 * For the portal's matter routes (with @Public()): `Authorization: Bearer <trackingToken>` for exactly
 * the matter in the route's :matterNumber, else 401. A worker sees their own matter and nothing else.
 */
@Injectable()
export class TrackingTokenGuard implements CanActivate {
  constructor(private readonly tokens: TokenService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const matterNumber = await this.tokens.verifyTrackingToken(bearerTokenOf(request, 'tracking token'));
    if (matterNumber !== request.params['matterNumber']) {
      throw unauthorized('the tracking token is for another matter; ask for a tracking code for this one');
    }
    return true;
  }
}
