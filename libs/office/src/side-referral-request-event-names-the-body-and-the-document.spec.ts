import { EventTypes, office, routing } from '@onewindow/contracts';
import { sideReferralRequestEvent } from './office-announcements';

describe('an office asking routing for a side referral (SideReferralRequested)', () => {
  const referral = { referralId: 'm-1/1', matterId: 'm-1', countyCode: '421303' };
  const request = {
    target: 'COURT',
    reason: '双方当事人共同申请司法确认',
    attachmentTitle: '调解协议书',
    attachmentNumber: '421303-调协-2026-000001',
    requestId: 'judicial-confirmation-1',
  };

  it('carries the office’s referral, the body asked, the reason, the document and the request id', () => {
    const event = sideReferralRequestEvent(referral, request, new Date('2026-11-30T02:00:00Z'));
    expect(event.type).toBe(EventTypes.officeSideReferralRequested);
    expect(office.SideReferralRequested.decode(event.payload)).toEqual({
      ...referral,
      target: routing.ReferralTarget.REFERRAL_TARGET_COURT,
      reason: request.reason,
      attachmentTitle: '调解协议书',
      attachmentNumber: '421303-调协-2026-000001',
      requestedAt: '2026-11-30T02:00:00.000Z',
      requestId: 'judicial-confirmation-1',
    });
  });

  it('names no target for a name routing does not know, so routing refuses it rather than guess', () => {
    const event = sideReferralRequestEvent(referral, { ...request, target: 'SUPREME_COURT' }, new Date());
    expect(office.SideReferralRequested.decode(event.payload).target).toBe(
      routing.ReferralTarget.REFERRAL_TARGET_UNSPECIFIED,
    );
  });
});
