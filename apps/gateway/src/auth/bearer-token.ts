import type { Request } from 'express';
import { unauthorized } from './token.service';

/** The token of `Authorization: Bearer <token>`; 401 naming what is missing otherwise. */
export function bearerTokenOf(request: Request, kind: 'access token' | 'tracking token'): string {
  const header = request.headers.authorization;
  if (!header) {
    throw unauthorized(
      kind === 'access token'
        ? 'sign in first: the request has no Authorization: Bearer <access token>'
        : 'the request has no Authorization: Bearer <tracking token>; ask for a tracking code first',
    );
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw unauthorized(`the Authorization header must be "Bearer <${kind}>"`);
  return match[1]!;
}
