import { Catch, RpcExceptionFilter } from '@nestjs/common';
import { status } from '@grpc/grpc-js';
import { RpcException } from '@nestjs/microservices';
import { Observable, throwError } from 'rxjs';
import { InvalidOfficialDocumentError } from '@onewindow/documents';
import { ConcurrencyConflictError } from '@onewindow/persistence';
import { failedPrecondition, invalidArgument, notFound } from '@onewindow/service-runtime';
import { SupervisionDocumentNotIssuedError } from '../application/documents/supervision-documents.use-case';
import {
  InvalidSupervisionListingError,
  SupervisionMatterNotFoundForMatterError,
} from '../application/find-supervision-matters.use-case';
import { SupervisionConcludedError, SupervisionMatterNotFoundError } from '../application/supervision-changes';
import { InvalidSupervisionInputError, SupervisionRuleError } from '../domain';

type MappedError =
  | SupervisionRuleError
  | SupervisionMatterNotFoundError
  | SupervisionMatterNotFoundForMatterError
  | SupervisionDocumentNotIssuedError
  | SupervisionConcludedError
  | InvalidSupervisionListingError
  | InvalidOfficialDocumentError
  | ConcurrencyConflictError;

function toRpc(error: MappedError): RpcException {
  if (
    error instanceof SupervisionMatterNotFoundError ||
    error instanceof SupervisionMatterNotFoundForMatterError ||
    error instanceof SupervisionDocumentNotIssuedError
  ) {
    return notFound(error.message);
  }
  if (error instanceof ConcurrencyConflictError) {
    return new RpcException({ code: status.ABORTED, message: `${error.message}; read the matter again` });
  }
  if (error instanceof SupervisionConcludedError) return failedPrecondition(error.message);
  if (error instanceof InvalidOfficialDocumentError) {
    return failedPrecondition(`the document cannot be printed from what the matter holds: ${error.message}`);
  }
  if (error instanceof InvalidSupervisionListingError) {
    return invalidArgument(error.message, [{ field: error.field, description: error.message }]);
  }
  if (error instanceof InvalidSupervisionInputError) {
    return invalidArgument(error.message, [{ field: error.field, description: error.description }]);
  }
  // Preconditions: well-formed, but the matter's state forbids it.
  return failedPrecondition(error.message);
}

/** Maps the rules' and use cases' errors to gRPC status codes at the edge; each names the request's field. */
@Catch(
  SupervisionRuleError,
  SupervisionMatterNotFoundError,
  SupervisionMatterNotFoundForMatterError,
  SupervisionDocumentNotIssuedError,
  SupervisionConcludedError,
  InvalidSupervisionListingError,
  InvalidOfficialDocumentError,
  ConcurrencyConflictError,
)
export class SupervisionErrorFilter implements RpcExceptionFilter<MappedError> {
  catch(error: MappedError): Observable<unknown> {
    return throwError(() => toRpc(error).getError());
  }
}
