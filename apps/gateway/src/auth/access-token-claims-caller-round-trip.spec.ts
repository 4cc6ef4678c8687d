import type { SignedInUser } from '@onewindow/gateway-api';
import { accessTokenClaims, callerFromClaims, signedInUserOf } from './access-token-claims';

const multiPost: SignedInUser = {
  username: 'multi.zengdu',
  displayName: '张三岗',
  roles: ['MEDIATOR', 'INSPECTOR', 'ARBITRATOR'],
  counties: ['421303'],
};
const union: SignedInUser = {
  username: 'union.zengdu',
  displayName: '钱工会',
  roles: ['AGENCY'],
  counties: ['421303'],
  agency: 'TRADE_UNION',
};

describe('access token claims ⇄ caller', () => {
  it('carries every post of one person (一人多岗) and their counties', () => {
    const claims = accessTokenClaims(multiPost);
    expect(claims).toEqual({
      sub: 'multi.zengdu',
      name: '张三岗',
      roles: ['MEDIATOR', 'INSPECTOR', 'ARBITRATOR'],
      counties: ['421303'],
    });
    const caller = callerFromClaims({ ...claims });
    expect(caller).toEqual({ userId: 'multi.zengdu', ...multiPost });
    expect(signedInUserOf(caller!)).toEqual(multiPost);
  });

  it("keeps an agency user's referral target", () => {
    const caller = callerFromClaims({ ...accessTokenClaims(union) });
    expect(caller?.agency).toBe('TRADE_UNION');
    expect(signedInUserOf(caller!)).toEqual(union);
  });

  it.each([
    ['no posts', { roles: [] }],
    ['the portal role', { roles: ['PORTAL'] }],
    ['an unknown post', { roles: ['JUDGE'] }],
    ['posts as one string', { roles: 'MEDIATOR' }],
    ['no counties', { counties: [] }],
    ['an unknown county', { counties: ['110101'] }],
    ['no subject', { sub: '' }],
    ['an agency on a non-agency user', { agency: 'TRADE_UNION' }],
  ])('refuses claims with %s', (_, change) => {
    expect(callerFromClaims({ ...accessTokenClaims(multiPost), ...change })).toBeUndefined();
  });
});
