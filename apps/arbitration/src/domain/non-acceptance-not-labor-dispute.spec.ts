import { NotAnArbitrationApplicationError, reviewApplication } from './index';
import { claimOf, completeApplication, RECEIVED_ON } from './testing/complete-application.fixture';

const privateLoan = claimOf('OTHER', 3_000_000, '归还借款30000元');

describe('a matter that is not a labor dispute (Art. 2) is refused with the court remedy', () => {
  it('refuses when every claim is outside Art. 2', () => {
    const decision = reviewApplication({
      content: completeApplication({ claims: [privateLoan] }),
      receivedOn: RECEIVED_ON,
    });
    expect(decision.outcome).toBe('NOT_ACCEPTED');
    if (decision.outcome !== 'NOT_ACCEPTED') return;
    expect(decision.reasonCode).toBe('NOT_LABOR_DISPUTE');
    expect(decision.reason).toContain('第二条');
    expect(decision.remedy).toContain('向人民法院提起诉讼');
    expect(decision.notice.document).toBe('不予受理通知书');
  });

  it('refuses on scope before asking for missing material', () => {
    const decision = reviewApplication({
      content: completeApplication({ claims: [privateLoan], evidence: [] }),
      receivedOn: RECEIVED_ON,
    });
    expect(decision.outcome).toBe('NOT_ACCEPTED');
  });

  it('accepts a mixed application and names the claim left out', () => {
    const content = completeApplication({ claims: [claimOf('WAGES', 1_860_000, '支付拖欠工资'), privateLoan] });
    const decision = reviewApplication({ content, receivedOn: RECEIVED_ON });
    expect(decision.outcome).toBe('ACCEPTED');
    if (decision.outcome !== 'ACCEPTED') return;
    expect(decision.claimsOutsideScope).toEqual([1]);
    expect(decision.notes.join('\n')).toContain('第2项请求不属于劳动争议');
    expect(decision.limitation.claims.map((c) => c.claimIndex)).toEqual([0]);
  });

  it('keeps claims about labor-inspection violations in scope (e.g. double wages for no written contract)', () => {
    const content = completeApplication({
      claims: [claimOf('NO_WRITTEN_CONTRACT', 2_400_000, '支付未签订书面劳动合同二倍工资差额')],
    });
    expect(reviewApplication({ content, receivedOn: RECEIVED_ON }).outcome).toBe('ACCEPTED');
  });

  it.each(['COMPLAINT', 'REPORT', 'CONSULTATION'] as const)(
    'refuses to review a %s matter at all (a routing error)',
    (kind) => {
      expect(() => reviewApplication({ content: completeApplication({ kind }), receivedOn: RECEIVED_ON })).toThrow(
        NotAnArbitrationApplicationError,
      );
    },
  );
});
