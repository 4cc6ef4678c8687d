import { status } from '@grpc/grpc-js';
import { Catch, RpcExceptionFilter } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { Observable, throwError } from 'rxjs';
import { failedPrecondition, invalidArgument, notFound } from '@onewindow/service-runtime';
import { InvalidMatterRequestError } from '../application/register-matter.use-case';
import { MatterNotFoundError, MatterStateError } from '../application/find-matters.use-case';
import { PersonalDataIntegrityError } from '../infrastructure/personal-data-cipher';

/** Maps the use cases' errors to gRPC status codes at the edge. */
@Catch(InvalidMatterRequestError, MatterNotFoundError, MatterStateError, PersonalDataIntegrityError)
export class IntakeErrorFilter implements RpcExceptionFilter<Error> {
  catch(error: Error): Observable<unknown> {
    return throwError(() => toRpcException(error).getError());
  }
}

function toRpcException(error: Error): RpcException {
  if (error instanceof InvalidMatterRequestError) {
    return invalidArgument(
      `${error.violations.length} problem(s) in the request; nothing was changed`,
      error.violations,
    );
  }
  if (error instanceof MatterStateError) return failedPrecondition(error.message);
  // A sealed value that does not open was altered or moved: say so rather than answer with a wrong number.
  if (error instanceof PersonalDataIntegrityError)
    return new RpcException({ code: status.DATA_LOSS, message: error.message });
  return notFound(error.message);
}
