// The award period's forms as requests (仲裁期限, 劳动争议调解仲裁法 Art. 43): the chair's written approval sent
// with the approver only when one was typed in, since the gateway records the signed-in user otherwise.
import type { ApproverPost, WrittenApproval } from '@onewindow/gateway-api';

export interface ApprovalValues {
  approvedBy?: string;
  approverPost?: ApproverPost;
  approvedOn?: string;
}

const trimmed = (value: string | undefined) => (value ?? '').trim();

/** The approval as the gateway takes it; the form's rules made the post and the day required. */
export function approvalRequestOf(values: ApprovalValues): WrittenApproval {
  if (!values.approverPost) throw new Error('approverPost was not checked by the form');
  const approvedBy = trimmed(values.approvedBy);
  return {
    ...(approvedBy ? { approvedBy } : {}),
    approverPost: values.approverPost,
    approvedOn: trimmed(values.approvedOn),
  };
}
