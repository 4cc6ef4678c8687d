import type { StaffRole } from '@onewindow/access';

/** The posts as staff know them, for messages a person reads. */
export const ROLE_NAMES: Readonly<Record<StaffRole, string>> = {
  WINDOW_CLERK: '窗口受理员',
  MEDIATOR: '调解员',
  INSPECTOR: '劳动保障监察员',
  ARBITRATOR: '仲裁员',
  ARBITRATION_CLERK: '仲裁立案书记员',
  LEGAL_AID_OFFICER: '法律援助工作人员',
  PETITION_OFFICER: '信访工作人员',
  SUPERVISOR: '值班主任',
  AUDITOR: '审计员',
  AGENCY: '协作单位',
};

/** 仲裁员（ARBITRATOR）、审计员（AUDITOR） */
export function describePosts(roles: readonly string[]): string {
  return roles.map((role) => `${ROLE_NAMES[role as StaffRole] ?? role}（${role}）`).join('、');
}
