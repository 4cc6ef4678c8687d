import { CaseAwaitingSupplement, reviewApplication, reviewSupplement } from './index';
import { completeApplication, RECEIVED_ON } from './testing/complete-application.fixture';

// A supplement that answers part of the notice: the review names only what is still missing, in a
// further 补正通知书 (一次性告知 again, 办案规则 Art. 29); what was supplied stays supplied.

const SUPPLIED_ON = '2026-03-13';

function awaiting(application: ReturnType<typeof completeApplication>): CaseAwaitingSupplement {
  const decision = reviewApplication({ content: application, receivedOn: RECEIVED_ON });
  if (decision.outcome !== 'SUPPLEMENT_REQUIRED')
    throw new Error(`expected SUPPLEMENT_REQUIRED, got ${decision.outcome}`);
  return {
    status: 'AWAITING_SUPPLEMENT',
    application,
    missingItems: decision.supplementNotice.missing,
    filedOn: RECEIVED_ON,
  };
}

describe('a supplement that leaves something missing (补正不全)', () => {
  const filed = completeApplication({
    employer: { address: '', legalRepresentative: '' },
    factsAndReasons: '',
    evidence: [],
  });

  it('issues a further notice naming only what is still missing, dated the supplement day', () => {
    const current = awaiting(filed);
    expect(current.missingItems.map((m) => m.field)).toEqual([
      'employer.address',
      'employer.legalRepresentative',
      'factsAndReasons',
      'evidence',
    ]);
    const review = reviewSupplement(
      current,
      {
        items: [
          { field: 'employer.address', value: '湖北省随州市曾都区测试工业园8号' },
          { field: 'factsAndReasons', value: '被申请人拖欠工资三个月。' },
        ],
        claims: [],
        evidence: [],
      },
      SUPPLIED_ON,
    );
    const { decision } = review;
    if (decision.outcome !== 'SUPPLEMENT_REQUIRED')
      throw new Error(`expected SUPPLEMENT_REQUIRED, got ${decision.outcome}`);
    expect(decision.supplementNotice.missing.map((m) => [m.field, m.description])).toEqual([
      ['employer.legalRepresentative', '用人单位法定代表人或者主要负责人的姓名'],
      ['evidence', '证据及证据来源（至少一项）'],
    ]);
    expect(decision.supplementNotice.issuedOn).toBe(SUPPLIED_ON);
    expect(decision.supplementNotice.supplyBy.start).toBe(SUPPLIED_ON);
    expect(review.application.employer.address).toBe('湖北省随州市曾都区测试工业园8号');
    expect(review.supplied.map((s) => s.field)).toEqual(['employer.address', 'factsAndReasons']);
  });

  it('names the evidence source still missing when the supplied evidence has none', () => {
    const review = reviewSupplement(
      awaiting(completeApplication({ evidence: [] })),
      { items: [], claims: [], evidence: [{ description: '考勤记录', source: '' }] },
      SUPPLIED_ON,
    );
    if (review.decision.outcome !== 'SUPPLEMENT_REQUIRED') throw new Error('expected SUPPLEMENT_REQUIRED');
    expect(review.decision.supplementNotice.missing.map((m) => m.field)).toEqual(['evidence[0].source']);
  });
});
