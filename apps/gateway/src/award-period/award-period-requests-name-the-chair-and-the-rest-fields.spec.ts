import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiError } from '@onewindow/gateway-api';
import { restFieldOf, withRestFieldNames } from '../proceedings/proceedings-requests';
import {
  APPROVAL_FIELDS,
  approvalOf,
  toExtendAwardPeriod,
  toSuspendProceedings,
  toWithdrawApplication,
} from './award-period-requests';
import type { ExtendAwardPeriodDto, SuspendProceedingsDto } from './award-period.dto';

// The extension and the suspension carry the chair's written approval (办案规则 Arts. 45, 47): the approver the
// body names is the one recorded; the signed-in arbitrator stands in only when it names nobody. Arbitration's
// names for the approval's parts come back as the REST body's own.

describe('the award period requests at the gateway', () => {
  const extension = {
    days: 10,
    reason: '案情复杂',
    approverPost: 'COMMITTEE_CHAIR',
    approvedOn: '2026-03-20',
  } as ExtendAwardPeriodDto;

  it('records the approver the body names, not the signed-in arbitrator', () => {
    expect(toExtendAwardPeriod('r1/1', { ...extension, approvedBy: 'chair.zengdu' }, 'arbitrator.zengdu')).toEqual({
      caseId: 'r1/1',
      days: 10,
      reason: '案情复杂',
      approvedBy: 'chair.zengdu',
      approverPost: 'COMMITTEE_CHAIR',
      approvedOn: '2026-03-20',
    });
  });

  it('records the signed-in user as the approver only when the body names nobody', () => {
    expect(toExtendAwardPeriod('r1/1', extension, 'arbitrator.zengdu').approvedBy).toBe('arbitrator.zengdu');
    expect(approvalOf({ ...extension, approvedBy: '  ' }, 'arbitrator.zengdu').approvedBy).toBe('arbitrator.zengdu');
  });

  it('passes the ground, its details and the day of a suspension, with the approval beside them', () => {
    const body = {
      ground: 'AWAITING_DETERMINATION',
      details: '等待劳动能力鉴定结论',
      suspendedOn: '2026-03-21',
      approvedBy: 'court-head.zengdu',
      approverPost: 'DELEGATED_COURT_HEAD',
      approvedOn: '2026-03-21',
    } as SuspendProceedingsDto;
    expect(toSuspendProceedings('r1/1', body, 'arbitrator.zengdu')).toEqual({ caseId: 'r1/1', ...body });
  });

  it('passes a withdrawal as the applicant asked, settled or not', () => {
    expect(
      toWithdrawApplication('r1/1', { withdrawnOn: '2026-03-22', reason: '双方已自行和解', settled: true }),
    ).toEqual({ caseId: 'r1/1', withdrawnOn: '2026-03-22', reason: '双方已自行和解', settled: true });
  });

  it("names arbitration's approval fields as the REST body does, and leaves the others", () => {
    expect(
      ['approval.approvedBy', 'approval.post', 'approval.approvedOn', 'reason', 'days'].map((field) =>
        restFieldOf(APPROVAL_FIELDS, field),
      ),
    ).toEqual(['approvedBy', 'approverPost', 'approvedOn', 'reason', 'days']);
  });

  it('renames the violations of a refusal and keeps its status and message', async () => {
    const refused: ApiError = {
      statusCode: 400,
      error: 'BAD_REQUEST',
      message: 'approval.approvedOn is before the last step',
      violations: [
        { field: 'approval.approvedOn', description: 'before the last step' },
        { field: 'days', description: 'too many' },
      ],
    };
    const error = await withRestFieldNames(APPROVAL_FIELDS, () =>
      Promise.reject(new HttpException(refused, HttpStatus.BAD_REQUEST)),
    )
      .then(() => undefined)
      .catch((failure: HttpException) => failure);
    expect(error?.getStatus()).toBe(400);
    expect(error?.getResponse()).toEqual({
      ...refused,
      violations: [
        { field: 'approvedOn', description: 'before the last step' },
        { field: 'days', description: 'too many' },
      ],
    });
    const conflict = new HttpException({ statusCode: 409, error: 'CONFLICT', message: 'already extended' }, 409);
    await expect(withRestFieldNames(APPROVAL_FIELDS, () => Promise.reject(conflict))).rejects.toBe(conflict);
    await expect(withRestFieldNames(APPROVAL_FIELDS, () => Promise.resolve(1))).resolves.toBe(1);
  });
});
