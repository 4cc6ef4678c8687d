import { Catch, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';
import { failedPrecondition, invalidArgument, notFound } from '@onewindow/service-runtime';
import { CaseNotFoundError, InvalidCaseListingError } from '../application/find-cases.use-case';
import { AcceptanceNotPendingError, InvalidAcceptanceDecisionError } from '../domain';

type MappedError =
  | CaseNotFoundError
  | AcceptanceNotPendingError
  | InvalidAcceptanceDecisionError
  | InvalidCaseListingError;

function toRpc(error: MappedError) {
  if (error instanceof CaseNotFoundError) return notFound(error.message);
  if (error instanceof AcceptanceNotPendingError) return failedPrecondition(error.message);
  if (error instanceof InvalidCaseListingError) return invalidArgument(error.message, error.problems);
  return invalidArgument(error.message, [{ field: error.field, description: error.message }]);
}

/** Maps the use cases' errors to gRPC status codes at the edge. */
@Catch(CaseNotFoundError, AcceptanceNotPendingError, InvalidAcceptanceDecisionError, InvalidCaseListingError)
export class ArbitrationErrorFilter implements RpcExceptionFilter<MappedError> {
  catch(error: MappedError): Observable<unknown> {
    return throwError(() => toRpc(error).getError());
  }
}
