import { Catch, RpcExceptionFilter } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { status } from '@grpc/grpc-js';
import { Observable, throwError } from 'rxjs';
import { ConcurrencyConflictError } from '@onewindow/persistence';
import { failedPrecondition, invalidArgument, notFound } from '@onewindow/service-runtime';
import { ReferralNotFoundError } from '../application/referral-loop.use-case';
import { RuleSetNotFoundError, RuleSetRejectedError } from '../application/rule-set-registry';
import { ReferralTransitionError } from '../domain/referral-lifecycle';

const HANDLED = [
  ReferralNotFoundError,
  ReferralTransitionError,
  RuleSetRejectedError,
  RuleSetNotFoundError,
  ConcurrencyConflictError,
] as const;

type Handled = InstanceType<(typeof HANDLED)[number]>;

function toRpc(error: Handled): RpcException {
  if (error instanceof ReferralNotFoundError || error instanceof RuleSetNotFoundError) return notFound(error.message);
  if (error instanceof ReferralTransitionError) {
    return error.field === 'status'
      ? failedPrecondition(error.message)
      : invalidArgument(error.message, [{ field: error.field, description: error.message }]);
  }
  if (error instanceof RuleSetRejectedError) {
    return invalidArgument(
      error.message,
      error.problems.map((p) => ({ field: p.at, description: p.description })),
    );
  }
  return new RpcException({ code: status.ABORTED, message: `${error.message}; try again` });
}

/** Maps the use cases' errors to gRPC status codes at the edge. */
@Catch(...HANDLED)
export class RoutingErrorFilter implements RpcExceptionFilter<Handled> {
  catch(error: Handled): Observable<unknown> {
    return throwError(() => toRpc(error).getError());
  }
}
