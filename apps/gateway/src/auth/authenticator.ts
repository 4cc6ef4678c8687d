import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedCaller } from './access-token-claims';
import { bearerTokenOf } from './bearer-token';
import { TokenService } from './token.service';

/**
 * Verifies a request's access token once, however many guards ask (the rate limiter keys staff
 * requests by user before the authentication guard runs).
 */
@Injectable()
export class Authenticator {
  private readonly verified = new WeakMap<Request, Promise<AuthenticatedCaller>>();

  constructor(private readonly tokens: TokenService) {}

  callerOf(request: Request): Promise<AuthenticatedCaller> {
    let caller = this.verified.get(request);
    if (!caller) {
      caller = Promise.resolve()
        .then(() => bearerTokenOf(request, 'access token'))
        .then((token) => this.tokens.verifyAccessToken(token));
      // Seen as handled here: the guard that needs the caller awaits it and reports the refusal.
      caller.catch(() => undefined);
      this.verified.set(request, caller);
    }
    return caller;
  }
}
