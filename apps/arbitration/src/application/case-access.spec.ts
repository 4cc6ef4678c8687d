import { status } from '@grpc/grpc-js';
import { RpcException } from '@nestjs/microservices';
import type { Caller, Role } from '@onewindow/access';
import { requireCallersCase, requireMayDecideAcceptance } from './case-access';

const staff = (roles: Role[], counties = ['421381']): Caller => ({ userId: 'someone', roles, counties });

function outcome(check: () => void): number | 'allowed' {
  try {
    check();
    return 'allowed';
  } catch (error) {
    if (!(error instanceof RpcException)) throw error;
    return (error.getError() as { code: number }).code;
  }
}

describe('whose arbitration case it is', () => {
  it('is its county’s staff, and no one else’s', () => {
    const guangshuiCase = { countyCode: '421381' };
    expect(outcome(() => requireCallersCase(staff(['WINDOW_CLERK']), guangshuiCase))).toBe('allowed');
    expect(outcome(() => requireCallersCase(staff(['ARBITRATOR'], ['421303', '421321']), guangshuiCase))).toBe(
      status.PERMISSION_DENIED,
    );
  });
});

describe('who may decide whether to accept an application', () => {
  it.each<[Role[], number | 'allowed']>([
    [['ARBITRATOR'], 'allowed'],
    [['MEDIATOR', 'INSPECTOR', 'ARBITRATOR'], 'allowed'],
    [['ARBITRATION_CLERK'], status.PERMISSION_DENIED],
    [['SUPERVISOR'], status.PERMISSION_DENIED],
    [['WINDOW_CLERK', 'MEDIATOR'], status.PERMISSION_DENIED],
    [['AGENCY'], status.PERMISSION_DENIED],
  ])('%j → %s', (roles, expected) => {
    expect(outcome(() => requireMayDecideAcceptance(staff(roles)))).toBe(expected);
  });
});
