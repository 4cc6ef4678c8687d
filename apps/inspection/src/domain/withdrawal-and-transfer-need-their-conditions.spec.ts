import {
  endInvestigation,
  issueCorrectionOrder,
  recordComplianceCheck,
  transferToPublicSecurity,
  withdrawFiling,
} from '.';
import { applied, errorOf, filedCase, heardCase, INSPECTOR, on } from './testing/inspection-case.fixture';

// 撤销立案 (条例 Art. 18(3)) only for a minor violation already corrected; 移送公安机关 (刑法 Art. 276-1) only
// after an order to pay wages was found not complied with; 终结调查 with its reason.

const notComplied = (wagesOrderedFen: number) => {
  const ordered = applied(
    issueCorrectionOrder(
      heardCase(),
      { corrections: ['支付拖欠工资'], correctBy: '2026-03-16', wagesOrderedFen },
      INSPECTOR,
    ),
  ).record;
  return applied(recordComplianceCheck(ordered, { complied: false, note: '' }, on('2026-03-17'))).record;
};

describe('withdrawal, ending and transfer', () => {
  it('withdraws a filing only when the violation is minor and already corrected, naming the one that is not', () => {
    const filed = filedCase();
    expect(
      errorOf(() => withdrawFiling(filed, { minor: false, alreadyCorrected: true, reason: '' }, INSPECTOR))?.field,
    ).toBe('minor');
    expect(
      errorOf(() => withdrawFiling(filed, { minor: true, alreadyCorrected: false, reason: '' }, INSPECTOR))?.field,
    ).toBe('already_corrected');
    const { record, events } = applied(
      withdrawFiling(filed, { minor: true, alreadyCorrected: true, reason: '' }, INSPECTOR),
    );
    expect(record).toMatchObject({ conclusion: 'FILING_WITHDRAWN', status: 'CONCLUDED' });
    expect(events[0]!.officeAnswer).toMatchObject({ outcome: 'RESOLVED' });
  });

  it('ends an investigation with its reason, closing the referral', () => {
    expect(errorOf(() => endInvestigation(filedCase(), { reason: '' }, INSPECTOR))?.field).toBe('reason');
    const { record, events } = applied(endInvestigation(filedCase(), { reason: '投诉内容不实' }, INSPECTOR));
    expect(record.conclusion).toBe('INVESTIGATION_ENDED');
    expect(events[0]!.officeAnswer).toMatchObject({ outcome: 'CLOSED' });
  });

  it('transfers to public security only after an order to pay wages was not complied with', () => {
    expect(errorOf(() => transferToPublicSecurity(heardCase(), { reason: '' }, INSPECTOR))?.name).toBe(
      'InspectionPreconditionError',
    );
    expect(errorOf(() => transferToPublicSecurity(notComplied(0), { reason: '' }, INSPECTOR))?.message).toContain(
      '经政府有关部门责令支付仍不支付',
    );
    const { record, events } = applied(
      transferToPublicSecurity(notComplied(3_600_000), { reason: '' }, on('2026-03-18')),
    );
    expect(record).toMatchObject({ conclusion: 'TRANSFERRED_TO_PUBLIC_SECURITY', status: 'CONCLUDED' });
    expect(record.documents.at(-1)).toMatchObject({ title: '涉嫌犯罪案件移送书', addressedTo: '公安机关' });
    expect(events[0]!.officeAnswer).toMatchObject({ outcome: 'CLOSED', reason: expect.stringContaining('公安机关') });
    expect(events[0]!.watch!.every((w) => w.action === 'cancel')).toBe(true);
  });
});
