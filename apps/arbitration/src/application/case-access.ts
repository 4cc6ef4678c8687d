// Who may see and decide arbitration cases, decided here again whatever the gateway decided: a gateway
// bug must not open another county's case.
import { ACCEPTANCE_DECIDING_ROLES, hasAnyRole, type Caller } from '@onewindow/access';
import { permissionDenied, requireCounty } from '@onewindow/service-runtime';
import type { ArbitrationCaseRecord } from './arbitration-case.repository';

/** A case is seen and acted on only in its own county. */
export function requireCallersCase(caller: Caller, record: Pick<ArbitrationCaseRecord, 'countyCode'>): void {
  requireCounty(caller, record.countyCode);
}

/**
 * The acceptance decision (受理决定) is an arbitrator's (仲裁员); the arbitration clerk who registered
 * the application does not decide it.
 */
export function requireMayDecideAcceptance(caller: Caller): void {
  if (!hasAnyRole(caller, ACCEPTANCE_DECIDING_ROLES)) {
    throw permissionDenied('the acceptance decision (受理决定) is made by the ARBITRATOR post (仲裁员)');
  }
}
