// Who may see and act on an inspection case, decided here again whatever the gateway decided: a gateway bug
// must not open another county's case, nor a report's file to a post that does not inspect.
import { type Caller, hasAnyRole, INSPECTING_ROLES } from '@onewindow/access';
import { permissionDenied, requireCounty } from '@onewindow/service-runtime';

/** Inspectors, and the duty supervisor (值班主任) who follows every office's cases, read a county's cases. */
export const INSPECTION_READER_ROLES = [...INSPECTING_ROLES, 'SUPERVISOR'] as const;

export function requireMayRead(caller: Caller, countyCode: string): void {
  requireCounty(caller, countyCode);
  if (!hasAnyRole(caller, INSPECTION_READER_ROLES)) {
    throw permissionDenied('inspection cases are read by the INSPECTOR post (劳动保障监察员) and the duty SUPERVISOR');
  }
}

/** Every step of a case is the inspector's, in the case's county. */
export function requireMayInspect(caller: Caller, countyCode: string): void {
  requireCounty(caller, countyCode);
  if (!hasAnyRole(caller, INSPECTING_ROLES)) {
    throw permissionDenied('an inspection case is handled by the INSPECTOR post (劳动保障监察员)');
  }
}
