import { issueCorrectionOrder, issuePenaltyDecision, recordComplianceCheck, REMEDIES } from '.';
import { applied, errorOf, filedCase, heardCase, INSPECTOR, on } from './testing/inspection-case.fixture';

// 劳动保障监察条例 Arts. 18–19: an order to correct or a penalty only after the employer's statement and
// defence; a penalty names the provision violated and the one it rests on; the remedies are printed.

const order = { corrections: ['支付拖欠工资人民币36,000.00元'], correctBy: '2026-03-16', wagesOrderedFen: 3_600_000 };
const penalty = {
  violationBasis: '《劳动保障监察条例》第二十六条',
  penaltyBasis: '《劳动保障监察条例》第二十六条',
  fineFen: 500_000,
  facts: '',
};

describe('outcomes need the employer heard, and a penalty its basis', () => {
  it('refuses an order to correct before the employer was heard (FAILED_PRECONDITION naming employer_heard)', () => {
    const error = errorOf(() => issueCorrectionOrder(filedCase(), order, INSPECTOR));
    expect(error).toMatchObject({ name: 'InspectionPreconditionError', field: 'employer_heard' });
  });

  it('orders once heard: correct by a later day, the investigation met, the follow-up check watched on that day', () => {
    const { record, events } = applied(issueCorrectionOrder(heardCase(), order, INSPECTOR));
    expect(record.status).toBe('CORRECTION_ORDERED');
    expect(record.documents.at(-1)).toMatchObject({ title: '责令改正指令书', addressedTo: '随州市某建筑劳务有限公司' });
    expect(events[0]!.watch!.map((w) => `${w.action} ${w.kind}`)).toEqual([
      'meet INSPECTION_INVESTIGATION',
      'register INSPECTION_COMPLIANCE_CHECK',
    ]);
    expect(
      errorOf(() => issueCorrectionOrder(heardCase(), { ...order, correctBy: '2026-03-02' }, INSPECTOR))?.field,
    ).toBe('correct_by');
    expect(errorOf(() => issueCorrectionOrder(heardCase(), { ...order, corrections: [] }, INSPECTOR))?.field).toBe(
      'corrections',
    );
    expect(errorOf(() => issueCorrectionOrder(heardCase(), { ...order, wagesOrderedFen: 1.5 }, INSPECTOR))?.field).toBe(
      'wages_ordered_fen',
    );
  });

  it('finds non-compliance only after the day to correct, compliance even before it', () => {
    const ordered = applied(issueCorrectionOrder(heardCase(), order, INSPECTOR)).record;
    expect(errorOf(() => recordComplianceCheck(ordered, { complied: false, note: '' }, on('2026-03-16')))?.field).toBe(
      'complied',
    );
    expect(applied(recordComplianceCheck(ordered, { complied: false, note: '' }, on('2026-03-17'))).record.status).toBe(
      'NOT_COMPLIED',
    );
    const early = applied(recordComplianceCheck(ordered, { complied: true, note: '已支付' }, on('2026-03-05')));
    expect(early.record).toMatchObject({ status: 'CONCLUDED', conclusion: 'CORRECTED' });
    expect(early.events[0]!.officeAnswer).toMatchObject({ kind: 'CONCLUDED', outcome: 'RESOLVED' });
  });

  it('refuses a penalty before the hearing or without either basis; a penalty prints the remedies and resolves', () => {
    expect(errorOf(() => issuePenaltyDecision(filedCase(), penalty, INSPECTOR))?.field).toBe('employer_heard');
    expect(
      errorOf(() => issuePenaltyDecision(heardCase(), { ...penalty, violationBasis: '' }, INSPECTOR)),
    ).toMatchObject({
      name: 'InvalidInspectionInputError',
      field: 'violation_basis',
    });
    expect(errorOf(() => issuePenaltyDecision(heardCase(), { ...penalty, penaltyBasis: ' ' }, INSPECTOR))?.field).toBe(
      'penalty_basis',
    );
    const { record, events } = applied(issuePenaltyDecision(heardCase(), penalty, INSPECTOR));
    expect(record).toMatchObject({ status: 'CONCLUDED', conclusion: 'PENALISED' });
    expect(record.penalty!.remedies).toBe(REMEDIES);
    expect(REMEDIES).toMatch(/六十日内.*行政复议法》第二十条.*六个月内.*行政诉讼法》第四十六条/u);
    expect(events[0]!.officeAnswer).toMatchObject({ outcome: 'RESOLVED' });
  });

  it('refuses any outcome on a concluded case', () => {
    const done = applied(issuePenaltyDecision(heardCase(), penalty, INSPECTOR)).record;
    expect(errorOf(() => issueCorrectionOrder(done, order, INSPECTOR))?.message).toContain('CONCLUDED');
  });
});
