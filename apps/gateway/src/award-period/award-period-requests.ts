import type { arbitration } from '@onewindow/contracts';
import type { FieldNames } from '../proceedings/proceedings-requests';
import type { ExtendAwardPeriodDto, SuspendProceedingsDto, WithdrawApplicationDto } from './award-period.dto';

// The REST bodies as arbitration's requests, and arbitration's field names back as the REST body's.

interface Approval {
  approvedBy?: string;
  approverPost: string;
  approvedOn: string;
}

/**
 * The approval is the chair's, named in the body; the signed-in user stands as the approver only when the
 * body names nobody (the arbitrator records an approval they hold in writing).
 */
export const approvalOf = (body: Approval, callerUserId: string) => ({
  approvedBy: body.approvedBy?.trim() || callerUserId,
  approverPost: body.approverPost,
  approvedOn: body.approvedOn,
});

export const toExtendAwardPeriod = (
  caseId: string,
  body: ExtendAwardPeriodDto,
  callerUserId: string,
): arbitration.ExtendAwardPeriodRequest => ({
  caseId,
  days: body.days,
  reason: body.reason,
  ...approvalOf(body, callerUserId),
});

export const toSuspendProceedings = (
  caseId: string,
  body: SuspendProceedingsDto,
  callerUserId: string,
): arbitration.SuspendProceedingsRequest => ({
  caseId,
  ground: body.ground,
  details: body.details,
  suspendedOn: body.suspendedOn,
  ...approvalOf(body, callerUserId),
});

export const toWithdrawApplication = (
  caseId: string,
  body: WithdrawApplicationDto,
): arbitration.WithdrawApplicationRequest => ({
  caseId,
  withdrawnOn: body.withdrawnOn,
  reason: body.reason,
  settled: body.settled,
});

/** Arbitration names the approval's parts as its rules hold them (approval.post); the REST body has them flat. */
export const APPROVAL_FIELDS: FieldNames = [
  [/^approval\.approvedBy$/, 'approvedBy'],
  [/^approval\.post$/, 'approverPost'],
  [/^approval\.approvedOn$/, 'approvedOn'],
];
