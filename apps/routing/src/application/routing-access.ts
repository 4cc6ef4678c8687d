// Who may do what in routing, decided here again whatever the gateway decided: a gateway bug must not
// open another county's referrals or let one office answer for another.
import {
  type Caller,
  CONSULTATION_ANSWERING_ROLES,
  hasAnyRole,
  MATTER_READER_ROLES,
  PORTAL_USER_PREFIX,
  referralTargetsOf,
  ROLE_NAMES_ZH,
} from '@onewindow/access';
import { isKnownCounty } from '@onewindow/county';
import { invalidArgument, permissionDenied, requireCounty } from '@onewindow/service-runtime';
import { REFERRAL_TARGETS, type ReferralTarget } from '../domain';

const isReferralTarget = (value: string): value is ReferralTarget =>
  (REFERRAL_TARGETS as readonly string[]).includes(value);

/** The county a request names: INVALID_ARGUMENT unless the center serves it, PERMISSION_DENIED unless it is the caller's. */
export function requireCallersCounty(caller: Caller, countyCode: string, field: string): void {
  if (!isKnownCounty(countyCode)) {
    const description = `"${countyCode}" is not a county this center serves`;
    throw invalidArgument(description, [{ field, description }]);
  }
  requireCounty(caller, countyCode);
}

/**
 * Only the office a referral is addressed to answers it (签收、退回、报告结果), in its own county: a
 * mediator the MEDIATION referrals, the union's agency user the TRADE_UNION ones.
 */
export function requireMayAnswer(
  caller: Caller,
  referral: { referralId: string; countyCode: string; target: ReferralTarget },
): void {
  requireCounty(caller, referral.countyCode);
  const answersFor = referralTargetsOf(caller);
  if (!answersFor.includes(referral.target)) {
    throw permissionDenied(
      `referral ${referral.referralId} is addressed to ${referral.target}; the caller answers for ${answersFor.join(', ') || 'no referral target'}`,
    );
  }
}

/**
 * A consultation is answered by a post that answers consultations (the one window first; the arbitration
 * filing window, the petition window, legal aid and the duty supervisor too), in the matter's county.
 */
export function requireMayAnswerConsultation(
  caller: Caller,
  referral: { referralId: string; countyCode: string },
): void {
  requireCounty(caller, referral.countyCode);
  if (!hasAnyRole(caller, CONSULTATION_ANSWERING_ROLES)) {
    throw permissionDenied(
      `consultation ${referral.referralId} is answered by ${CONSULTATION_ANSWERING_ROLES.map((role) => ROLE_NAMES_ZH[role]).join('、')}; the caller holds ${caller.roles.join(', ') || 'no post'}`,
    );
  }
}

/**
 * The targets whose referrals the caller may see. Staff who work on matters see them all (a matter's
 * detail, the supervisor's escalations); anyone else — an agency user — only those it answers for.
 */
export function referralTargetsVisibleTo(caller: Caller): ReferralTarget[] {
  return hasAnyRole(caller, MATTER_READER_ROLES)
    ? [...REFERRAL_TARGETS]
    : referralTargetsOf(caller).filter(isReferralTarget);
}

export interface ReferralScope {
  counties: string[];
  targets: ReferralTarget[];
}

/** What a listing covers: the county and targets asked for (all the caller's when none), never more than the caller may see. */
export function referralScope(caller: Caller, asked: { countyCode: string; targets: ReferralTarget[] }): ReferralScope {
  if (asked.countyCode) requireCallersCounty(caller, asked.countyCode, 'countyCode');
  const visible = referralTargetsVisibleTo(caller);
  if (visible.length === 0) throw permissionDenied(`the caller's posts (${caller.roles.join(', ')}) see no referrals`);
  const hidden = asked.targets.filter((target) => !visible.includes(target));
  if (hidden.length > 0) throw permissionDenied(`referrals to ${hidden.join(', ')} are not the caller's to see`);
  return {
    counties: asked.countyCode ? [asked.countyCode] : caller.counties,
    targets: asked.targets.length > 0 ? asked.targets : visible,
  };
}

/**
 * The public portal, acting for one worker's matter (portalCaller), reads that matter's consultation
 * answers and nothing else: the worker is shown what was answered and on what basis.
 */
export function portalConsultationScope(
  caller: Caller,
  asked: { matterId: string; targets: ReferralTarget[] },
): ReferralScope & { matterNumber: string } {
  const matterNumber = caller.userId.startsWith(PORTAL_USER_PREFIX)
    ? caller.userId.slice(PORTAL_USER_PREFIX.length)
    : '';
  if (!asked.matterId || !matterNumber) {
    throw permissionDenied("the portal reads the referrals of the one matter it acts for, by that matter's id");
  }
  if (asked.targets.some((target) => target !== 'CONSULTATION_CLOSE')) {
    throw permissionDenied('the portal reads consultation answers (CONSULTATION_CLOSE) only');
  }
  return { counties: caller.counties, targets: ['CONSULTATION_CLOSE'], matterNumber };
}

/** A county's “1+X” rules are kept by its SUPERVISOR (值班主任 / 中心负责人): reading, checking, replaying and publishing them. */
export function requireRuleSetKeeper(caller: Caller, countyCodes: readonly string[]): void {
  if (!caller.roles.includes('SUPERVISOR')) {
    throw permissionDenied('county rule sets are kept by the SUPERVISOR post (值班主任)');
  }
  for (const countyCode of countyCodes) requireCounty(caller, countyCode);
}
