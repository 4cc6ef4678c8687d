import { Catch, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';
import { alreadyExists, failedPrecondition, invalidArgument, notFound } from '@onewindow/service-runtime';
import { CaseDocumentNotIssuedError } from '../application/documents/get-case-document.use-case';
import { CaseNotFoundError, InvalidCaseListingError } from '../application/find-cases.use-case';
import { ApplicationNotKeptError, SupplementRequestReusedError } from '../application/submit-supplement.use-case';
import {
  InvalidProceedingsInputError,
  ProceedingsPreconditionError,
  AcceptanceNotPendingError,
  InvalidAcceptanceDecisionError,
  InvalidSupplementError,
  SupplementNotAwaitedError,
} from '../domain';

type MappedError =
  | InvalidProceedingsInputError
  | ProceedingsPreconditionError
  | CaseNotFoundError
  | CaseDocumentNotIssuedError
  | AcceptanceNotPendingError
  | InvalidAcceptanceDecisionError
  | InvalidCaseListingError
  | InvalidSupplementError
  | SupplementNotAwaitedError
  | SupplementRequestReusedError
  | ApplicationNotKeptError;

// The decision's own words are not DecideAcceptanceRequest's: a refusal's `reason` arrives as refusalReason.
const REQUEST_FIELDS: Readonly<Record<string, string>> = { reason: 'refusalReason' };

function toRpc(error: MappedError) {
  if (error instanceof CaseNotFoundError || error instanceof CaseDocumentNotIssuedError) return notFound(error.message);
  if (
    error instanceof AcceptanceNotPendingError ||
    error instanceof SupplementNotAwaitedError ||
    error instanceof ApplicationNotKeptError
  ) {
    return failedPrecondition(error.message);
  }
  if (error instanceof SupplementRequestReusedError) return alreadyExists(error.message);
  // The proceedings' rules (award period, withdrawal): the case's state forbids it.
  if (error instanceof ProceedingsPreconditionError) return failedPrecondition(error.message);
  // A supplement's field is already the request's own (items[0].value, claims[1].amountFen).
  if (error instanceof InvalidSupplementError) {
    return invalidArgument(error.message, [{ field: error.field, description: error.message }]);
  }
  if (error instanceof InvalidCaseListingError) return invalidArgument(error.message, error.problems);
  const field =
    error instanceof InvalidAcceptanceDecisionError ? (REQUEST_FIELDS[error.field] ?? error.field) : error.field;
  return invalidArgument(error.message, [{ field, description: error.message }]);
}

/** Maps the use cases' errors to gRPC status codes at the edge. */
@Catch(
  InvalidProceedingsInputError,
  ProceedingsPreconditionError,
  CaseNotFoundError,
  CaseDocumentNotIssuedError,
  AcceptanceNotPendingError,
  InvalidAcceptanceDecisionError,
  InvalidCaseListingError,
  InvalidSupplementError,
  SupplementNotAwaitedError,
  SupplementRequestReusedError,
  ApplicationNotKeptError,
)
export class ArbitrationErrorFilter implements RpcExceptionFilter<MappedError> {
  catch(error: MappedError): Observable<unknown> {
    return throwError(() => toRpc(error).getError());
  }
}
