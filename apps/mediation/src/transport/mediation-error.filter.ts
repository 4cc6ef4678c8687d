import { Catch, RpcExceptionFilter } from '@nestjs/common';
import { status } from '@grpc/grpc-js';
import { RpcException } from '@nestjs/microservices';
import { Observable, throwError } from 'rxjs';
import { InvalidOfficialDocumentError } from '@onewindow/documents';
import { ConcurrencyConflictError } from '@onewindow/persistence';
import { failedPrecondition, invalidArgument, notFound, permissionDenied } from '@onewindow/service-runtime';
import { MediationDocumentNotIssuedError } from '../application/documents/mediation-documents.use-case';
import {
  InvalidMediationListingError,
  MediationCaseNotFoundForMatterError,
} from '../application/find-mediation-cases.use-case';
import { MediationCaseNotFoundError, MediationConcludedError } from '../application/mediation-case-changes';
import { InvalidMediationInputError, MediationRuleError, NotEntitledToSignError } from '../domain';

type MappedError =
  | MediationRuleError
  | MediationCaseNotFoundError
  | MediationCaseNotFoundForMatterError
  | MediationDocumentNotIssuedError
  | MediationConcludedError
  | InvalidMediationListingError
  | InvalidOfficialDocumentError
  | ConcurrencyConflictError;

function toRpc(error: MappedError): RpcException {
  if (
    error instanceof MediationCaseNotFoundError ||
    error instanceof MediationCaseNotFoundForMatterError ||
    error instanceof MediationDocumentNotIssuedError
  ) {
    return notFound(error.message);
  }
  if (error instanceof ConcurrencyConflictError) {
    return new RpcException({ code: status.ABORTED, message: `${error.message}; read the case again` });
  }
  if (error instanceof MediationConcludedError) return failedPrecondition(error.message);
  // What the case holds cannot be printed (e.g. a character the embedded font lacks): nothing to retry.
  if (error instanceof InvalidOfficialDocumentError) {
    return failedPrecondition(`the document cannot be printed from what the case holds: ${error.message}`);
  }
  if (error instanceof InvalidMediationListingError) {
    return invalidArgument(error.message, [{ field: error.field, description: error.message }]);
  }
  if (error instanceof NotEntitledToSignError) return permissionDenied(error.message);
  if (error instanceof InvalidMediationInputError) {
    return invalidArgument(error.message, [{ field: error.field, description: error.description }]);
  }
  // Preconditions and conflicts of interest: well-formed, but the case's state forbids it.
  return failedPrecondition(error.message);
}

/** Maps the rules' and use cases' errors to gRPC status codes at the edge; each names the request's field. */
@Catch(
  MediationRuleError,
  MediationCaseNotFoundError,
  MediationCaseNotFoundForMatterError,
  MediationDocumentNotIssuedError,
  MediationConcludedError,
  InvalidMediationListingError,
  InvalidOfficialDocumentError,
  ConcurrencyConflictError,
)
export class MediationErrorFilter implements RpcExceptionFilter<MappedError> {
  catch(error: MappedError): Observable<unknown> {
    return throwError(() => toRpc(error).getError());
  }
}
