import {
  decideOnConsent,
  extendMediationPeriod,
  mediationPeriod,
  officeAnswerFor,
  outcomeOfConsent,
  outcomeOfPeriod,
  transferOutcome,
} from './index';
import { sealedAgreement } from './testing/mediation.fixture';

const period = mediationPeriod({ countyCode: '421303', receivedOn: '2026-03-02' }); // due 2026-03-17

describe('outcomes for routing (office contract): resolved, failed with the reason, transferred', () => {
  it('fails the mediation on the day after the period without an agreement: arbitration is open (Art. 14)', () => {
    expect(outcomeOfPeriod(period, '2026-03-17')).toBeUndefined();
    const outcome = outcomeOfPeriod(period, '2026-03-18');
    expect(outcome).toMatchObject({ kind: 'FAILED', failure: 'NO_AGREEMENT_IN_PERIOD', countyCode: '421303' });
    expect(outcome?.reason).toContain('2026-03-17 未达成调解协议');
    expect(officeAnswerFor(outcome!, true)).toMatchObject({ kind: 'CONCLUDED', outcome: 'FAILED' });
  });

  it('does not fail a mediation whose agreement took effect in the period', () => {
    expect(outcomeOfPeriod(period, '2026-03-18', sealedAgreement())).toBeUndefined();
  });

  it('waits for the extended day when both parties agreed to extend', () => {
    const extended = extendMediationPeriod(period, {
      newDueOn: '2026-03-27',
      consents: [
        { party: 'WORKER', agreedAt: '2026-03-16T09:00:00+08:00', recordedBy: 'staff-li' },
        { party: 'EMPLOYER', agreedAt: '2026-03-16T09:30:00+08:00', recordedBy: 'staff-li' },
      ],
      recordedAt: '2026-03-16T10:00:00+08:00',
    });
    expect(outcomeOfPeriod(extended, '2026-03-18')).toBeUndefined();
    expect(outcomeOfPeriod(extended, '2026-03-28')?.kind).toBe('FAILED');
  });

  it('answers a refusal as DECLINED before the referral is taken, and as FAILED after', () => {
    const outcome = outcomeOfConsent(
      decideOnConsent({
        countyCode: '421303',
        matter: { countyCode: '421303', consentToMediationFirst: true },
        employer: { consents: false, answeredAt: '2026-03-03T10:00:00+08:00', recordedBy: 'staff-li' },
      }),
    )!;
    expect(officeAnswerFor(outcome, false)).toEqual({ kind: 'DECLINED', reason: outcome.reason });
    expect(officeAnswerFor(outcome, true)).toEqual({ kind: 'CONCLUDED', outcome: 'FAILED', reason: outcome.reason });
  });

  it('transfers to a named office with a reason', () => {
    const outcome = transferOutcome('421303', 'LEGAL_AID', '劳动者申请法律援助，转法律援助窗口');
    expect(officeAnswerFor(outcome, true)).toEqual({
      kind: 'CONCLUDED',
      outcome: 'TRANSFERRED',
      reason: '劳动者申请法律援助，转法律援助窗口',
      transferTo: 'LEGAL_AID',
    });
    expect(() => transferOutcome('421303', 'COURT' as never, '转法院')).toThrow(
      expect.objectContaining({ field: 'transferTo' }),
    );
    expect(() => transferOutcome('421303', 'ARBITRATION', '')).toThrow(expect.objectContaining({ field: 'reason' }));
  });
});
