// A side referral an office asks for (onewindow.office.v1.SideReferralRequested, 联动处置): beside its own
// handling, the office has routing refer the matter to another body — mediation asks the court (人民法院)
// for a payment order (支付令, 劳动争议调解仲裁法 Art. 16) or a judicial confirmation (司法确认, 人民调解法
// Art. 33) with the agreement attached. The referral goes alongside the office's own, in that referral's
// round: it neither closes the matter nor keeps it open (matter-closure.ts), and the office's referral is
// left as it was.
import { ALWAYS_SIDE } from './matter-closure';
import type { ReferralStatus } from './referral-lifecycle';
import type { Referral } from './routing-decision';
import { REFERRAL_TARGET_NAMES_ZH, type ReferralPriority, type ReferralTarget } from './rule-set';

/** The rule id a side referral carries: no rule chose it, the office asked for it. */
export const OFFICE_SIDE_REFERRAL_RULE_ID = 'office-side-referral';

/**
 * Acknowledged (签收) by the next working day, as a transfer is: the Suizhou plan's 联动处置 has the
 * receiving body take up what the center hands it at once; the acknowledge-by deadline escalates as any.
 */
export const SIDE_REFERRAL_ACKNOWLEDGE_WORKING_DAYS = 1;

const MAX_REASON_LENGTH = 500;
const MAX_ATTACHMENT_TITLE_LENGTH = 100;
const MAX_ATTACHMENT_NUMBER_LENGTH = 100;
const MAX_REQUEST_ID_LENGTH = 200;

/** Taken (签收) and not given back: the office has the matter, so it may ask for a body beside it. */
const TAKEN: readonly ReferralStatus[] = ['ACCEPTED', 'RESOLVED', 'FAILED', 'TRANSFERRED', 'CLOSED'];

const LEGAL_BASIS: Partial<Record<ReferralTarget, string>> = {
  COURT: '《劳动争议调解仲裁法》第十六条（支付令）；《人民调解法》第三十三条（司法确认）',
};
const LINKED_HANDLING = '《随州市“一站式”劳动保障维权中心工作实施方案》五(二)3：“1+X”分类处理、联动处置';

/** What the office asked for, as its event says it. */
export interface SideReferralRequest {
  /** Empty when the event named none. */
  readonly target: ReferralTarget | '';
  readonly reason: string;
  readonly attachmentTitle: string;
  readonly attachmentNumber: string;
  readonly requestId: string;
  /** RFC 3339 instant. */
  readonly requestedAt: string;
}

/** Where a side referral came from, kept with it (and told in ReferralIssued). */
export interface SideReferralOrigin {
  /** The office that asked, by the target it answers for. */
  readonly requestedBy: ReferralTarget;
  /** The office's own referral, which stays with it. */
  readonly accompaniesReferralId: string;
  readonly requestId: string;
  readonly requestedAt: string;
  readonly attachmentTitle: string;
  readonly attachmentNumber: string;
}

/** The office's referral the request names. */
export interface AskingReferral {
  readonly referralId: string;
  readonly target: ReferralTarget;
  readonly status: ReferralStatus;
  readonly priority: ReferralPriority;
}

/** A request routing cannot act on: the field named is the event's. */
export class SideReferralRefusedError extends Error {
  constructor(
    readonly field: 'referralId' | 'target' | 'reason' | 'attachmentTitle' | 'attachmentNumber' | 'requestId',
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'SideReferralRefusedError';
  }
}

export type SideReferralDecision =
  /** The request was acted on already (a redelivered event): nothing more is issued. */
  | { readonly kind: 'REPEAT'; readonly referralId: string }
  | { readonly kind: 'ISSUE'; readonly referral: Referral; readonly origin: SideReferralOrigin };

/**
 * What `office` asking for `request` beside `asking` comes to, given the matter's referrals so far.
 * The office must have taken its referral; the target must be a body that only ever goes alongside
 * (the court, legal aid, the union: matter-closure.ts ALWAYS_SIDE), not the office itself; the court is
 * sent the document it is to rule on.
 */
