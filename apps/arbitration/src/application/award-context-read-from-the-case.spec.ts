import {
  draftAward,
  type Hearing,
  issueMediationStatement,
  openAwardPeriod,
  ProceedingsPreconditionError,
  resumeAwardPeriod,
  suspendAwardPeriod,
} from '../domain';
import {
  ACCEPTED_ON,
  chairApproval,
  COUNTY,
  FILED_ON,
  thrownBy,
  WAGES_AND_SEVERANCE,
} from '../domain/testing/proceedings.fixture';
import type { ArbitrationCaseRecord } from './arbitration-case.repository';
import { awardContextOf, caseStateOf, filedOnOf } from './award.use-case';

// What IssueAward and PreviewAward tell the award's rules about the case (one reading for both): the
// filing day, the case's state, where mediation stands and what earlier partial awards decided.

const held = { status: 'HELD', startsAt: '2026-03-24T09:30:00+08:00' } as Hearing;
const accepted = (overrides: Partial<ArbitrationCaseRecord> = {}): ArbitrationCaseRecord =>
  ({
    caseId: 'matter-1/1',
    countyCode: COUNTY,
    status: 'ACCEPTED',
    receivedOn: FILED_ON,
    acceptedOn: ACCEPTED_ON,
    deadlines: [],
    documents: [
      { kind: 'RECEIPT', title: '收件回执', number: 'r', issuedOn: FILED_ON, applicationReceivedOn: FILED_ON },
    ],
    application: { claims: WAGES_AND_SEVERANCE.map((claim) => ({ ...claim, description: '请求' })) },
    hearings: [held],
    version: 3,
    ...overrides,
  }) as ArbitrationCaseRecord;
const wholeAward = {
  countyCode: COUNTY,
  awardedOn: '2026-04-20',
  scope: 'WHOLE' as const,
  decisions: [
    { claimIndex: 0, outcome: 'GRANTED' as const, amountFen: 1_860_000, reasons: '欠薪属实' },
    { claimIndex: 1, outcome: 'REFUSED' as const, amountFen: 0, reasons: '合法解除' },
  ],
};

describe('the award’s context read from the case', () => {
  it('is filed on the day the application first arrived, even when a supplement (补正) completed it later', () => {
    const supplemented = accepted({
      receivedOn: '2026-03-10',
      documents: [
        {
          kind: 'SUPPLEMENT_NOTICE',
          title: '补正通知书',
          number: 'n',
          issuedOn: '2026-03-05',
          applicationReceivedOn: '2026-03-05',
        },
        {
          kind: 'RECEIPT',
          title: '收件回执',
          number: 'r',
          issuedOn: '2026-03-10',
          applicationReceivedOn: '2026-03-05',
        },
      ],
    });
    expect(filedOnOf(supplemented)).toBe('2026-03-05');
    expect(awardContextOf(supplemented).filedOn).toBe('2026-03-05');
    // A case stored before documents kept the day: the day it was received.
    expect(filedOnOf(accepted({ documents: [] }))).toBe(FILED_ON);
  });

  it('is SUSPENDED while a suspension (中止) is open, so the award is refused; OPEN again once resumed', () => {
    const suspended = suspendAwardPeriod(openAwardPeriod({ countyCode: COUNTY, acceptedOn: ACCEPTED_ON }), {
      ground: 'AWAITING_DETERMINATION',
      details: '等待伤残等级鉴定',
      suspendedOn: '2026-03-20',
      approval: chairApproval('2026-03-20'),
    });
    const record = accepted({ awardPeriod: suspended });
    expect(caseStateOf(record)).toBe('SUSPENDED');
    const refused = thrownBy(() => draftAward(wholeAward, awardContextOf(record)));
    expect(refused).toBeInstanceOf(ProceedingsPreconditionError);
    expect(refused.description).toContain('suspended');
    const resumed = resumeAwardPeriod(suspended, { resumedOn: '2026-04-01', reason: '鉴定结论已送达' });
    expect(caseStateOf(accepted({ awardPeriod: resumed }))).toBe('OPEN');
  });

  it('is WITHDRAWN or CLOSED once the case ended, and refused on a case not yet accepted', () => {
    expect(caseStateOf(accepted({ status: 'WITHDRAWN' }))).toBe('WITHDRAWN');
    expect(caseStateOf(accepted({ status: 'MEDIATED' }))).toBe('CLOSED');
    expect(caseStateOf(accepted({ status: 'AWARDED' }))).toBe('CLOSED');
    const early = thrownBy(() => caseStateOf(accepted({ status: 'AWAITING_ACCEPTANCE_DECISION' })));
    expect(early).toMatchObject({ field: 'caseId' });
  });

  it('has mediation tried once a hearing was held; before any hearing the award waits for it (Art. 42)', () => {
    expect(awardContextOf(accepted()).mediationStage).toBe('NO_AGREEMENT');
    // The day it was held, which the award may not be dated before.
    expect(awardContextOf(accepted()).lastHeardOn).toBe('2026-03-24');
    const unheard = accepted({ hearings: [{ status: 'SCHEDULED' } as Hearing] });
    expect(awardContextOf(unheard).mediationStage).toBe('NOT_ATTEMPTED');
    expect(thrownBy(() => draftAward(wholeAward, awardContextOf(unheard))).description).toContain('mediate first');
  });

  it('reads a 调解书’s status as the mediation stage: one awaiting signatures holds the award back', () => {
    const statement = issueMediationStatement({
      countyCode: COUNTY,
      issuedOn: '2026-03-25',
      worker: { partyId: 'WORKER', name: '李明' },
      employer: { partyId: 'EMPLOYER', name: '随州测试机械制造有限公司' },
      arbitratorIds: ['arb-wang'],
      claims: WAGES_AND_SEVERANCE,
      settledClaims: [{ claimIndex: 0, amountFen: 1_000_000 }],
    });
    const awaiting = accepted({ hearings: [], mediationStatement: { ...statement, number: 'm' } });
    expect(awardContextOf(awaiting).mediationStage).toBe('AWAITING_SIGNATURES');
    expect(() => draftAward(wholeAward, awardContextOf(awaiting))).toThrow(ProceedingsPreconditionError);
  });

  it('knows the claims an earlier partial award (先行裁决) decided, so none is decided twice', () => {
    const partial = draftAward(
      {
        countyCode: COUNTY,
        awardedOn: '2026-04-01',
        scope: 'PARTIAL',
        decisions: [wholeAward.decisions[0]],
        partialBasis: '欠薪事实清楚',
      },
      awardContextOf(accepted()),
    );
    const afterPartial = accepted({ awards: [{ ...partial, numbers: ['a'], inAbsence: false }] });
    expect(awardContextOf(afterPartial).decidedClaimIndexes).toEqual([0]);
    const twice = thrownBy(() => draftAward(wholeAward, awardContextOf(afterPartial)));
    expect(twice).toMatchObject({ field: 'decisions[0].claimIndex' });
    const rest = draftAward({ ...wholeAward, decisions: [wholeAward.decisions[1]] }, awardContextOf(afterPartial));
    expect(rest.openClaimIndexes).toEqual([]);
  });
});
