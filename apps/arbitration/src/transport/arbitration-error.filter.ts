import { Catch, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';
import { notFound } from '@onewindow/service-runtime';
import { CaseNotFoundError } from '../application/find-cases.use-case';

@Catch(CaseNotFoundError)
export class ArbitrationErrorFilter implements RpcExceptionFilter<CaseNotFoundError> {
  catch(error: CaseNotFoundError): Observable<unknown> {
    return throwError(() => notFound(error.message).getError());
  }
}