export function sideReferralFor(
  office: ReferralTarget,
  asking: AskingReferral,
  request: SideReferralRequest,
  referrals: readonly { readonly referralId: string; readonly sideReferral?: SideReferralOrigin }[],
): SideReferralDecision {
  const requestId = request.requestId.trim();
  if (requestId === '') throw new SideReferralRefusedError('requestId', 'is empty; each request names its own id');
  if ([...requestId].length > MAX_REQUEST_ID_LENGTH) {
    throw new SideReferralRefusedError('requestId', `is longer than ${MAX_REQUEST_ID_LENGTH} characters`);
  }
  const earlier = referrals.find((r) => r.sideReferral?.requestId === requestId);
  if (earlier) {
    const same =
      earlier.sideReferral!.requestedBy === office && earlier.sideReferral!.accompaniesReferralId === asking.referralId;
    if (!same) {
      throw new SideReferralRefusedError(
        'requestId',
        `${requestId} was used already by ${earlier.sideReferral!.requestedBy} beside referral ${earlier.sideReferral!.accompaniesReferralId}`,
      );
    }
    return { kind: 'REPEAT', referralId: earlier.referralId };
  }

  if (!TAKEN.includes(asking.status)) {
    throw new SideReferralRefusedError(
      'referralId',
      asking.status === 'ISSUED'
        ? `${office} has not taken referral ${asking.referralId} (签收) yet; it asks for a side referral beside a matter it took`
        : `${office} declined referral ${asking.referralId}; the matter is no longer its own`,
    );
  }
  const target = request.target;
  if (target === '') throw new SideReferralRefusedError('target', 'names no body to refer the matter to');
  if (target === office) {
    throw new SideReferralRefusedError('target', `${office} cannot ask for a side referral to itself`);
  }
  if (!ALWAYS_SIDE.includes(target)) {
    throw new SideReferralRefusedError(
      'target',
      `${target} is not a body a side referral goes to (${ALWAYS_SIDE.join(', ')}); a matter handed on for good is a transfer (ReferralConcluded TRANSFERRED)`,
    );
  }
  const reason = request.reason.trim();
  if (reason === '') throw new SideReferralRefusedError('reason', 'is empty; say what the body is asked to do');
  if ([...reason].length > MAX_REASON_LENGTH) {
    throw new SideReferralRefusedError('reason', `is longer than ${MAX_REASON_LENGTH} characters`);
  }
  const title = request.attachmentTitle.trim();
  const number = request.attachmentNumber.trim();
  if (title === '' && number !== '') {
    throw new SideReferralRefusedError('attachmentTitle', `is empty while the attachment's number is ${number}`);
  }
  if (number === '' && title !== '') {
    throw new SideReferralRefusedError('attachmentNumber', `is empty while the attachment is ${title}; give its 文号`);
  }
  if (target === 'COURT' && title === '') {
    // 持调解协议书向人民法院申请支付令 (Art. 16); a judicial confirmation examines the agreement itself (Art. 33).
    throw new SideReferralRefusedError('attachmentTitle', 'is empty; the court is sent the agreement it is to rule on');
  }
  if ([...title].length > MAX_ATTACHMENT_TITLE_LENGTH) {
    throw new SideReferralRefusedError('attachmentTitle', `is longer than ${MAX_ATTACHMENT_TITLE_LENGTH} characters`);
  }
  if ([...number].length > MAX_ATTACHMENT_NUMBER_LENGTH) {
    throw new SideReferralRefusedError('attachmentNumber', `is longer than ${MAX_ATTACHMENT_NUMBER_LENGTH} characters`);
  }

  // The timeline shows the reason: it names the document once.
  const attached = title === '' || reason.includes(number) ? '' : `（附：${title}，${number}）`;
  return {
    kind: 'ISSUE',
    referral: {
      target,
      priority: asking.priority,
      reason: `${REFERRAL_TARGET_NAMES_ZH[office]}提请：${reason}${attached}`,
      legalBasis: LEGAL_BASIS[target] ?? LINKED_HANDLING,
      ruleId: OFFICE_SIDE_REFERRAL_RULE_ID,
      acknowledgeWithinWorkingDays: SIDE_REFERRAL_ACKNOWLEDGE_WORKING_DAYS,
    },
    origin: {
      requestedBy: office,
      accompaniesReferralId: asking.referralId,
      requestId,
      requestedAt: request.requestedAt,
      attachmentTitle: title,
      attachmentNumber: number,
    },
  };
}
