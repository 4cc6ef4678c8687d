import {
  type AskingReferral,
  OFFICE_SIDE_REFERRAL_RULE_ID,
  type SideReferralRequest,
  sideReferralFor,
  SideReferralRefusedError,
} from './side-referral';

const mediation: AskingReferral = { referralId: 'm-1/1', target: 'MEDIATION', status: 'ACCEPTED', priority: 'NORMAL' };
const confirmation: SideReferralRequest = {
  target: 'COURT',
  reason: '双方当事人共同申请司法确认',
  attachmentTitle: '调解协议书',
  attachmentNumber: '421303-调协-2026-000001',
  requestId: 'judicial-confirmation-1',
  requestedAt: '2026-11-30T10:00:00+08:00',
};

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof SideReferralRefusedError) return error.field;
    throw error;
  }
  return 'issued';
};

describe('a side referral asked for by the office that took the matter (联动处置)', () => {
  it('sends the court the request with the agreement attached, as urgent as the office’s referral', () => {
    const decided = sideReferralFor('MEDIATION', { ...mediation, priority: 'HIGH' }, confirmation, []);
    expect(decided).toEqual({
      kind: 'ISSUE',
      referral: {
        target: 'COURT',
        priority: 'HIGH',
        reason: '调解提请：双方当事人共同申请司法确认（附：调解协议书，421303-调协-2026-000001）',
        legalBasis: expect.stringContaining('《劳动争议调解仲裁法》第十六条'),
        ruleId: OFFICE_SIDE_REFERRAL_RULE_ID,
        acknowledgeWithinWorkingDays: 1,
      },
      origin: {
        requestedBy: 'MEDIATION',
        accompaniesReferralId: 'm-1/1',
        requestId: 'judicial-confirmation-1',
        requestedAt: '2026-11-30T10:00:00+08:00',
        attachmentTitle: '调解协议书',
        attachmentNumber: '421303-调协-2026-000001',
      },
    });
  });

  it('names the document once when the reason names it already', () => {
    const decided = sideReferralFor(
      'MEDIATION',
      mediation,
      { ...confirmation, reason: '持调解协议书（421303-调协-2026-000001）申请支付令' },
      [],
    );
    expect(decided.kind === 'ISSUE' && decided.referral.reason).toBe(
      '调解提请：持调解协议书（421303-调协-2026-000001）申请支付令',
    );
  });

  it('issues nothing for a request id acted on already, and refuses one reused for another referral', () => {
    const earlier = {
      referralId: 'm-1/3',
      sideReferral: {
        requestedBy: 'MEDIATION' as const,
        accompaniesReferralId: 'm-1/1',
        requestId: 'judicial-confirmation-1',
        requestedAt: '',
        attachmentTitle: '调解协议书',
        attachmentNumber: '421303-调协-2026-000001',
      },
    };
    expect(sideReferralFor('MEDIATION', mediation, confirmation, [earlier])).toEqual({
      kind: 'REPEAT',
      referralId: 'm-1/3',
    });
    // A repeat stays a repeat after the mediation has ended.
    expect(sideReferralFor('MEDIATION', { ...mediation, status: 'RESOLVED' }, confirmation, [earlier]).kind).toBe(
      'REPEAT',
    );
    expect(
      refusal(() => sideReferralFor('MEDIATION', { ...mediation, referralId: 'm-1/2' }, confirmation, [earlier])),
    ).toBe('requestId');
  });

  it('is asked only beside a referral the office took and did not give back', () => {
    expect(refusal(() => sideReferralFor('MEDIATION', { ...mediation, status: 'ISSUED' }, confirmation, []))).toBe(
      'referralId',
    );
    expect(refusal(() => sideReferralFor('MEDIATION', { ...mediation, status: 'DECLINED' }, confirmation, []))).toBe(
      'referralId',
    );
    // A 支付令 may follow non-performance, after the mediation was concluded FAILED (Art. 15, Art. 16).
    expect(refusal(() => sideReferralFor('MEDIATION', { ...mediation, status: 'FAILED' }, confirmation, []))).toBe(
      'issued',
    );
  });

  it.each([
    ['no target', { target: '' as const }, 'target'],
    ['the office itself', { target: 'MEDIATION' as const }, 'target'],
    ['a principal office (that is a transfer)', { target: 'ARBITRATION' as const }, 'target'],
    ['no reason', { reason: '  ' }, 'reason'],
    ['the court without the agreement', { attachmentTitle: '', attachmentNumber: '' }, 'attachmentTitle'],
    ['a document without its number', { attachmentNumber: ' ' }, 'attachmentNumber'],
    ['a number without its document', { attachmentTitle: '' }, 'attachmentTitle'],
    ['no request id', { requestId: '' }, 'requestId'],
    ['a reason over 500 characters', { reason: '理'.repeat(501) }, 'reason'],
  ])('refuses a request with %s, naming the field', (_label, change, field) => {
    expect(refusal(() => sideReferralFor('MEDIATION', mediation, { ...confirmation, ...change }, []))).toBe(field);
  });

  it('lets legal aid be asked for without a document', () => {
    const decided = sideReferralFor(
      'MEDIATION',
      mediation,
      { ...confirmation, target: 'LEGAL_AID', reason: '劳动者申请法律援助', attachmentTitle: '', attachmentNumber: '' },
      [],
    );
    expect(decided.kind === 'ISSUE' && [decided.referral.target, decided.referral.reason]).toEqual([
      'LEGAL_AID',
      '调解提请：劳动者申请法律援助',
    ]);
  });
});
