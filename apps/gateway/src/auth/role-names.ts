import { ROLE_NAMES_ZH, type StaffRole } from '@onewindow/access';

/** 仲裁员（ARBITRATOR）、审计员（AUDITOR） */
export function describePosts(roles: readonly string[]): string {
  return roles.map((role) => `${ROLE_NAMES_ZH[role as StaffRole] ?? role}（${role}）`).join('、');
}
