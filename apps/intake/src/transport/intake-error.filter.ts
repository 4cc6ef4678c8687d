import { Catch, RpcExceptionFilter } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { Observable, throwError } from 'rxjs';
import { invalidArgument, notFound } from '@onewindow/service-runtime';
import { MatterContentInvalidError } from '../application/register-matter.use-case';
import { MatterNotFoundError } from '../application/find-matters.use-case';

/** Maps the use cases' errors to gRPC status codes at the edge. */
@Catch(MatterContentInvalidError, MatterNotFoundError)
export class IntakeErrorFilter implements RpcExceptionFilter<Error> {
  catch(error: Error): Observable<unknown> {
    const rpc: RpcException =
      error instanceof MatterContentInvalidError
        ? invalidArgument(
            `matter content is invalid (${error.violations.length} problem(s)); nothing was saved`,
            error.violations,
          )
        : notFound(error.message);
    return throwError(() => rpc.getError());
  }
}
