import { isMatterConcluded, principalReferrals, type ClosureReferral } from './matter-closure';

const referral = (target: ClosureReferral['target'], status: ClosureReferral['status'], round = 1) => ({
  target,
  status,
  round,
});

describe('a matter is concluded when its principal referrals have ended', () => {
  it('stays open while arbitration runs, though legal aid alongside has ended', () => {
    expect(isMatterConcluded([referral('ARBITRATION', 'ACCEPTED'), referral('LEGAL_AID', 'RESOLVED')])).toBe(false);
  });

  it('closes when arbitration ends, though legal aid alongside is still open', () => {
    expect(isMatterConcluded([referral('ARBITRATION', 'CLOSED'), referral('LEGAL_AID', 'ACCEPTED')])).toBe(true);
  });

  it('is not closed by the union and labor-relations supervision being told of a collective dispute', () => {
    const collective = [
      referral('ARBITRATION', 'ACCEPTED'),
      referral('LABOR_RELATIONS_SUPERVISION', 'RESOLVED'),
      referral('TRADE_UNION', 'RESOLVED'),
    ];
    expect(principalReferrals(collective).map((r) => r.target)).toEqual(['ARBITRATION']);
    expect(isMatterConcluded(collective)).toBe(false);
  });

  it('takes labor-relations supervision as the principal path when a mass layoff is all there is', () => {
    expect(isMatterConcluded([referral('LABOR_RELATIONS_SUPERVISION', 'ACCEPTED')])).toBe(false);
    expect(isMatterConcluded([referral('LABOR_RELATIONS_SUPERVISION', 'RESOLVED')])).toBe(true);
  });

  it('stays open after a failed mediation while the next round’s arbitration runs', () => {
    expect(isMatterConcluded([referral('MEDIATION', 'FAILED', 1), referral('ARBITRATION', 'ISSUED', 2)])).toBe(false);
    expect(isMatterConcluded([referral('MEDIATION', 'FAILED', 1), referral('ARBITRATION', 'RESOLVED', 2)])).toBe(true);
  });

  it('needs every principal referral of a round to end', () => {
    const both = [referral('INSPECTION', 'RESOLVED'), referral('ARBITRATION', 'ISSUED')];
    expect(isMatterConcluded(both)).toBe(false);
  });

  it('treats a round of side referrals only as the principal path', () => {
    expect(isMatterConcluded([referral('LEGAL_AID', 'ACCEPTED')])).toBe(false);
    expect(isMatterConcluded([referral('LEGAL_AID', 'RESOLVED')])).toBe(true);
  });
});
