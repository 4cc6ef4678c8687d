import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { ApiError } from '@onewindow/gateway-api';
import { TOO_LARGE_MESSAGE } from './json-limits';

const WORDS: Partial<Record<number, string>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  423: 'LOCKED',
  429: 'TOO_MANY_REQUESTS',
};

/** Every error leaves the gateway as one ApiError shape; unexpected ones are logged, not shown. */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('gateway');

  catch(exception: unknown, host: ArgumentsHost) {
    const body = apiErrorOf(exception, this.logger);
    host.switchToHttp().getResponse<Response>().status(body.statusCode).json(body);
  }
}

export function apiErrorOf(exception: unknown, logger?: Logger): ApiError {
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const body = exception.getResponse();
    if (typeof body === 'object' && body !== null && 'error' in body && 'message' in body) {
      const { message, error, violations } = body as Partial<ApiError> & { message: unknown };
      return {
        statusCode,
        error: WORDS[statusCode] ?? String(error),
        message: Array.isArray(message) ? message.join('; ') : String(message),
        ...(violations ? { violations } : {}),
      };
    }
    return {
      statusCode,
      error: WORDS[statusCode] ?? 'ERROR',
      message: typeof body === 'string' ? body : exception.message,
    };
  }
  // Errors of Express and its body parser (oversized, unreadable or undecodable requests) carry their own 4xx status.
  const raw = exception as { status?: number; type?: string; message?: string };
  if (raw?.type === 'entity.too.large') {
    return { statusCode: 413, error: 'PAYLOAD_TOO_LARGE', message: TOO_LARGE_MESSAGE };
  }
  if (raw?.type === 'entity.parse.failed') {
    return { statusCode: 400, error: 'BAD_REQUEST', message: 'the request body is not valid JSON' };
  }
  if (typeof raw?.status === 'number' && raw.status >= 400 && raw.status < 500) {
    return {
      statusCode: raw.status,
      error: WORDS[raw.status] ?? 'BAD_REQUEST',
      message: `the request could not be read: ${String(raw.message).slice(0, 200)}`,
    };
  }
  logger?.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
  return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, error: 'INTERNAL_SERVER_ERROR', message: 'unexpected error' };
}
