// A referral's life in the closed loop (转办闭环): issued → accepted or declined by its target →
// resolved, failed or transferred. A declined or failed referral comes back to routing, except a side
// referral an office asked for (the court's): the office that asked still has the matter.
import { SIDE_REFERRAL_ONLY_TARGETS, type ReferralTarget } from './rule-set';

export type ReferralStatus = 'ISSUED' | 'ACCEPTED' | 'DECLINED' | 'RESOLVED' | 'FAILED' | 'TRANSFERRED' | 'CLOSED';
/** CLOSED: ended by the office without settling it (办结) — not accepted, withdrawn; nothing comes back. */
export type ReferralOutcome = 'RESOLVED' | 'FAILED' | 'TRANSFERRED' | 'CLOSED';

export interface ReferralState {
  readonly target: ReferralTarget;
  readonly status: ReferralStatus;
  readonly escalated: boolean;
  readonly acknowledgeBy: { readonly dueOn: string };
}

export interface Transition {
  readonly status: ReferralStatus;
  readonly statusReason: string;
  /** The matter comes back to routing to be decided again (就地分流化解). */
  readonly comesBack: boolean;
  /** A transfer's destination (移送), which gets a referral of its own. */
  readonly transferTo?: ReferralTarget;
}

export class ReferralTransitionError extends Error {
  constructor(
    readonly field: 'status' | 'reason' | 'outcome' | 'transferTo',
    message: string,
  ) {
    super(message);
    this.name = 'ReferralTransitionError';
  }
}

const MAX_REASON_LENGTH = 500;

/**
 * How a referral starts: awaiting its target, by its acknowledge-by deadline. A consultation too
 * (CONSULTATION_CLOSE) waits until a named staff member records the answer and its basis
 * (answerConsultation in consultation-answer.ts), and escalates like any other when nobody does.
 */
export function initialState(): { status: ReferralStatus; statusReason: string } {
  return { status: 'ISSUED', statusReason: '' };
}

/**
 * Whether a referral that was declined or failed sends the matter back through the rules. Not the
 * court's: a 支付令 or 司法确认 refused is the asking office's to take up (劳动争议调解仲裁法 Art. 15 opens
 * arbitration when an agreement is not performed), and re-deciding would open a second path beside it.
 */
const comesBackWhenReturned = (target: ReferralTarget) => !SIDE_REFERRAL_ONLY_TARGETS.includes(target);

function requiredReason(reason: string, what: string): string {
  const trimmed = reason.trim();
  if (trimmed === '') throw new ReferralTransitionError('reason', `${what} needs a reason`);
  if ([...trimmed].length > MAX_REASON_LENGTH) {
    throw new ReferralTransitionError('reason', `the reason is longer than ${MAX_REASON_LENGTH} characters`);
  }
  return trimmed;
}

export function acknowledgeReferral(current: ReferralState, accept: boolean, declineReason: string): Transition {
  if (current.status !== 'ISSUED') {
    throw new ReferralTransitionError('status', `the referral was already acknowledged (status ${current.status})`);
  }
  return accept
    ? { status: 'ACCEPTED', statusReason: '', comesBack: false }
    : {
        status: 'DECLINED',
        statusReason: requiredReason(declineReason, 'declining a referral'),
        comesBack: comesBackWhenReturned(current.target),
      };
}

/**
 * An outcome is reported on an accepted referral only: the office that answers for the result must
 * first have said it took the matter (签收), so the timeline never shows a result nobody accepted.
 */
export function reportReferralOutcome(
  current: ReferralState,
  outcome: ReferralOutcome,
  reason: string,
  transferTo?: ReferralTarget,
): Transition {
  if (current.status === 'ISSUED') {
    throw new ReferralTransitionError('status', 'the referral has not been accepted (签收) yet; acknowledge it first');
  }
  if (current.status !== 'ACCEPTED') {
    throw new ReferralTransitionError('status', `the referral is closed already (status ${current.status})`);
  }
  switch (outcome) {
    case 'RESOLVED':
      return { status: 'RESOLVED', statusReason: reason.trim(), comesBack: false };
    case 'FAILED':
      return {
        status: 'FAILED',
        statusReason: requiredReason(reason, 'a failed referral'),
        comesBack: comesBackWhenReturned(current.target),
      };
    case 'TRANSFERRED':
      if (SIDE_REFERRAL_ONLY_TARGETS.includes(current.target)) {
        throw new ReferralTransitionError(
          'outcome',
          `a side referral to ${current.target} is not transferred: report it resolved, failed or closed`,
        );
      }
      return {
        status: 'TRANSFERRED',
        statusReason: requiredReason(reason, 'a transfer'),
        comesBack: false,
        transferTo: transferDestination(current.target, transferTo),
      };
    case 'CLOSED':
      return {
        status: 'CLOSED',
        statusReason: requiredReason(reason, 'closing a referral unsettled'),
        comesBack: false,
      };
  }
}

/** Where a transfer may go: another office that handles matters (not back to itself, not the window's answer). */
function transferDestination(from: ReferralTarget, to: ReferralTarget | undefined): ReferralTarget {
  if (!to) throw new ReferralTransitionError('transferTo', 'a transfer names the office it goes to (transferTo)');
  if (to === from)
    throw new ReferralTransitionError('transferTo', `a referral to ${from} cannot be transferred to ${from}`);
  if (to === 'CONSULTATION_CLOSE') {
    throw new ReferralTransitionError('transferTo', 'a transfer goes to an office, not to the window’s answer');
  }
  if (SIDE_REFERRAL_ONLY_TARGETS.includes(to)) {
    throw new ReferralTransitionError(
      'transferTo',
      `a matter is not transferred to ${to}: it is reached only by a side referral an office asks for (SideReferralRequested)`,
    );
  }
  return to;
}

/** Not acknowledged by its deadline and not yet escalated to the duty supervisor. */
export function isOverdue(referral: ReferralState, today: string): boolean {
  return referral.status === 'ISSUED' && !referral.escalated && referral.acknowledgeBy.dueOn < today;
}

/** A referral's id: its matter's id and its place among the matter's referrals, so a repeated decision never doubles it. */
export function referralIdFor(matterId: string, place: number): string {
  return `${matterId}/${place}`;
}

/** The matter a referral id belongs to (see referralIdFor). */
export function matterIdOfReferral(referralId: string): string {
  return referralId.slice(0, referralId.lastIndexOf('/'));
}

/** What came back so far, as facts for the next decision. */
export function historyOf(referrals: readonly (ReferralState & { readonly round: number })[]) {
  return {
    failedTargets: [...new Set(referrals.filter((r) => r.status === 'FAILED').map((r) => r.target))],
    declinedTargets: [...new Set(referrals.filter((r) => r.status === 'DECLINED').map((r) => r.target))],
    previousTargets: [...new Set(referrals.map((r) => r.target))],
    round: Math.max(0, ...referrals.map((r) => r.round)) + 1,
  };
}
