// Who may see and act on a supervision matter, decided here again whatever the gateway decided: a gateway
// bug must not open another county's matter.
import { type Caller, hasAnyRole, LABOR_RELATIONS_SUPERVISING_ROLES } from '@onewindow/access';
import { permissionDenied, requireCounty } from '@onewindow/service-runtime';

/** The labor-relations officer (劳动关系监管员) and the duty supervisor read. */
export const SUPERVISION_READER_ROLES = [...LABOR_RELATIONS_SUPERVISING_ROLES, 'SUPERVISOR'] as const;

export function requireMayRead(caller: Caller, countyCode?: string): void {
  if (countyCode !== undefined) requireCounty(caller, countyCode);
  if (!hasAnyRole(caller, [...SUPERVISION_READER_ROLES])) {
    throw permissionDenied(
      'labor-relations supervision is read by the LABOR_RELATIONS_OFFICER post (劳动关系监管员) and the duty SUPERVISOR',
    );
  }
}

/** Registering, reviewing, checking, concluding: the labor-relations officer, in the matter's county. */
export function requireMaySupervise(caller: Caller, countyCode: string): void {
  requireCounty(caller, countyCode);
  if (!hasAnyRole(caller, LABOR_RELATIONS_SUPERVISING_ROLES)) {
    throw permissionDenied(
      'labor-relations supervision is conducted by the LABOR_RELATIONS_OFFICER post (劳动关系监管员)',
    );
  }
}
