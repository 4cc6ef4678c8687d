import { Catch, RpcExceptionFilter } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { status } from '@grpc/grpc-js';
import { Observable, throwError } from 'rxjs';
import { ConcurrencyConflictError } from '@onewindow/persistence';
import { failedPrecondition, invalidArgument, notFound } from '@onewindow/service-runtime';
import { ReferralNotFoundError } from '../application/referral-loop.use-case';
import { RuleSetNotFoundError, RuleSetRejectedError } from '../application/rule-set-registry';
import { ReferralTransitionError } from '../domain/referral-lifecycle';
import { ConsultationAnswerRefusedError } from '../domain/consultation-answer';

const HANDLED = [
  ReferralNotFoundError,
  ReferralTransitionError,
  ConsultationAnswerRefusedError,
  RuleSetRejectedError,
  RuleSetNotFoundError,
  ConcurrencyConflictError,
] as const;

type Handled = InstanceType<(typeof HANDLED)[number]>;

type RequestFields = Partial<Record<ReferralTransitionError['field'], string>>;

function transitionToRpc(error: ReferralTransitionError, requestFields: RequestFields = {}): RpcException {
  if (error.field === 'status') return failedPrecondition(error.message);
  const field = requestFields[error.field] ?? error.field;
  return invalidArgument(error.message, [{ field, description: error.message }]);
}

/**
 * For a request that calls a lifecycle field by another name (AcknowledgeReferral's declineReason is
 * the lifecycle's reason): the violation names the field the caller sent.
 */
export const inRequestFields =
  (requestFields: RequestFields) =>
  (error: unknown): never => {
    throw error instanceof ReferralTransitionError ? transitionToRpc(error, requestFields) : error;
  };

function toRpc(error: Handled): RpcException {
  if (error instanceof ReferralNotFoundError || error instanceof RuleSetNotFoundError) return notFound(error.message);
  if (error instanceof ReferralTransitionError) return transitionToRpc(error);
  if (error instanceof ConsultationAnswerRefusedError) {
    // AnswerConsultation's own field names: answer, basis, answererName, requestId.
    return 'field' in error.reason
      ? invalidArgument(error.message, [{ field: error.reason.field, description: error.message }])
      : failedPrecondition(error.message);
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
