import { AGENCY_TARGETS, isStaffRole, type StaffRole } from '@onewindow/access';
import { isKnownCounty, listCounties } from '@onewindow/county';
import type { FieldViolation } from '@onewindow/gateway-api';

/** A staff member who signs in with a password (本地账号). The portal's workers never have one. */
export interface UserAccount {
  /** Lowercase, unique; also the user id the services see. */
  username: string;
  displayName: string;
  /** argon2id, PHC string form. */
  passwordHash: string;
  /** Every post the person holds (一人多岗); never PORTAL. */
  roles: StaffRole[];
  /** 行政区划代码 the person works in. */
  counties: string[];
  /** For AGENCY users: the referral target they answer for, e.g. TRADE_UNION. */
  agency?: string;
  /** Consecutive wrong passwords since the last successful sign-in or lock. */
  failedAttempts: number;
  lockedUntil?: Date;
  disabled: boolean;
}

/** An account as an administrator (or the demo seed) asks for it, password in the clear. */
export interface NewUserAccount {
  username: string;
  displayName: string;
  password: string;
  roles: string[];
  counties: string[];
  agency?: string;
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;
export const PASSWORD_LENGTH = { min: 10, max: 128 } as const;

/** Usernames compare without regard to case or surrounding blanks (Zhang.San and zhang.san are one person). */
export function normalizeUsername(raw: string): string {
  return raw.trim().toLowerCase();
}

/** Everything wrong with a new account at once; empty when it may be created. */
export function newUserAccountViolations(account: NewUserAccount): FieldViolation[] {
  const violations: FieldViolation[] = [];
  const report = (field: string, description: string) => violations.push({ field, description });

  if (!USERNAME_PATTERN.test(account.username)) {
    report('username', '用户名须为 3–64 位小写字母、数字或 . _ -，以字母或数字开头');
  }
  if (account.displayName.trim() === '' || account.displayName.length > 50) {
    report('displayName', '姓名不能为空，且不超过 50 个字符');
  }
  if (account.password.length < PASSWORD_LENGTH.min || account.password.length > PASSWORD_LENGTH.max) {
    report('password', `密码长度须为 ${PASSWORD_LENGTH.min}–${PASSWORD_LENGTH.max} 个字符`);
  }
  if (account.roles.length === 0) report('roles', '至少要有一个岗位');
  account.roles.forEach((role, i) => {
    if (!isStaffRole(role)) report(`roles[${i}]`, `不是工作人员岗位：${role}（门户 PORTAL 不能分配给账号）`);
  });
  if (account.counties.length === 0) report('counties', '至少要有一个所属区县');
  account.counties.forEach((county, i) => {
    if (!isKnownCounty(county)) {
      report(
        `counties[${i}]`,
        `未知的行政区划代码 ${county}；可选 ${listCounties()
          .map((c) => c.code)
          .join('、')}`,
      );
    }
  });
  const isAgency = account.roles.includes('AGENCY');
  if (isAgency && !(AGENCY_TARGETS as readonly string[]).includes(account.agency ?? '')) {
    report('agency', `协作单位账号须指明所代表的单位：${AGENCY_TARGETS.join('、')}`);
  }
  if (!isAgency && account.agency !== undefined) report('agency', '只有协作单位（AGENCY）账号才有所属单位');
  return violations;
}
