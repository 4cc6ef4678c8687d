import type { InspectionCaseView } from '@onewindow/gateway-api';
import { dispatchShareOf, inspectionStepsOf, supervisionStepsOf } from './inspection-forms';

type State = Parameters<typeof inspectionStepsOf>[0];
const state = (status: InspectionCaseView['status'], rest: Partial<State> = {}): State => ({
  status,
  extensionApprovedBy: '',
  ...rest,
});
const heard = { heardOn: '2026-11-02', statement: '已知悉', waived: false, recordedBy: 'inspector.zengdu' };
const order = (wagesOrderedFen: number) => ({
  number: '421303-监改-2026-000001',
  issuedOn: '2026-11-03',
  corrections: ['支付工资'],
  correctBy: '2026-11-20',
  wagesOrderedFen,
  checkedOn: '',
  checkNote: '',
});

describe('the inspector’s steps follow the case (劳动保障监察条例 Arts. 17–19)', () => {
  it('offers the acceptance decision first, then the material once asked for', () => {
    expect(inspectionStepsOf(state('AWAITING_ACCEPTANCE'))).toEqual(['acceptance']);
    expect(inspectionStepsOf(state('AWAITING_MATERIAL'))).toEqual(['material']);
  });

  it('orders no correction and no penalty before the employer was heard, and offers the extension once', () => {
    const before = inspectionStepsOf(state('UNDER_INVESTIGATION'));
    expect(before[0]).toBe('hearing');
    expect(before).not.toContain('correction');
    expect(before).not.toContain('penalty');
    expect(before).toContain('extension');
    const after = inspectionStepsOf(
      state('UNDER_INVESTIGATION', { employerHeard: heard, extensionApprovedBy: '局长' }),
    );
    expect(after.slice(0, 2)).toEqual(['correction', 'penalty']);
    expect(after).not.toContain('hearing');
    expect(after).not.toContain('extension');
  });

  it('after an order to pay wages not complied with, offers the penalty, the transfer and the arrears listing', () => {
    expect(
      inspectionStepsOf(state('CORRECTION_ORDERED', { employerHeard: heard, correctionOrder: order(100) }))[0],
    ).toBe('compliance');
    expect(
      inspectionStepsOf(state('NOT_COMPLIED', { employerHeard: heard, correctionOrder: order(1_500_000) })),
    ).toEqual(['penalty', 'transfer', 'listingPropose', 'evidence']);
    // An order about something else than wages: no transfer for refusal to pay (刑法 Art. 276-1), no listing.
    expect(inspectionStepsOf(state('NOT_COMPLIED', { correctionOrder: order(0) }))).toEqual(['penalty', 'evidence']);
    expect(
      inspectionStepsOf(
        state('CONCLUDED', {
          conclusion: 'PENALISED',
          correctionOrder: order(1_500_000),
          arrearsListing: {
            status: 'PROPOSED',
            grounds: '',
            noticeNumber: '',
            noticedOn: '',
            heardBy: '',
            employerStatement: '',
            decisionNumber: '',
            decidedOn: '',
            listedUntil: '',
          },
        }),
      ),
    ).toEqual(['listingDecide']);
    expect(inspectionStepsOf(state('CONCLUDED', { conclusion: 'CORRECTED', correctionOrder: order(100) }))).toEqual([]);
  });

  it('gives the labor-relations officer the report or the check on a referral, then its review or findings, then the conclusion', () => {
    expect(supervisionStepsOf({ status: 'RECEIVED' })).toEqual(['layoff', 'check']);
    expect(supervisionStepsOf({ status: 'UNDER_REVIEW', kind: 'LABOR_DISPATCH' })).toEqual(['findings']);
    expect(
      supervisionStepsOf({
        status: 'UNDER_REVIEW',
        kind: 'LABOR_DISPATCH',
        findings: {
          lowestMonthlyWageFen: 0,
          minimumWageFen: 0,
          minimumWageSource: '',
          workersWithoutWrittenContract: 0,
          dispatchedWorkers: 12,
          contractWorkers: 88,
          maxOvertimeHoursPerDay: 0,
          maxOvertimeHoursPerMonth: 0,
          measuredOn: '2026-11-30',
          breaches: ['劳务派遣用工超过用工总量的10%'],
        },
      }),
    ).toEqual(['conclusion', 'findings']);
    expect(supervisionStepsOf({ status: 'UNDER_REVIEW', kind: 'LAYOFF_REPORT' })).toEqual(['review', 'conclusion']);
    expect(supervisionStepsOf({ status: 'CONCLUDED', kind: 'MINIMUM_WAGE' })).toEqual([]);
    expect(dispatchShareOf(12, 88)).toBe('12.0 %');
  });
});
