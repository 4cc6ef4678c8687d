import { status } from '@grpc/grpc-js';
import { RpcException } from '@nestjs/microservices';
import type { Caller, Role } from '@onewindow/access';
import { REFERRAL_TARGETS, type ReferralTarget } from '../domain';
import { referralScope, referralTargetsVisibleTo, requireMayAnswer, requireRuleSetKeeper } from './routing-access';

const ZENGDU = '421303';
const GUANGSHUI = '421381';

const staff = (roles: Role[], counties = [ZENGDU], agency?: string): Caller => ({
  userId: 'someone',
  roles,
  counties,
  ...(agency ? { agency } : {}),
});

/** The gRPC status a check refused with, or 'allowed'. */
function outcome(check: () => unknown): number | 'allowed' {
  try {
    check();
    return 'allowed';
  } catch (error) {
    if (!(error instanceof RpcException)) throw error;
    return (error.getError() as { code: number }).code;
  }
}

const messageOf = (check: () => unknown) => {
  try {
    check();
  } catch (error) {
    return (error as RpcException).message;
  }
  return '';
};

const answering = (caller: Caller, target: ReferralTarget, countyCode = ZENGDU) =>
  outcome(() => requireMayAnswer(caller, { referralId: 'm-1/1', countyCode, target }));

describe('who may acknowledge a referral and report its outcome', () => {
  it.each<[string, Caller, ReferralTarget, number | 'allowed']>([
    ['a mediator, a mediation referral', staff(['MEDIATOR']), 'MEDIATION', 'allowed'],
    ['a mediator, an arbitration referral', staff(['MEDIATOR']), 'ARBITRATION', status.PERMISSION_DENIED],
    ['an arbitrator, an arbitration referral', staff(['ARBITRATOR']), 'ARBITRATION', 'allowed'],
    ['an arbitration clerk, an arbitration referral', staff(['ARBITRATION_CLERK']), 'ARBITRATION', 'allowed'],
    [
      'a labour-relations officer, a labour-relations supervision referral',
      staff(['LABOR_RELATIONS_OFFICER']),
      'LABOR_RELATIONS_SUPERVISION',
      'allowed',
    ],
    [
      'an inspector, a labour-relations supervision referral (another office, 劳动关系科)',
      staff(['INSPECTOR']),
      'LABOR_RELATIONS_SUPERVISION',
      status.PERMISSION_DENIED,
    ],
    ['the union, a trade-union referral', staff(['AGENCY'], [ZENGDU], 'TRADE_UNION'), 'TRADE_UNION', 'allowed'],
    [
      'the union, a mediation referral',
      staff(['AGENCY'], [ZENGDU], 'TRADE_UNION'),
      'MEDIATION',
      status.PERMISSION_DENIED,
    ],
    ['an agency user naming no agency', staff(['AGENCY']), 'TRADE_UNION', status.PERMISSION_DENIED],
    ['a window clerk, a mediation referral', staff(['WINDOW_CLERK']), 'MEDIATION', status.PERMISSION_DENIED],
    ['a supervisor, an arbitration referral', staff(['SUPERVISOR']), 'ARBITRATION', status.PERMISSION_DENIED],
  ])('%s → %s', (_, caller, target, expected) => {
    expect(answering(caller, target)).toBe(expected);
  });

  it('lets one person holding three posts (一人多岗) answer for each of them', () => {
    const threePosts = staff(['MEDIATOR', 'INSPECTOR', 'ARBITRATOR']);
    const answered = REFERRAL_TARGETS.filter((target) => answering(threePosts, target) === 'allowed');
    expect(answered).toEqual(['MEDIATION', 'INSPECTION', 'ARBITRATION']);
  });

  it("refuses the right post in another county, naming the county; the wrong post is told the referral's target", () => {
    expect(answering(staff(['MEDIATOR']), 'MEDIATION', GUANGSHUI)).toBe(status.PERMISSION_DENIED);
    const mediator = staff(['MEDIATOR']);
    const otherCounty = () =>
      requireMayAnswer(mediator, { referralId: 'm-1/1', countyCode: GUANGSHUI, target: 'MEDIATION' });
    expect(messageOf(otherCounty)).toContain(GUANGSHUI);
    const wrongPost = () =>
      requireMayAnswer(mediator, { referralId: 'm-1/1', countyCode: ZENGDU, target: 'ARBITRATION' });
    expect(messageOf(wrongPost)).toMatch(/addressed to ARBITRATION.*answers for MEDIATION/);
  });
});

describe('which referrals a caller may list', () => {
  it('covers all of the caller’s counties and every target for staff who work on matters', () => {
    const supervisor = staff(['SUPERVISOR'], [ZENGDU, GUANGSHUI]);
    expect(referralScope(supervisor, { countyCode: '', targets: [] })).toEqual({
      counties: [ZENGDU, GUANGSHUI],
      targets: [...REFERRAL_TARGETS],
    });
    expect(referralScope(supervisor, { countyCode: GUANGSHUI, targets: ['MEDIATION'] })).toEqual({
      counties: [GUANGSHUI],
      targets: ['MEDIATION'],
    });
  });

  it('shows an agency user only its own agency’s referrals', () => {
    const union = staff(['AGENCY'], [ZENGDU], 'TRADE_UNION');
    expect(referralTargetsVisibleTo(union)).toEqual(['TRADE_UNION']);
    expect(referralScope(union, { countyCode: '', targets: [] }).targets).toEqual(['TRADE_UNION']);
    expect(outcome(() => referralScope(union, { countyCode: '', targets: ['ARBITRATION'] }))).toBe(
      status.PERMISSION_DENIED,
    );
    expect(referralTargetsVisibleTo(staff(['AGENCY'], [ZENGDU], 'NOT_A_TARGET'))).toEqual([]);
  });

  it('refuses another county, an unknown county, and posts that see no referrals at all', () => {
    const mediator = staff(['MEDIATOR']);
    expect(outcome(() => referralScope(mediator, { countyCode: GUANGSHUI, targets: [] }))).toBe(
      status.PERMISSION_DENIED,
    );
    expect(outcome(() => referralScope(mediator, { countyCode: '110101', targets: [] }))).toBe(status.INVALID_ARGUMENT);
    expect(outcome(() => referralScope(staff(['AUDITOR']), { countyCode: '', targets: [] }))).toBe(
      status.PERMISSION_DENIED,
    );
  });
});

describe('who keeps a county’s rule set', () => {
  it('is a supervisor of every county concerned', () => {
    expect(outcome(() => requireRuleSetKeeper(staff(['SUPERVISOR']), [ZENGDU]))).toBe('allowed');
    expect(outcome(() => requireRuleSetKeeper(staff(['SUPERVISOR'], [ZENGDU, GUANGSHUI]), [ZENGDU, GUANGSHUI]))).toBe(
      'allowed',
    );
    expect(outcome(() => requireRuleSetKeeper(staff(['SUPERVISOR']), [ZENGDU, GUANGSHUI]))).toBe(
      status.PERMISSION_DENIED,
    );
    expect(outcome(() => requireRuleSetKeeper(staff(['MEDIATOR', 'ARBITRATOR', 'WINDOW_CLERK']), [ZENGDU]))).toBe(
      status.PERMISSION_DENIED,
    );
  });
});
