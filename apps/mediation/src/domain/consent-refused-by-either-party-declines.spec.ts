import { decideOnConsent, InvalidMediationInputError, outcomeOfConsent } from './index';

const matter = (consentToMediationFirst: boolean) => ({ countyCode: '421303', consentToMediationFirst });
const employer = (consents: boolean) => ({ consents, answeredAt: '2026-03-03T10:00:00+08:00', recordedBy: 'staff-li' });

describe('consent to mediation (调解优先, seed 五(一)3; 人民调解法 Art. 17)', () => {
  it('proceeds when the worker consented at the window and the employer agrees', () => {
    expect(decideOnConsent({ countyCode: '421303', matter: matter(true), employer: employer(true) })).toEqual({
      decision: 'PROCEED',
      countyCode: '421303',
      employerConsentedAt: '2026-03-03T10:00:00+08:00',
    });
  });

  it('waits for the employer while it has not been reached', () => {
    expect(decideOnConsent({ countyCode: '421303', matter: matter(true) }).decision).toBe('WAIT_FOR_EMPLOYER');
  });

  it('declines naming the employer when the employer refuses', () => {
    const decision = decideOnConsent({ countyCode: '421303', matter: matter(true), employer: employer(false) });
    expect(decision).toMatchObject({ decision: 'DECLINE', refusedBy: 'EMPLOYER' });
    expect(decision.decision === 'DECLINE' && decision.reason).toContain('用人单位不同意调解');
    expect(outcomeOfConsent(decision)).toMatchObject({
      kind: 'FAILED',
      failure: 'PARTY_REFUSED',
      refusedBy: 'EMPLOYER',
    });
  });

  it('declines naming the worker when the matter carries no consent, without waiting for the employer', () => {
    const decision = decideOnConsent({ countyCode: '421303', matter: matter(false) });
    expect(decision).toMatchObject({ decision: 'DECLINE', refusedBy: 'WORKER' });
    expect(decision.decision === 'DECLINE' && decision.reason).toContain('劳动者不同意调解');
    expect(decideOnConsent({ countyCode: '421303', matter: matter(false), employer: employer(true) }).decision).toBe(
      'DECLINE',
    );
  });

  it('refuses a matter of another county or a malformed employer answer', () => {
    expect(() => decideOnConsent({ countyCode: '421321', matter: matter(true) })).toThrow(
      expect.objectContaining({ field: 'matter.countyCode' }),
    );
    expect(() =>
      decideOnConsent({
        countyCode: '421303',
        matter: matter(true),
        employer: { ...employer(true), answeredAt: 'yesterday' },
      }),
    ).toThrow(InvalidMediationInputError);
  });

  it('gives no failure outcome while mediation can go ahead', () => {
    expect(outcomeOfConsent(decideOnConsent({ countyCode: '421303', matter: matter(true) }))).toBeUndefined();
  });
});
