import { DEMO_ACCOUNTS } from './demo-accounts';
import { newUserAccountViolations, normalizeUsername, type NewUserAccount } from './user-account';

const clerk: NewUserAccount = {
  username: 'clerk.zengdu',
  displayName: '王窗口',
  password: 'Demo-2026!',
  roles: ['WINDOW_CLERK'],
  counties: ['421303'],
};

describe('a new staff account', () => {
  it('is accepted with a post, a known county and a long enough password', () => {
    expect(newUserAccountViolations(clerk)).toEqual([]);
  });

  it('every demo account is itself valid, and one person holds three posts', () => {
    for (const account of DEMO_ACCOUNTS) expect(newUserAccountViolations(account)).toEqual([]);
    expect(DEMO_ACCOUNTS.find((a) => a.roles.length === 3)?.roles).toEqual(['MEDIATOR', 'INSPECTOR', 'ARBITRATOR']);
  });

  it('never holds the portal role, an unknown post or an unknown county', () => {
    const fields = newUserAccountViolations({ ...clerk, roles: ['PORTAL', 'JUDGE'], counties: ['110101'] }).map(
      (v) => v.field,
    );
    expect(fields).toEqual(['roles[0]', 'roles[1]', 'counties[0]']);
  });

  it('needs at least one post and one county', () => {
    const fields = newUserAccountViolations({ ...clerk, roles: [], counties: [] }).map((v) => v.field);
    expect(fields).toEqual(['roles', 'counties']);
  });

  it('names the agency of an AGENCY user, and only of one', () => {
    expect(newUserAccountViolations({ ...clerk, roles: ['AGENCY'] })[0]?.field).toBe('agency');
    expect(newUserAccountViolations({ ...clerk, roles: ['AGENCY'], agency: 'POLICE' })[0]?.field).toBe('agency');
    expect(newUserAccountViolations({ ...clerk, roles: ['AGENCY'], agency: 'TRADE_UNION' })).toEqual([]);
    expect(newUserAccountViolations({ ...clerk, agency: 'TRADE_UNION' })[0]?.field).toBe('agency');
  });

  it('refuses a short password and a username with spaces or capitals', () => {
    const fields = newUserAccountViolations({ ...clerk, username: 'Wang Wei', password: 'short' }).map((v) => v.field);
    expect(fields).toEqual(['username', 'password']);
    expect(normalizeUsername('  Clerk.Zengdu ')).toBe('clerk.zengdu');
  });
});
