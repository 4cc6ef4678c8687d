// Who may see and decide arbitration cases, decided here again whatever the gateway decided: a gateway
// bug must not open another county's case.
import {
  ACCEPTANCE_DECIDING_ROLES,
  hasAnyRole,
  MATTER_READER_ROLES,
  PORTAL_ROLE,
  PORTAL_USER_PREFIX,
  SUPPLEMENT_RECEIVING_ROLES,
  type Caller,
} from '@onewindow/access';
import { permissionDenied, requireCounty } from '@onewindow/service-runtime';
import type { ArbitrationCaseRecord } from './arbitration-case.repository';

const isPortalFor = (caller: Caller, matterNumber: string) =>
  caller.roles.includes(PORTAL_ROLE) && caller.userId === `${PORTAL_USER_PREFIX}${matterNumber}`;

/**
 * A case is seen and acted on only in its own county; the portal sees only the case of the one matter its
 * tracking code was given for.
 */
export function requireCallersCase(
  caller: Caller,
  record: Pick<ArbitrationCaseRecord, 'countyCode'> & Partial<Pick<ArbitrationCaseRecord, 'matterNumber'>>,
): void {
  requireCounty(caller, record.countyCode);
  if (caller.roles.includes(PORTAL_ROLE) && !isPortalFor(caller, record.matterNumber ?? '')) {
    throw permissionDenied("the portal sees the arbitration case of the worker's own matter only");
  }
}

/** Before the case is read: the posts that take in supplement material, or the portal (for its own matter). */
export function requireMaySubmitSupplements(caller: Caller): void {
  if (hasAnyRole(caller, SUPPLEMENT_RECEIVING_ROLES) || caller.roles.includes(PORTAL_ROLE)) return;
  throw permissionDenied(
    'supplement material (补正材料) is taken in by the ARBITRATION_CLERK or ARBITRATOR post, or by the worker through the portal',
  );
}

/** 补正 on this case: those posts in the case's county, or the portal for the worker's own matter. */
export function requireMaySupplement(
  caller: Caller,
  record: Pick<ArbitrationCaseRecord, 'countyCode' | 'matterNumber'>,
): void {
  requireMaySubmitSupplements(caller);
  requireCounty(caller, record.countyCode);
  if (hasAnyRole(caller, SUPPLEMENT_RECEIVING_ROLES) || isPortalFor(caller, record.matterNumber)) return;
  throw permissionDenied("the portal supplies material for the worker's own matter only");
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
  if (isPortalFor(caller, record.matterNumber)) return;
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
