import {
  awardPeriodOn,
  extendAwardPeriod,
  openAwardPeriod,
  restartAwardPeriod,
  suspendAwardPeriod,
} from './award-period';
import { InvalidProceedingsInputError, ProceedingsPreconditionError } from './proceedings.errors';
import { chairApproval, COUNTY, thrownBy } from './testing/proceedings.fixture';

// Accepted Monday 2026-03-02: due Thursday 2026-04-16.
const accepted = openAwardPeriod({ countyCode: COUNTY, acceptedOn: '2026-03-02' });

describe('the award period restarts when parties or claims are added (办案规则 Art. 46)', () => {
  it('counts 45 days again from the day the added claims were accepted', () => {
    const restarted = restartAwardPeriod(accepted, {
      ground: 'CLAIMS_ADDED_OR_CHANGED',
      details: '申请人增加支付经济补偿金的仲裁请求',
      restartedOn: '2026-03-20',
    });
    // 2026-03-20 + 45 = 2026-05-04 (劳动节): due 2026-05-06.
    expect(restarted).toMatchObject({
      acceptedOn: '2026-03-02',
      countsFrom: '2026-03-20',
      lastCountedDay: '2026-05-04',
      dueOn: '2026-05-06',
    });
    expect(restarted.restarts).toEqual([
      expect.objectContaining({ restartedOn: '2026-03-20', dueOnBefore: '2026-04-16', dueOnAfter: '2026-05-06' }),
    ]);
    expect(restarted.restarts[0]?.citation).toContain('第四十六条第（三）项');
    expect(restarted.notes.join()).toContain('自 2026-03-20 起重新计算四十五日');
    expect(awardPeriodOn(restarted, '2026-04-17').state).toBe('RUNNING'); // would have lapsed on the old count
  });

  it('counts again from the decision to add a party, and from the acceptance of a counterclaim', () => {
    const party = restartAwardPeriod(accepted, {
      ground: 'PARTY_ADDED',
      details: '追加劳务派遣单位为共同被申请人',
      restartedOn: '2026-04-01',
    });
    expect(party.dueOn).toBe('2026-05-18'); // 2026-04-01 + 45 = 2026-05-16 (Saturday) → Monday
    expect(party.restarts[0]?.citation).toContain('第（一）项');
    const counterclaim = restartAwardPeriod(party, {
      ground: 'COUNTERCLAIM_JOINED',
      details: '被申请人提出反申请，合并处理',
      restartedOn: '2026-04-03',
    });
    expect(counterclaim.dueOn).toBe('2026-05-18'); // 2026-04-03 + 45 = 2026-05-18
    expect(counterclaim.restarts[1]?.citation).toContain('第（四）项');
  });

  it("drops the earlier count's extension and allows one on the new count", () => {
    const extended = extendAwardPeriod(accepted, {
      days: 10,
      reason: '案情复杂',
      approval: chairApproval('2026-03-10'),
    });
    expect(extended.dueOn).toBe('2026-04-27'); // 2026-04-26 is a Sunday
    const restarted = restartAwardPeriod(extended, {
      ground: 'CLAIMS_ADDED_OR_CHANGED',
      details: '申请人变更仲裁请求',
      restartedOn: '2026-03-20',
    });
    expect(restarted.dueOn).toBe('2026-05-06');
    const again = extendAwardPeriod(restarted, { days: 5, reason: '案情复杂', approval: chairApproval('2026-04-30') });
    // 2026-05-04 + 5 = Saturday 2026-05-09, worked for 劳动节: the period ends on it.
    expect(again.dueOn).toBe('2026-05-09');
  });

  it('refuses a restart dated before the last step, after the period ended, or while suspended', () => {
    const restarted = restartAwardPeriod(accepted, {
      ground: 'PARTY_ADDED',
      details: '追加第三人',
      restartedOn: '2026-03-20',
    });
    const early = thrownBy(() =>
      restartAwardPeriod(restarted, { ground: 'PARTY_ADDED', details: '追加第三人', restartedOn: '2026-03-19' }),
    );
    expect(early).toBeInstanceOf(InvalidProceedingsInputError);
    expect(early.field).toBe('restartedOn');

    const lapsed = thrownBy(() =>
      restartAwardPeriod(accepted, {
        ground: 'CLAIMS_ADDED_OR_CHANGED',
        details: '增加请求',
        restartedOn: '2026-04-17',
      }),
    );
    expect(lapsed).toBeInstanceOf(ProceedingsPreconditionError);
    expect(lapsed.field).toBe('restartedOn');

    const suspended = suspendAwardPeriod(accepted, {
      ground: 'WORKER_DIED_AWAITING_HEIRS',
      details: '申请人死亡，等待继承人表明是否参加仲裁',
      suspendedOn: '2026-03-10',
      approval: chairApproval('2026-03-10'),
    });
    expect(
      thrownBy(() =>
        restartAwardPeriod(suspended, { ground: 'PARTY_ADDED', details: '继承人参加仲裁', restartedOn: '2026-03-20' }),
      ),
    ).toBeInstanceOf(ProceedingsPreconditionError);
    expect(
      thrownBy(() =>
        restartAwardPeriod(accepted, { ground: 'NEW_EVIDENCE' as never, details: '新证据', restartedOn: '2026-03-20' }),
      ).field,
    ).toBe('ground');
  });
});
