import { arbitration } from '@onewindow/contracts';
import { nextProceedingsStep } from '@onewindow/gateway-api';
import { proceedingsItemOf } from './proceedings-queue';

// The arbitration court's queue of accepted cases: each shows the step the proceedings wait on, in the order of
// 劳动争议调解仲裁法 Arts. 30–47, and the award's last day (Art. 43).

// Every field at its wire default, as the gateway receives a case.
const none = new Uint8Array(0);
const hearing = (status: string) => ({ ...arbitration.HearingSlot.decode(none), hearingId: `h-${status}`, status });
const accepted = (fields: Partial<arbitration.ArbitrationCase> = {}): arbitration.ArbitrationCase => ({
  ...arbitration.ArbitrationCase.decode(none),
  caseId: 'r1/1',
  matterId: 'm1',
  matterNumber: '421303-2026-000042',
  countyCode: '421303',
  status: arbitration.CaseStatus.CASE_STATUS_ACCEPTED,
  acceptedOn: '2026-03-02',
  applicantName: '张三',
  awardDue: { label: '仲裁裁决期限', dueOn: '2026-04-16', provisional: false, citation: '第四十三条' },
  ...fields,
});
const served = { applicationCopyServedOn: '2026-03-04' };
const composed = { ...served, tribunalForm: 'THREE_ARBITRATORS' };

describe('an accepted case in the arbitration court’s queue', () => {
  it('awaits the service of the application copy first, whatever else was done', () => {
    expect(nextProceedingsStep(accepted())).toBe('SERVE_APPLICATION_COPY');
    expect(nextProceedingsStep(accepted({ tribunalForm: 'THREE_ARBITRATORS' }))).toBe('SERVE_APPLICATION_COPY');
  });

  it('awaits the tribunal once served, with or without the defence (a late defence does not stop the case)', () => {
    expect(nextProceedingsStep(accepted(served))).toBe('COMPOSE_TRIBUNAL');
    expect(nextProceedingsStep(accepted({ ...served, defenceSubmittedOn: '2026-03-10' }))).toBe('COMPOSE_TRIBUNAL');
  });

  it('awaits a hearing once composed, and again once every hearing was postponed', () => {
    expect(nextProceedingsStep(accepted(composed))).toBe('SCHEDULE_HEARING');
    expect(nextProceedingsStep(accepted({ ...composed, hearings: [hearing('POSTPONED')] }))).toBe('SCHEDULE_HEARING');
  });

  it('awaits the record of a scheduled hearing, then the award once one was held', () => {
    expect(nextProceedingsStep(accepted({ ...composed, hearings: [hearing('POSTPONED'), hearing('SCHEDULED')] }))).toBe(
      'RECORD_HEARING',
    );
    expect(nextProceedingsStep(accepted({ ...composed, hearings: [hearing('HELD')] }))).toBe('AWARD');
    // A further hearing scheduled after one was held is recorded before the award.
    expect(nextProceedingsStep(accepted({ ...composed, hearings: [hearing('HELD'), hearing('SCHEDULED')] }))).toBe(
      'RECORD_HEARING',
    );
  });

  it('carries the applicant the case names, the award’s last day, overdue only after it, and none while suspended', () => {
    expect(proceedingsItemOf(accepted(served), '2026-04-16')).toEqual({
      caseId: 'r1/1',
      matterId: 'm1',
      matterNumber: '421303-2026-000042',
      countyCode: '421303',
      applicantName: '张三',
      nextStep: 'COMPOSE_TRIBUNAL',
      awardDueOn: '2026-04-16',
      overdue: false,
      suspendedSince: '',
    });
    expect(proceedingsItemOf(accepted(served), '2026-04-17').overdue).toBe(true);
    const suspended = proceedingsItemOf(
      accepted({ ...served, awardDue: undefined, suspendedSince: '2026-03-20' }),
      '2026-05-01',
    );
    expect(suspended).toMatchObject({ suspendedSince: '2026-03-20', overdue: false });
    expect(suspended.awardDueOn).toBeUndefined();
  });
});
