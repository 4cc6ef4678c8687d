import { AdvanceEnforcementInput, decideAdvanceEnforcement } from './advance-enforcement';
import { ProceedingsPreconditionError } from './proceedings.errors';
import { ClaimedItem } from './proceedings-input.validation';
import { COUNTY, thrownBy } from './testing/proceedings.fixture';

const claims: ClaimedItem[] = [
  { category: 'WAGES', amountFen: 1_860_000 },
  { category: 'WORK_INJURY_MEDICAL', amountFen: 4_500_000 },
  { category: 'SEVERANCE', amountFen: 900_000 },
  { category: 'DAMAGES', amountFen: 1_800_000 },
  { category: 'CONFIRM_LABOR_RELATIONSHIP', amountFen: 0 },
  { category: 'SOCIAL_INSURANCE', amountFen: 300_000 },
];
const context = { countyCode: COUNTY, claims, caseState: 'OPEN' as const };
const input = (overrides: Partial<AdvanceEnforcementInput> = {}): AdvanceEnforcementInput => ({
  countyCode: COUNTY,
  applicant: 'WORKER',
  appliedOn: '2026-03-20',
  decidedOn: '2026-03-23',
  items: [
    { claimIndex: 0, amountFen: 1_860_000 },
    { claimIndex: 1, amountFen: 2_000_000 },
  ],
  rightsAndObligationsClear: true,
  livelihoodSeriouslyAffected: true,
  ...overrides,
});

describe('advance enforcement (先予执行, Art. 44): pay, injury medical costs, severance, damages', () => {
  it('grants wages and medical costs on both conditions, to the court, without security from the worker', () => {
    const decision = decideAdvanceEnforcement(input(), context);
    expect(decision).toMatchObject({
      outcome: 'GRANTED',
      totalFen: 3_860_000,
      securityMayBeRequired: false,
      transferToCourt: true,
      countyCode: COUNTY,
    });
    expect(decision.items.map((i) => i.category)).toEqual(['WAGES', 'WORK_INJURY_MEDICAL']);
  });

  it('also takes severance and damages, which Art. 44 names too', () => {
    const decision = decideAdvanceEnforcement(
      input({
        items: [
          { claimIndex: 2, amountFen: 900_000 },
          { claimIndex: 3, amountFen: 1_000_000 },
        ],
      }),
      context,
    );
    expect(decision.outcome).toBe('GRANTED');
  });

  it.each([
    [4, 'CONFIRM_LABOR_RELATIONSHIP'],
    [5, 'SOCIAL_INSURANCE'],
  ])('refuses claim %i (%s), naming the item', (claimIndex, category) => {
    const error = thrownBy(() => decideAdvanceEnforcement(input({ items: [{ claimIndex, amountFen: 100 }] }), context));
    expect(error).toBeInstanceOf(ProceedingsPreconditionError);
    expect(error).toMatchObject({ field: 'items[0].claimIndex' });
    expect(error.description).toContain(category);
  });

  it('refuses, as a decision with its reasons, when either condition fails', () => {
    const unclear = decideAdvanceEnforcement(input({ rightsAndObligationsClear: false }), context);
    expect(unclear).toMatchObject({ outcome: 'REFUSED', transferToCourt: false });
    expect(unclear.reasons).toEqual(['当事人之间权利义务关系不明确（第四十四条第二款第一项）']);
    const notUrgent = decideAdvanceEnforcement(input({ livelihoodSeriouslyAffected: false }), context);
    expect(notUrgent.outcome).toBe('REFUSED');
    expect(notUrgent.reasons[0]).toContain('不会严重影响申请人的生活');
  });

  it('may ask an employer for security, never a worker', () => {
    expect(decideAdvanceEnforcement(input({ applicant: 'EMPLOYER' }), context).securityMayBeRequired).toBe(true);
  });

  it('refuses more than the claim, and a withdrawn case', () => {
    expect(
      thrownBy(() => decideAdvanceEnforcement(input({ items: [{ claimIndex: 0, amountFen: 1_860_001 }] }), context)),
    ).toMatchObject({ field: 'items[0].amountFen' });
    expect(thrownBy(() => decideAdvanceEnforcement(input(), { ...context, caseState: 'WITHDRAWN' }))).toMatchObject({
      field: 'case.caseState',
    });
  });
});
