import { Catch, RpcExceptionFilter } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { Observable, throwError } from 'rxjs';
import { invalidArgument, notFound } from '@onewindow/service-runtime';
import { InvalidMatterRequestError } from '../application/register-matter.use-case';
import { MatterNotFoundError } from '../application/find-matters.use-case';

/** Maps the use cases' errors to gRPC status codes at the edge. */
@Catch(InvalidMatterRequestError, MatterNotFoundError)
export class IntakeErrorFilter implements RpcExceptionFilter<Error> {
  catch(error: Error): Observable<unknown> {
    const rpc: RpcException =
      error instanceof InvalidMatterRequestError
        ? invalidArgument(`${error.violations.length} problem(s) in the request; nothing was changed`, error.violations)
        : notFound(error.message);
    return throwError(() => rpc.getError());
  }
}
