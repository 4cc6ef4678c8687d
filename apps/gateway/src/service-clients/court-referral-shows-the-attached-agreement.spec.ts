import { routing } from '@onewindow/contracts';
import { toRestReferral } from './rest-views';

describe('a side referral to the court as the agencies read it over REST', () => {
  const base = {
    referralId: 'm-1/2',
    target: 'REFERRAL_TARGET_COURT',
    priority: 'REFERRAL_PRIORITY_NORMAL',
    reason: '调解提请：劳动者持调解协议书申请支付令',
    legalBasis: '《劳动争议调解仲裁法》第十六条',
    ruleId: 'office-side-referral',
    status: 'REFERRAL_STATUS_ISSUED',
    round: 1,
    statusReason: '',
    escalated: false,
  } as unknown as routing.Referral;

  it('names the office that asked, its referral and the document attached', () => {
    const rest = toRestReferral({
      ...base,
      sideReferral: {
        requestedBy: 'REFERRAL_TARGET_MEDIATION',
        accompaniesReferralId: 'm-1/1',
        requestId: 'r-1',
        requestedAt: '2026-12-01T08:00:00Z',
        attachmentTitle: '调解协议书',
        attachmentNumber: '421303-调协-2026-000001',
      } as unknown as routing.SideReferralOrigin,
    });
    expect(rest.target).toBe('COURT');
    expect(rest.sideReferral).toEqual({
      requestedBy: 'MEDIATION',
      accompaniesReferralId: 'm-1/1',
      attachmentTitle: '调解协议书',
      attachmentNumber: '421303-调协-2026-000001',
    });
  });

  it('has no side-referral origin on a referral the rules made', () => {
    expect(toRestReferral(base).sideReferral).toBeUndefined();
  });
});
