import { addPeriod } from '@onewindow/calendar';
import { extendInvestigation } from '.';
import { applied, errorOf, filedCase, INSPECTOR } from './testing/inspection-case.fixture';

// 劳动保障监察条例 Art. 17: the investigation within 60 working days of filing; once, with the approval of
// the department's head, 30 working days more, counted from the statutory due day.

describe('the investigation period (条例 Art. 17)', () => {
  const filed = filedCase();

  it('is 60 working days from filing', () => {
    expect(filed.filedOn).toBe('2026-03-02');
    expect(filed.investigationDue!.dueOn).toBe(addPeriod('2026-03-02', { amount: 60, unit: 'WORKING_DAYS' }).due);
  });

  it('extends once by 30 working days from the original due day, the approver and reason kept', () => {
    const { record, events } = applied(
      extendInvestigation(filed, { approvedBy: '局长 王某', reason: '涉及工人多，需调取银行流水' }, INSPECTOR),
    );
    expect(record.investigationDue!.dueOn).toBe(
      addPeriod(filed.investigationDue!.dueOn, { amount: 30, unit: 'WORKING_DAYS' }).due,
    );
    expect(record.investigationStatutoryDueOn).toBe(filed.investigationDue!.dueOn);
    expect(record.extensionApprovedBy).toBe('局长 王某');
    expect(events[0]!.watch!.map((w) => `${w.action} ${w.subjectId}`)).toEqual([
      'cancel m-1/1#investigation',
      'register m-1/1#investigation-extended',
    ]);

    const again = errorOf(() =>
      extendInvestigation(record, { approvedBy: '局长 王某', reason: '仍需调查' }, INSPECTOR),
    );
    expect(again?.name).toBe('InspectionPreconditionError');
    expect(again?.message).toContain('已延长一次');
  });

  it('needs the approver and the reason, each named when missing', () => {
    expect(errorOf(() => extendInvestigation(filed, { approvedBy: ' ', reason: '复杂' }, INSPECTOR))?.field).toBe(
      'approved_by',
    );
    expect(errorOf(() => extendInvestigation(filed, { approvedBy: '局长', reason: '' }, INSPECTOR))?.field).toBe(
      'reason',
    );
  });
});
