import { createParamDecorator, ExecutionContext, InternalServerErrorException } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedCaller } from './access-token-claims';

export type { AuthenticatedCaller };

/** Where the authentication guard leaves the caller it verified. */
export type AuthenticatedRequest = Request & { caller?: AuthenticatedCaller };

/** The signed-in staff member, from the verified access token. */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedCaller => {
  const { caller } = context.switchToHttp().getRequest<AuthenticatedRequest>();
  // Only a @Public() route has no caller; asking for one there is a programming error, not the client's.
  if (!caller) throw new InternalServerErrorException('CurrentCaller() used on a route without sign-in');
  return caller;
});
