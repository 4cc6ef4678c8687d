import { addPeriod } from '@onewindow/calendar';
import { CaseAwaitingSupplement, reviewApplication, reviewSupplement, SupplementRequired } from './index';
import { claimOf, completeApplication, employmentEndedOn } from './testing/complete-application.fixture';

// A supplement that supplies everything the notice asked for completes the application: the review then
// goes on as on receipt (收件回执, then 当日受理 or a decision within five working days), with the
// application received on the day the complete material arrived (办案规则 Arts. 29–30; DESIGN §5).

/** The Friday before 国庆 2026 (10/1–10/7, make-up working day Saturday 10/10). */
const FILED_ON = '2026-09-18';
/** The Wednesday before 国庆 2026: the material is complete that day. */
const SUPPLIED_ON = '2026-09-30';

const supplementRequired = (decision: ReturnType<typeof reviewApplication>): SupplementRequired => {
  if (decision.outcome !== 'SUPPLEMENT_REQUIRED')
    throw new Error(`expected SUPPLEMENT_REQUIRED, got ${decision.outcome}`);
  return decision;
};

/** The case as the first review left it: the application as filed and what the notice asked for. */
function awaiting(application = completeApplication()): CaseAwaitingSupplement {
  const notice = supplementRequired(reviewApplication({ content: application, receivedOn: FILED_ON }));
  return {
    status: 'AWAITING_SUPPLEMENT',
    application,
    missingItems: notice.supplementNotice.missing,
    filedOn: FILED_ON,
  };
}

// An ordinary dismissal dispute (no 当日受理) filed without the employer's address and without evidence.
const dismissalWithoutAddressOrEvidence = () =>
  completeApplication({
    employer: { address: '' },
    employment: employmentEndedOn('2026-08-31'),
    claims: [claimOf('DAMAGES', 4_260_000, '支付违法解除劳动合同赔偿金42600元')],
    evidence: [],
  });

const everything = {
  items: [{ field: 'employer.address', value: ' 湖北省随州市曾都区测试工业园8号 ' }],
  claims: [],
  evidence: [{ description: '解除劳动合同通知书', source: '被申请人出具' }],
};

describe('a supplement that completes the application (补正后材料齐全)', () => {
  it('asks first for exactly the address and the evidence', () => {
    expect(awaiting(dismissalWithoutAddressOrEvidence()).missingItems.map((m) => m.field)).toEqual([
      'employer.address',
      'evidence',
    ]);
  });

  it('issues the receipt on the supplement day, the acceptance decision due 5 working days from it across 国庆', () => {
    const review = reviewSupplement(awaiting(dismissalWithoutAddressOrEvidence()), everything, SUPPLIED_ON);
    const { decision } = review;
    if (decision.outcome !== 'ACCEPTED') throw new Error(`expected ACCEPTED, got ${decision.outcome}`);
    expect(decision.receivedOn).toBe(SUPPLIED_ON);
    expect(decision.receipt.issuedOn).toBe(SUPPLIED_ON);
    if (decision.acceptance.mode !== 'WITHIN_STATUTORY_PERIOD') throw new Error('expected a decision within 5 days');

    // The clock starts on the supplement day, not on the day the incomplete application was filed.
    const fromSupplement = addPeriod(SUPPLIED_ON, { amount: 5, unit: 'WORKING_DAYS' });
    const fromFiling = addPeriod(FILED_ON, { amount: 5, unit: 'WORKING_DAYS' });
    // 10/8 (1), 10/9 (2), Saturday 10/10 make-up working day (3), 10/12 (4), 10/13 (5).
    expect(fromSupplement.due).toBe('2026-10-13');
    // From the filing it would have been Sunday 9/20 (a make-up working day) to Thursday 9/24.
    expect(fromFiling.due).toBe('2026-09-24');
    expect(decision.acceptance.decisionDue).toMatchObject({
      id: 'arbitration.acceptance-decision',
      start: SUPPLIED_ON,
      dueOn: fromSupplement.due,
      provisional: false,
    });
    expect(decision.deadlines.map((d) => d.dueOn)).toEqual([fromSupplement.due]);
  });

  it('keeps the supplied values in the application, trimmed, and names the items it answered', () => {
    const review = reviewSupplement(awaiting(dismissalWithoutAddressOrEvidence()), everything, SUPPLIED_ON);
    expect(review.application.employer.address).toBe('湖北省随州市曾都区测试工业园8号');
    expect(review.application.evidence).toEqual([{ description: '解除劳动合同通知书', source: '被申请人出具' }]);
    expect(review.supplied).toEqual([
      { field: 'employer.address', description: '用人单位住所' },
      { field: 'evidence', description: '证据及证据来源（至少一项）' },
    ]);
  });

  it('accepts a completed wage-arrears application the day the supplement arrives (当日受理)', () => {
    const review = reviewSupplement(
      awaiting(completeApplication({ factsAndReasons: '' })),
      {
        items: [{ field: 'factsAndReasons', value: '被申请人自2025年11月起拖欠工资，经催讨未果。' }],
        claims: [],
        evidence: [],
      },
      SUPPLIED_ON,
    );
    const { decision } = review;
    if (decision.outcome !== 'ACCEPTED' || decision.acceptance.mode !== 'SAME_DAY') {
      throw new Error('expected a same-day acceptance');
    }
    expect(decision.acceptance.acceptedOn).toBe(SUPPLIED_ON);
    expect(decision.deadlines.find((d) => d.id === 'arbitration.award')?.start).toBe(SUPPLIED_ON);
  });

  it('judges limitation as of the filing: a claim in time when filed does not lapse while it is supplemented', () => {
    // Employment ended 2025-09-18: the year ends 2026-09-18, the filing day; the supplement comes later.
    const lateSupplied = reviewSupplement(
      awaiting(
        completeApplication({
          employment: employmentEndedOn('2025-09-18'),
          claims: [claimOf('SEVERANCE', 2_400_000, '支付经济补偿')],
          evidence: [],
        }),
      ),
      { items: [], claims: [], evidence: [{ description: '劳动合同', source: '申请人持有' }] },
      SUPPLIED_ON,
    );
    expect(lateSupplied.decision.outcome).toBe('ACCEPTED');
  });

  it('keeps a supplied identity number and phone only de-identified, as arbitration keeps the application', () => {
    const review = reviewSupplement(
      awaiting(completeApplication({ applicant: { identityNumber: '', phone: '' } })),
      {
        items: [
          { field: 'applicant.identityNumber', value: '421303198804120018' },
          { field: 'applicant.phone', value: '13800000000' },
        ],
        claims: [],
        evidence: [],
      },
      SUPPLIED_ON,
    );
    expect(review.application.applicant.identityNumber).toBe('4213**************');
    expect(review.application.applicant.phone).toBe('***********');
    expect(JSON.stringify(review)).not.toContain('421303198804120018');
    expect(review.decision.outcome).toBe('ACCEPTED');
  });
});
