import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** Where a request came from, for the audit log (who, when, what, from where). */
export interface RequestOrigin {
  ip: string;
  userAgent: string;
}

export function requestOriginOf(request: Request): RequestOrigin {
  return {
    ip: request.ip ?? request.socket.remoteAddress ?? '',
    userAgent: String(request.headers['user-agent'] ?? '').slice(0, 300),
  };
}

export const Origin = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestOrigin =>
    requestOriginOf(context.switchToHttp().getRequest<Request>()),
);
