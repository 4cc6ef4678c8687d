import { Catch, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';
import { failedPrecondition, invalidArgument, notFound } from '@onewindow/service-runtime';
import { CaseNotFoundError } from '../application/find-cases.use-case';
import { AcceptanceNotPendingError, InvalidAcceptanceDecisionError } from '../domain';

type MappedError = CaseNotFoundError | AcceptanceNotPendingError | InvalidAcceptanceDecisionError;

/** Maps the use cases' errors to gRPC status codes at the edge. */
@Catch(CaseNotFoundError, AcceptanceNotPendingError, InvalidAcceptanceDecisionError)
export class ArbitrationErrorFilter implements RpcExceptionFilter<MappedError> {
  catch(error: MappedError): Observable<unknown> {
    const rpc =
      error instanceof CaseNotFoundError
        ? notFound(error.message)
        : error instanceof AcceptanceNotPendingError
          ? failedPrecondition(error.message)
          : invalidArgument(error.message, [{ field: error.field, description: error.message }]);
    return throwError(() => rpc.getError());
  }
}
