import { Accepted, reviewApplication } from './index';
import { claimOf, completeApplication, RECEIVED_ON } from './testing/complete-application.fixture';

const accepted = (decision: ReturnType<typeof reviewApplication>): Accepted => {
  if (decision.outcome !== 'ACCEPTED') throw new Error(`expected ACCEPTED, got ${decision.outcome}`);
  return decision;
};

describe('a complete wage-arrears application is accepted the same day (seed 四(三))', () => {
  it('issues the receipt and the acceptance notice on the day it is received', () => {
    const decision = accepted(reviewApplication({ content: completeApplication(), receivedOn: RECEIVED_ON }));
    expect(decision.receipt).toMatchObject({ document: '收件回执', issuedOn: RECEIVED_ON });
    expect(decision.acceptance).toMatchObject({
      mode: 'SAME_DAY',
      grounds: ['WAGE_ARREARS'],
      acceptedOn: RECEIVED_ON,
      acceptanceNotice: { document: '受理通知书', issuedOn: RECEIVED_ON },
    });
    expect(decision.notes).toEqual([]);
  });

  it('starts the post-acceptance clock on that day: copy and tribunal in 5 working days, award in 45 days', () => {
    const decision = accepted(reviewApplication({ content: completeApplication(), receivedOn: RECEIVED_ON }));
    expect(decision.deadlines.map((d) => [d.id, d.dueOn, d.provisional])).toEqual([
      ['arbitration.same-day-acceptance-notice', '2026-03-10', false],
      ['arbitration.respondent-copy-service', '2026-03-17', false],
      ['arbitration.tribunal-composition-notice', '2026-03-17', false],
      ['arbitration.award', '2026-04-24', false],
    ]);
    const award = decision.deadlines.find((d) => d.id === 'arbitration.award');
    expect(award?.citation).toContain('《劳动争议调解仲裁法》第四十三条');
    expect(award?.citation).toContain('第八十条');
  });

  it('moves an award deadline that ends in Spring Festival 2026 to the first working day after it', () => {
    // 2026-01-05 + 45 calendar days = 2026-02-19, inside 春节 (2/15–2/23).
    const decision = accepted(reviewApplication({ content: completeApplication(), receivedOn: '2026-01-05' }));
    const award = decision.deadlines.find((d) => d.id === 'arbitration.award');
    expect(award?.dueOn).toBe('2026-02-24');
    expect(award?.notes.join('')).toContain('春节');
  });

  it('marks an award deadline that runs into 2027 (no notice loaded yet) provisional', () => {
    const decision = accepted(reviewApplication({ content: completeApplication(), receivedOn: '2026-11-20' }));
    const award = decision.deadlines.find((d) => d.id === 'arbitration.award');
    expect(award).toMatchObject({ dueOn: '2027-01-04', provisional: true });
    expect(award?.notes.join('')).toContain('2027');
  });

  it('accepts a work-injury medical-cost dispute the same day', () => {
    const content = completeApplication({
      claims: [claimOf('WORK_INJURY_MEDICAL', 3_200_000, '支付工伤医疗费32000元')],
    });
    const decision = accepted(reviewApplication({ content, receivedOn: RECEIVED_ON }));
    expect(decision.acceptance).toMatchObject({ mode: 'SAME_DAY', grounds: ['WORK_INJURY'] });
  });

  it('accepts a collective dispute (10+ workers, common claim) the same day', () => {
    const content = completeApplication({
      claims: [claimOf('CONTRACT', 0, '继续履行劳动合同')],
      workerCount: 12,
      commonClaim: true,
    });
    const decision = accepted(reviewApplication({ content, receivedOn: RECEIVED_ON }));
    expect(decision.acceptance).toMatchObject({ mode: 'SAME_DAY', grounds: ['MAJOR_COLLECTIVE'] });
    expect(decision.collectiveDispute).toBe(true);
  });

  it.each([
    ['nine workers with a common claim', 9, true],
    ['twelve workers without a common claim', 12, false],
  ])('does not treat %s as a collective dispute', (_label, workerCount, commonClaim) => {
    const content = completeApplication({
      claims: [claimOf('CONTRACT', 0, '继续履行劳动合同')],
      workerCount,
      commonClaim,
    });
    const decision = accepted(reviewApplication({ content, receivedOn: RECEIVED_ON }));
    expect(decision.acceptance.mode).toBe('WITHIN_STATUTORY_PERIOD');
    expect(decision.collectiveDispute).toBe(false);
  });

  it('leaves the application it reviewed unchanged', () => {
    const content = completeApplication();
    const before = structuredClone(content);
    reviewApplication({ content, receivedOn: RECEIVED_ON });
    expect(content).toEqual(before);
  });
});
