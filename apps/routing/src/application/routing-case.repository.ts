import type { MatterContentData } from '@onewindow/contracts';
import type { ReferralPriority, ReferralTarget } from '../domain';
import type { ReferralStatus } from '../domain/referral-lifecycle';
import type { ConsultationAnswer } from '../domain/consultation-answer';
import type { SideReferralOrigin } from '../domain/side-referral';

export interface AcknowledgeDeadline {
  label: string;
  dueOn: string;
  provisional: boolean;
  citation: string;
}

export interface TrackedReferral {
  referralId: string;
  round: number;
  target: ReferralTarget;
  priority: ReferralPriority;
  reason: string;
  legalBasis: string;
  ruleId: string;
  acknowledgeBy: AcknowledgeDeadline;
  issuedAt: string;
  status: ReferralStatus;
  statusReason: string;
  escalated: boolean;
  /** A consultation's answer, once a staff member recorded it (CONSULTATION_CLOSE only). */
  consultationAnswer?: ConsultationAnswer;
  /** A side referral an office asked for (the court's): who asked, beside which referral, with which document. */
  sideReferral?: SideReferralOrigin;
}

export interface RoutingRound {
  round: number;
  decidedAt: string;
  ruleSetVersion: number;
  firedRuleIds: string[];
}

/** One matter's routing from registration to the end of the loop (分流、转办、回流再分流). */
export interface RoutingCaseRecord {
  matterId: string;
  matterNumber: string;
  countyCode: string;
  registeredAt: string;
  /** Kept to decide again when a referral comes back, and to replay in simulations. */
  content: MatterContentData;
  rounds: RoutingRound[];
  referrals: TrackedReferral[];
  version: number;
}

/** What happened, announced on the referrals topic in this order with the change. */
export type RoutingEvent =
  | { type: 'ReferralIssued'; referralId: string }
  /** `status`: as it stood when acknowledged, when the same step also concluded it (a consultation answered). */
  | { type: 'ReferralAcknowledged'; referralId: string; status?: ReferralStatus }
  | { type: 'ReferralOutcomeReported'; referralId: string }
  | { type: 'ReferralEscalated'; referralId: string; reason: string }
  | { type: 'MatterConcluded' };

export interface RoutingCaseRepository {
  /** 'already-routed' when this matter was routed before (a redelivered MatterRegistered). */
  create(record: RoutingCaseRecord, events: RoutingEvent[]): Promise<'saved' | 'already-routed'>;
  /** ConcurrencyConflictError when the case changed since `expectedVersion` was read. */
  save(record: RoutingCaseRecord, expectedVersion: number, events: RoutingEvent[]): Promise<void>;
  findByMatter(matterId: string): Promise<RoutingCaseRecord | undefined>;
  findByReferral(referralId: string): Promise<RoutingCaseRecord | undefined>;
  /** Cases of these counties (only this matter's, when given) with a referral to one of `targets`, oldest first. */
  findWithReferralsTo(
    targets: readonly ReferralTarget[],
    countyCodes: readonly string[],
    matterId?: string,
  ): Promise<RoutingCaseRecord[]>;
  /** Cases of a county registered in [since, until). */
  findRegisteredBetween(countyCode: string, since: string, until: string): Promise<RoutingCaseRecord[]>;
}

export const ROUTING_CASE_REPOSITORY = Symbol('RoutingCaseRepository');
