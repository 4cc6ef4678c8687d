import { Catch, RpcExceptionFilter } from '@nestjs/common';
import { status } from '@grpc/grpc-js';
import { RpcException } from '@nestjs/microservices';
import { Observable, throwError } from 'rxjs';
import { InvalidPeriodError } from '@onewindow/calendar';
import { InvalidOfficialDocumentError } from '@onewindow/documents';
import { ConcurrencyConflictError } from '@onewindow/persistence';
import { failedPrecondition, invalidArgument, notFound } from '@onewindow/service-runtime';
import { InspectionDocumentNotIssuedError } from '../application/documents/inspection-documents.use-case';
import {
  InspectionCaseNotFoundForMatterError,
  InvalidInspectionListingError,
} from '../application/find-inspection-cases.use-case';
import { InspectionCaseNotFoundError } from '../application/inspection-case-changes';
import { InspectionRuleError, InvalidInspectionInputError } from '../domain';

type MappedError =
  | InspectionRuleError
  | InspectionCaseNotFoundError
  | InspectionCaseNotFoundForMatterError
  | InspectionDocumentNotIssuedError
  | InvalidInspectionListingError
  | InvalidOfficialDocumentError
  | InvalidPeriodError
  | ConcurrencyConflictError;

function toRpc(error: MappedError): RpcException {
  if (
    error instanceof InspectionCaseNotFoundError ||
    error instanceof InspectionCaseNotFoundForMatterError ||
    error instanceof InspectionDocumentNotIssuedError
  ) {
    return notFound(error.message);
  }
  if (error instanceof ConcurrencyConflictError) {
    return new RpcException({ code: status.ABORTED, message: `${error.message}; read the case again` });
  }
  // What the case holds cannot be printed (e.g. a character the embedded font lacks): nothing to retry.
  if (error instanceof InvalidOfficialDocumentError) {
    return failedPrecondition(`the document cannot be printed from what the case holds: ${error.message}`);
  }
  if (error instanceof InvalidPeriodError) return failedPrecondition(error.message);
  if (error instanceof InvalidInspectionListingError) {
    return invalidArgument(error.message, [{ field: error.field, description: error.message }]);
  }
  if (error instanceof InvalidInspectionInputError) {
    return invalidArgument(error.message, [{ field: error.field, description: error.description }]);
  }
  // Preconditions: well-formed, but the case's state or the law forbids it; the field is in the message.
  return failedPrecondition(error.message);
}

/** Maps the rules' and use cases' errors to gRPC status codes at the edge; each names the request's field. */
@Catch(
  InspectionRuleError,
  InspectionCaseNotFoundError,
  InspectionCaseNotFoundForMatterError,
  InspectionDocumentNotIssuedError,
  InvalidInspectionListingError,
  InvalidOfficialDocumentError,
  InvalidPeriodError,
  ConcurrencyConflictError,
)
export class InspectionErrorFilter implements RpcExceptionFilter<MappedError> {
  catch(error: MappedError): Observable<unknown> {
    return throwError(() => toRpc(error).getError());
  }
}
