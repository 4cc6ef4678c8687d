import { draftAward, issueMediationStatement, signForMediationStatement } from '../domain';
import { awardContext, COUNTY, WAGES_AND_SEVERANCE } from '../domain/testing/proceedings.fixture';
import type { ArbitrationCaseRecord, ArbitrationEvent } from './arbitration-case.repository';
import { officeAnswersOf } from './office-answers';

// The case decided concludes routing's referral RESOLVED (office contract): a 仲裁调解书 in force (Art. 42)
// names its number and the total agreed; the award on every claim names each 裁决书 with its finality
// (Art. 47) and the total awarded. A partial award, or a 调解书 still awaiting a signature, concludes nothing.

const step = (kind: Extract<ArbitrationEvent, { type: 'ProceedingsStep' }>['kind']): ArbitrationEvent => ({
  type: 'ProceedingsStep',
  kind,
  summary: 's',
  shows: [],
  deadlineMoves: [],
});

describe('routing’s referral concluded when the case is decided', () => {
  it('is RESOLVED by the 调解书 in force, naming its number, the day and the total', () => {
    const issued = issueMediationStatement({
      countyCode: COUNTY,
      issuedOn: '2026-03-25',
      worker: { partyId: 'WORKER', name: '李明' },
      employer: { partyId: 'EMPLOYER', name: '随州测试机械制造有限公司' },
      arbitratorIds: ['arb-wang'],
      claims: WAGES_AND_SEVERANCE,
      settledClaims: [
        { claimIndex: 0, amountFen: 1_500_000 },
        { claimIndex: 1, amountFen: 300_050 },
      ],
    });
    const signed = [
      { party: 'WORKER' as const, signedAt: '2026-03-25T10:00:00+08:00' },
      { party: 'EMPLOYER' as const, signedAt: '2026-03-26T09:00:00+08:00' },
    ].reduce(signForMediationStatement, issued);
    const record = { mediationStatement: { ...signed, number: '421303-仲调-2026-000007' } } as ArbitrationCaseRecord;
    expect(officeAnswersOf(record, step('MEDIATION_STATEMENT_IN_FORCE'), true)).toEqual([
      {
        kind: 'CONCLUDED',
        outcome: 'RESOLVED',
        reason: expect.stringMatching(/421303-仲调-2026-000007.*2026-03-26.*18000\.50 元/),
      },
    ]);
    expect(officeAnswersOf(record, step('MEDIATION_STATEMENT_SIGNED'), true)).toEqual([]);
  });

  it('is RESOLVED by the whole award, naming each 裁决书 with its finality and the total of every award', () => {
    const partial = draftAward(
      {
        countyCode: COUNTY,
        awardedOn: '2026-04-01',
        scope: 'PARTIAL',
        decisions: [{ claimIndex: 0, outcome: 'GRANTED', amountFen: 1_860_000, reasons: '欠薪属实' }],
        partialBasis: '欠薪事实清楚',
      },
      awardContext(),
    );
    const whole = draftAward(
      {
        countyCode: COUNTY,
        awardedOn: '2026-04-20',
        scope: 'WHOLE',
        decisions: [{ claimIndex: 1, outcome: 'PARTLY_GRANTED', amountFen: 450_000, reasons: '按工作年限计算' }],
      },
      awardContext({ decidedClaimIndexes: [0] }),
    );
    const awards = [
      { ...partial, numbers: ['421303-仲裁-2026-000001'], inAbsence: false },
      { ...whole, numbers: ['421303-仲裁-2026-000002'], inAbsence: false },
    ];
    const [answer] = officeAnswersOf({ awards } as ArbitrationCaseRecord, step('AWARD_MADE'), true);
    expect(answer).toMatchObject({ kind: 'CONCLUDED', outcome: 'RESOLVED' });
    const reason = (answer as { reason: string }).reason;
    expect(reason).toContain('421303-仲裁-2026-000001（先行裁决，终局裁决）');
    expect(reason).toContain('421303-仲裁-2026-000002（终局裁决）');
    expect(reason).toContain('裁决金额合计 23100.00 元');
    expect(reason).toContain('第四十七条');
    expect(officeAnswersOf({ awards } as ArbitrationCaseRecord, step('PARTIAL_AWARD_MADE'), true)).toEqual([]);
  });
});
