import type { OfficeAnswer } from '@onewindow/office';
import { InvalidProceedingsInputError, ProceedingsPreconditionError } from './proceedings.errors';
import { withdrawApplication, WithdrawalRequest } from './withdrawal';
import { COUNTY, thrownBy, eveningOf } from './testing/proceedings.fixture';

const accepted = { countyCode: COUNTY, acceptedOn: '2026-03-02' };
const request: WithdrawalRequest = {
  withdrawnOn: '2026-04-08',
  requestedBy: 'APPLICANT',
  reason: '被申请人已支付拖欠工资',
  settled: true,
  recordedBy: 'staff-li',
};
const now = eveningOf('2026-04-08');

describe('withdrawal (撤回仲裁申请, 办案规则 Art. 35) at any time before the award or the signed 调解书', () => {
  it('ends the case and answers routing CLOSED with the reason', () => {
    const withdrawal = withdrawApplication(accepted, request, { now });
    expect(withdrawal).toMatchObject({
      countyCode: COUNTY,
      kind: 'WITHDRAWN',
      withdrawnOn: '2026-04-08',
      endsCase: true,
      reapplicationBarred: false,
      recordedBy: 'staff-li',
    });
    expect(withdrawal.reason).toBe('申请人于 2026-04-08 撤回仲裁申请（双方自行和解）：被申请人已支付拖欠工资');
    const answer: OfficeAnswer = withdrawal.officeAnswer; // the office contract's own type
    expect(answer).toEqual({ kind: 'CONCLUDED', outcome: 'CLOSED', reason: withdrawal.reason });
    expect(withdrawal.citation).toContain('第三十五条');
  });

  it('is open from the acceptance day itself', () => {
    expect(withdrawApplication(accepted, { ...request, withdrawnOn: '2026-03-02' }, { now }).kind).toBe('WITHDRAWN');
  });

  it('refuses a withdrawal once the award is made, even on the same day', () => {
    const error = thrownBy(() => withdrawApplication({ ...accepted, awardMadeOn: '2026-04-08' }, request, { now }));
    expect(error).toBeInstanceOf(ProceedingsPreconditionError);
    expect(error).toMatchObject({ field: 'withdrawnOn', description: expect.stringContaining('2026-04-08') });
  });

  it('refuses a withdrawal once both parties signed for the 仲裁调解书, or when the case already ended', () => {
    const signed = thrownBy(() =>
      withdrawApplication({ ...accepted, mediationStatementSignedOn: '2026-04-07' }, request, { now }),
    );
    expect(signed).toBeInstanceOf(ProceedingsPreconditionError);
    expect(signed.description).toContain('第四十二条');
    expect(
      thrownBy(() => withdrawApplication({ ...accepted, endedOn: '2026-04-01' }, request, { now })),
    ).toBeInstanceOf(ProceedingsPreconditionError);
  });

  it('refuses a withdrawal by the respondent, before acceptance, in the future or without a reason, naming the field', () => {
    const invalid = (changes: Partial<WithdrawalRequest>) =>
      thrownBy(() => withdrawApplication(accepted, { ...request, ...changes }, { now }));
    const byRespondent = invalid({ requestedBy: 'RESPONDENT' as never });
    expect(byRespondent).toBeInstanceOf(InvalidProceedingsInputError);
    expect(byRespondent.field).toBe('requestedBy');
    expect(invalid({ withdrawnOn: '2026-03-01' }).field).toBe('withdrawnOn');
    expect(invalid({ withdrawnOn: '2026-04-09' }).field).toBe('withdrawnOn');
    expect(invalid({ reason: ' ' }).field).toBe('reason');
    expect(invalid({ recordedBy: '' }).field).toBe('recordedBy');
    expect(
      thrownBy(() => withdrawApplication({ ...accepted, awardMadeOn: '2026-13-01' }, request, { now })).field,
    ).toBe('awardMadeOn');
  });
});
