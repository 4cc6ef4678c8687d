import type { Metadata } from '@grpc/grpc-js';
import type { Observable } from 'rxjs';
import type { arbitration } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import type { AuditLog } from '../audit/audit-log';
import type { AuthenticatedCaller } from '../auth/current-caller.decorator';
import { auditedAs, changedCaseSubject } from '../http/audited-call';
import type { RequestOrigin } from '../http/request-origin';
import { toRestCase } from '../service-clients/rest-views';
import type { ServiceClients } from '../service-clients/service-clients';
import { type FieldNames, withRestFieldNames } from './proceedings-requests';

type CaseAnswer = { case?: arbitration.ArbitrationCase | undefined };
export type ArbitrationCall = (
  clients: { arbitration: arbitration.ArbitrationServiceClient },
  metadata: Metadata,
) => Observable<CaseAnswer>;

export interface CaseWrite {
  /** The audit log's action, e.g. arbitration.tribunal. */
  action: string;
  caseId: string;
  /** What was done, in a few words, for the audit entry. */
  detail: string;
  call: ArbitrationCall;
  /** Arbitration's field names that the REST body names otherwise. */
  fieldNames?: FieldNames;
}

/**
 * One step on an accepted case: arbitration's call, one audit entry (succeeded on the case's matter and county,
 * or refused / failed on the case id), and the case as it now is.
 */
export async function writeCase(
  services: ServiceClients,
  audit: AuditLog,
  caller: AuthenticatedCaller,
  origin: RequestOrigin,
  { action, caseId, detail, call, fieldNames = [] }: CaseWrite,
): Promise<rest.ArbitrationCase> {
  const answer = await auditedAs(
    audit,
    caller,
    origin,
    action,
    '',
  )(
    changedCaseSubject(caseId, detail),
    () => withRestFieldNames(fieldNames, () => services.call(caller, call)),
    caseId,
  );
  return toRestCase(answer.case!);
}
