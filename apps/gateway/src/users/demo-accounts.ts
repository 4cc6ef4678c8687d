import type { StaffRole } from '@onewindow/access';

/** One password for every demo account; development and demonstrations only (GATEWAY_DEMO_USERS=true). */
export const DEMO_PASSWORD = 'Demo-2026!';

export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  roles: StaffRole[];
  counties: string[];
  agency?: string;
}

const ZENGDU = '421303'; // 曾都区
const SUI_COUNTY = '421321'; // 随县

const demo = (username: string, displayName: string, roles: StaffRole[], counties = [ZENGDU], agency?: string) => ({
  username,
  password: DEMO_PASSWORD,
  displayName,
  roles,
  counties,
  ...(agency ? { agency } : {}),
});

/** One account per post in 曾都区, a window clerk in 随县, and one person holding three posts (一人多岗). */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  demo('clerk.zengdu', '王窗口', ['WINDOW_CLERK']),
  demo('mediator.zengdu', '李调解', ['MEDIATOR']),
  demo('inspector.zengdu', '赵监察', ['INSPECTOR']),
  demo('labor-relations.zengdu', '钱劳监', ['LABOR_RELATIONS_OFFICER']),
  demo('arbitrator.zengdu', '陈仲裁', ['ARBITRATOR']),
  demo('arbitration-clerk.zengdu', '刘立案', ['ARBITRATION_CLERK']),
  demo('legal-aid.zengdu', '周援助', ['LEGAL_AID_OFFICER']),
  demo('petition.zengdu', '吴信访', ['PETITION_OFFICER']),
  demo('supervisor.zengdu', '郑主任', ['SUPERVISOR']),
  demo('auditor.zengdu', '孙审计', ['AUDITOR']),
  demo('union.zengdu', '钱工会', ['AGENCY'], [ZENGDU], 'TRADE_UNION'),
  demo('court.zengdu', '冯法院', ['AGENCY'], [ZENGDU], 'COURT'),
  demo('clerk.suixian', '何窗口', ['WINDOW_CLERK'], [SUI_COUNTY]),
  demo('multi.zengdu', '张三岗', ['MEDIATOR', 'INSPECTOR', 'ARBITRATOR']),
];
