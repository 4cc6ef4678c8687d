import { HttpException, HttpStatus } from '@nestjs/common';
import { Metadata, status } from '@grpc/grpc-js';
import { fieldViolationsOf } from '@onewindow/service-runtime';
import type { ApiError } from '@onewindow/gateway-api';

const HTTP_BY_GRPC: Partial<Record<number, [HttpStatus, string]>> = {
  [status.INVALID_ARGUMENT]: [HttpStatus.BAD_REQUEST, 'BAD_REQUEST'],
  [status.NOT_FOUND]: [HttpStatus.NOT_FOUND, 'NOT_FOUND'],
  [status.PERMISSION_DENIED]: [HttpStatus.FORBIDDEN, 'FORBIDDEN'],
  [status.UNAUTHENTICATED]: [HttpStatus.UNAUTHORIZED, 'UNAUTHORIZED'],
  [status.FAILED_PRECONDITION]: [HttpStatus.CONFLICT, 'CONFLICT'],
  [status.ALREADY_EXISTS]: [HttpStatus.CONFLICT, 'CONFLICT'],
  [status.ABORTED]: [HttpStatus.CONFLICT, 'CONFLICT'],
  [status.RESOURCE_EXHAUSTED]: [HttpStatus.PAYLOAD_TOO_LARGE, 'PAYLOAD_TOO_LARGE'],
  [status.UNAVAILABLE]: [HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE'],
  [status.DEADLINE_EXCEEDED]: [HttpStatus.GATEWAY_TIMEOUT, 'GATEWAY_TIMEOUT'],
};

/** A failed gRPC call as the HTTP error the client should see; field violations pass through. */
export function httpErrorFromGrpc(error: unknown): HttpException {
  const grpc = error as { code?: number; details?: string; metadata?: Metadata };
  const mapped = grpc.code === undefined ? undefined : HTTP_BY_GRPC[grpc.code];
  if (!mapped) {
    const body: ApiError = {
      statusCode: HttpStatus.BAD_GATEWAY,
      error: 'BAD_GATEWAY',
      message: 'a service behind the gateway failed; try again, and report it if it persists',
    };
    return new HttpException(body, HttpStatus.BAD_GATEWAY, { cause: error });
  }
  const [statusCode, word] = mapped;
  const violations = grpc.metadata instanceof Metadata ? fieldViolationsOf(grpc.metadata) : [];
  const body: ApiError = {
    statusCode,
    error: word,
    message: grpc.details || word,
    ...(violations.length > 0 ? { violations } : {}),
  };
  return new HttpException(body, statusCode);
}
