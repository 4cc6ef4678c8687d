import { UnknownCountyError } from '@onewindow/county';
import { InvalidReviewPolicyError, reviewApplication } from './index';
import { claimOf, completeApplication, RECEIVED_ON } from './testing/complete-application.fixture';

describe('a matter outside the commission’s jurisdiction gets a written explanation (办案规则 Art. 31)', () => {
  it('refuses a county OneWindow does not serve and points to the competent commission', () => {
    const decision = reviewApplication({
      content: completeApplication({ countyCode: '420100' }),
      receivedOn: RECEIVED_ON,
    });
    expect(decision.outcome).toBe('NOT_ACCEPTED');
    if (decision.outcome !== 'NOT_ACCEPTED') return;
    expect(decision.reasonCode).toBe('OUTSIDE_JURISDICTION');
    expect(decision.notice.document).toBe('书面说明');
    expect(decision.remedy).toContain('有管辖权的劳动人事争议仲裁委员会');
  });

  it('follows a commission configured for one county only', () => {
    const guangshuiOnly = { jurisdiction: ['421381'] };
    expect(
      reviewApplication({ content: completeApplication(), receivedOn: RECEIVED_ON, policy: guangshuiOnly }).outcome,
    ).toBe('NOT_ACCEPTED');
    expect(
      reviewApplication({
        content: completeApplication({ countyCode: '421381' }),
        receivedOn: RECEIVED_ON,
        policy: guangshuiOnly,
      }).outcome,
    ).toBe('ACCEPTED');
  });

  it('checks jurisdiction before scope', () => {
    const content = completeApplication({ countyCode: '420100', claims: [claimOf('OTHER', 100, '借款')] });
    const decision = reviewApplication({ content, receivedOn: RECEIVED_ON });
    expect(decision.outcome === 'NOT_ACCEPTED' && decision.reasonCode).toBe('OUTSIDE_JURISDICTION');
  });

  it('fails loudly on a jurisdiction configured with an unknown county', () => {
    expect(() =>
      reviewApplication({
        content: completeApplication(),
        receivedOn: RECEIVED_ON,
        policy: { jurisdiction: ['999999'] },
      }),
    ).toThrow(UnknownCountyError);
    expect(() =>
      reviewApplication({ content: completeApplication(), receivedOn: RECEIVED_ON, policy: { jurisdiction: [] } }),
    ).toThrow(InvalidReviewPolicyError);
  });
});
