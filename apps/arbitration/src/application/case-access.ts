// Who may see and decide arbitration cases, decided here again whatever the gateway decided: a gateway
// bug must not open another county's case.
import {
  ACCEPTANCE_DECIDING_ROLES,
  hasAnyRole,
  MATTER_READER_ROLES,
  PORTAL_ROLE,
  PORTAL_USER_PREFIX,
  type Caller,
} from '@onewindow/access';
import { permissionDenied, requireCounty } from '@onewindow/service-runtime';
import type { ArbitrationCaseRecord } from './arbitration-case.repository';

/** A case is seen and acted on only in its own county. */
export function requireCallersCase(caller: Caller, record: Pick<ArbitrationCaseRecord, 'countyCode'>): void {
  requireCounty(caller, record.countyCode);
}

/**
 * A case's documents name the worker: the posts that work on matters see them (not auditors or agencies),
 * and the portal only for the one matter its tracking code was given for.
 */
export function requireMaySeeCaseDocuments(
  caller: Caller,
  record: Pick<ArbitrationCaseRecord, 'countyCode' | 'matterNumber'>,
): void {
  requireCounty(caller, record.countyCode);
  if (hasAnyRole(caller, MATTER_READER_ROLES)) return;
  if (caller.roles.includes(PORTAL_ROLE) && caller.userId === `${PORTAL_USER_PREFIX}${record.matterNumber}`) return;
  throw permissionDenied(
    "a case's documents are for the posts that work on matters, and for the worker's own matter through the portal",
  );
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
