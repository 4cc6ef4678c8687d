import {
  issueMediationStatement,
  MediationStatementInput,
  mediationStageOf,
  retractMediationStatement,
  signForMediationStatement,
} from './arbitration-mediation';
import { draftAward } from './award';
import { InvalidProceedingsInputError, ProceedingsPreconditionError } from './proceedings.errors';
import { awardContext, COUNTY, thrownBy, WAGES_AND_SEVERANCE } from './testing/proceedings.fixture';

const input = (overrides: Partial<MediationStatementInput> = {}): MediationStatementInput => ({
  countyCode: COUNTY,
  issuedOn: '2026-03-25',
  worker: { partyId: 'party-worker-1', name: '李明' },
  employer: { partyId: 'party-employer-1', name: '随州测试机械制造有限公司' },
  arbitratorIds: ['arb-wang', 'arb-li', 'arb-zhao'],
  claims: WAGES_AND_SEVERANCE,
  settledClaims: [
    { claimIndex: 0, amountFen: 1_860_000 },
    { claimIndex: 1, amountFen: 600_000 },
  ],
  otherTerms: '被申请人于2026年4月10日前一次性支付',
  ...overrides,
});
const award = {
  countyCode: COUNTY,
  awardedOn: '2026-04-20',
  scope: 'WHOLE' as const,
  decisions: [
    { claimIndex: 0, outcome: 'GRANTED' as const, amountFen: 1_860_000, reasons: '欠薪属实' },
    { claimIndex: 1, outcome: 'REFUSED' as const, amountFen: 0, reasons: '合法解除' },
  ],
};

describe('mediation in arbitration (仲裁调解, Art. 42): the 调解书 signed for by both parties ends the case', () => {
  it('is in force once both parties have signed for it, and the case ends with no award', () => {
    const issued = issueMediationStatement(input());
    expect(issued).toMatchObject({ status: 'AWAITING_SIGNATURES', totalFen: 2_460_000, caseEnds: false });
    const one = signForMediationStatement(issued, { party: 'WORKER', signedAt: '2026-03-25T10:00:00+08:00' });
    expect(one).toMatchObject({ status: 'AWAITING_SIGNATURES', caseEnds: false });
    const both = signForMediationStatement(one, { party: 'EMPLOYER', signedAt: '2026-03-26T09:00:00+08:00' });
    expect(both).toMatchObject({ status: 'IN_FORCE', effectiveOn: '2026-03-26', caseEnds: true });
    const error = thrownBy(() => draftAward(award, awardContext({ mediationStage: mediationStageOf(both, true) })));
    expect(error).toBeInstanceOf(ProceedingsPreconditionError);
    expect(error.description).toContain('the case has ended');
  });

  it('lets the award follow when a party goes back on it or refuses to sign for it before both have', () => {
    const issued = issueMediationStatement(input());
    const one = signForMediationStatement(issued, { party: 'WORKER', signedAt: '2026-03-25T10:00:00+08:00' });
    const retracted = retractMediationStatement(one, {
      party: 'EMPLOYER',
      at: '2026-03-26T09:00:00+08:00',
      reason: '拒绝签收调解书',
    });
    expect(retracted).toMatchObject({ status: 'RETRACTED', caseEnds: false, retraction: { party: 'EMPLOYER' } });
    expect(
      thrownBy(() =>
        signForMediationStatement(retracted, { party: 'EMPLOYER', signedAt: '2026-03-27T09:00:00+08:00' }),
      ),
    ).toMatchObject({
      field: 'party',
    });
    expect(draftAward(award, awardContext({ mediationStage: mediationStageOf(retracted, true) })).totalAwardedFen).toBe(
      1_860_000,
    );
  });

  it('cannot be retracted once in force, and a party signs once', () => {
    const issued = issueMediationStatement(input());
    const one = signForMediationStatement(issued, { party: 'WORKER', signedAt: '2026-03-25T10:00:00+08:00' });
    expect(
      thrownBy(() => signForMediationStatement(one, { party: 'WORKER', signedAt: '2026-03-25T11:00:00+08:00' })),
    ).toMatchObject({
      field: 'party',
    });
    const both = signForMediationStatement(one, { party: 'EMPLOYER', signedAt: '2026-03-26T09:00:00+08:00' });
    expect(
      thrownBy(() =>
        retractMediationStatement(both, { party: 'EMPLOYER', at: '2026-03-27T09:00:00+08:00', reason: '反悔' }),
      ),
    ).toBeInstanceOf(ProceedingsPreconditionError);
  });

  it('refuses a settled amount above the claim without a reason, and takes it with one', () => {
    const above = { claimIndex: 0, amountFen: 1_900_000 };
    const error = thrownBy(() => issueMediationStatement(input({ settledClaims: [above] })));
    expect(error).toBeInstanceOf(InvalidProceedingsInputError);
    expect(error).toMatchObject({ field: 'settledClaims[0].reasonAboveClaim' });
    expect(error.description).toContain('19000.00 yuan is above the 18600.00 yuan claimed');
    const withReason = issueMediationStatement(
      input({ settledClaims: [{ ...above, reasonAboveClaim: '含逾期支付工资的利息400元' }] }),
    );
    expect(withReason.settledClaims[0]).toMatchObject({ amountFen: 1_900_000, claimedFen: 1_860_000 });
  });

  it('refuses half a fen, a claim twice, and a signature before the 调解书 was issued', () => {
    expect(
      thrownBy(() => issueMediationStatement(input({ settledClaims: [{ claimIndex: 0, amountFen: 0.5 }] }))),
    ).toMatchObject({
      field: 'settledClaims[0].amountFen',
    });
    expect(
      thrownBy(() =>
        issueMediationStatement(
          input({
            settledClaims: [
              { claimIndex: 1, amountFen: 1 },
              { claimIndex: 1, amountFen: 2 },
            ],
          }),
        ),
      ),
    ).toMatchObject({ field: 'settledClaims[1].claimIndex' });
    expect(
      thrownBy(() =>
        signForMediationStatement(issueMediationStatement(input()), {
          party: 'WORKER',
          signedAt: '2026-03-24T10:00:00+08:00',
        }),
      ),
    ).toMatchObject({ field: 'signedAt' });
  });

  it('tells the award where mediation stands without a 调解书', () => {
    expect(mediationStageOf(undefined, false)).toBe('NOT_ATTEMPTED');
    expect(mediationStageOf(undefined, true)).toBe('NO_AGREEMENT');
  });
});
