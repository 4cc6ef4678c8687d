import { reviewApplication, SupplementRequired } from './index';
import { completeApplication, RECEIVED_ON } from './testing/complete-application.fixture';

const supplement = (decision: ReturnType<typeof reviewApplication>): SupplementRequired => {
  if (decision.outcome !== 'SUPPLEMENT_REQUIRED')
    throw new Error(`expected SUPPLEMENT_REQUIRED, got ${decision.outcome}`);
  return decision;
};

describe('missing evidence gets a supplement notice (补正通知书) naming it', () => {
  it('names the evidence when none is given, and nothing else', () => {
    const decision = supplement(
      reviewApplication({ content: completeApplication({ evidence: [] }), receivedOn: RECEIVED_ON }),
    );
    expect(decision.supplementNotice.missing).toEqual([
      {
        field: 'evidence',
        description: '证据及证据来源（至少一项）',
        citation: '《劳动争议调解仲裁法》第二十八条第（三）项',
      },
    ]);
  });

  it('names the one evidence item whose source is missing', () => {
    const content = completeApplication({
      evidence: [
        { description: '工资条', source: '申请人持有' },
        { description: '微信催讨工资聊天记录', source: ' ' },
      ],
    });
    const decision = supplement(reviewApplication({ content, receivedOn: RECEIVED_ON }));
    expect(decision.supplementNotice.missing.map((m) => [m.field, m.description])).toEqual([
      ['evidence[1].source', '第2项证据的来源'],
    ]);
  });

  it('issues the notice today with the supply deadline and says the acceptance clock restarts', () => {
    const decision = supplement(
      reviewApplication({ content: completeApplication({ evidence: [] }), receivedOn: RECEIVED_ON }),
    );
    expect(decision.supplementNotice).toMatchObject({
      document: '补正通知书',
      issuedOn: RECEIVED_ON,
      acceptanceClockRestartsOnArrival: true,
    });
    expect(decision.supplementNotice.supplyBy).toMatchObject({
      id: 'arbitration.supplement-material',
      dueOn: '2026-03-17',
    });
    expect(decision.supplementNotice.supplyBy.citation).toContain('第二十九条第四款');
    expect(decision.deadlines).toEqual([decision.supplementNotice.supplyBy]);
    expect(decision).not.toHaveProperty('receipt');
  });

  it('uses the supplement period a commission configures', () => {
    const decision = supplement(
      reviewApplication({
        content: completeApplication({ evidence: [] }),
        receivedOn: RECEIVED_ON,
        policy: {
          rules: {
            supplement: {
              id: 'arbitration.supplement-material',
              label: '申请人补正材料',
              period: { amount: 10, unit: 'CALENDAR_DAYS' },
              citation: '随州市劳动人事争议仲裁院指定期间（测试）',
            },
          },
        },
      }),
    );
    expect(decision.supplementNotice.supplyBy).toMatchObject({
      dueOn: '2026-03-20',
      citation: '随州市劳动人事争议仲裁院指定期间（测试）',
    });
  });

  it('reviews afresh from the day the supplement arrives: accepted that day', () => {
    const decision = reviewApplication({ content: completeApplication(), receivedOn: '2026-03-16' });
    expect(decision.outcome).toBe('ACCEPTED');
    if (decision.outcome !== 'ACCEPTED' || decision.acceptance.mode !== 'SAME_DAY')
      throw new Error('expected same-day acceptance');
    expect(decision.acceptance.acceptedOn).toBe('2026-03-16');
  });
});
