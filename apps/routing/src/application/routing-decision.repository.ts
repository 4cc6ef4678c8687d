import type { MatterContentData } from '@onewindow/contracts';
import type { ReferralPriority, ReferralTarget } from '../domain';

export interface AcknowledgeDeadline {
  label: string;
  dueOn: string;
  provisional: boolean;
  citation: string;
}

export interface IssuedReferral {
  referralId: string;
  target: ReferralTarget;
  priority: ReferralPriority;
  reason: string;
  legalBasis: string;
  ruleId: string;
  acknowledgeBy: AcknowledgeDeadline;
}

/** One matter's routing, as stored and as announced: one ReferralIssued per referral. */
export interface RoutingDecisionRecord {
  matterId: string;
  matterNumber: string;
  countyCode: string;
  decidedAt: string;
  ruleSetVersion: number;
  firedRuleIds: string[];
  referrals: IssuedReferral[];
  /** Carried on each ReferralIssued so the target can work without asking intake. */
  content: MatterContentData;
}

export interface RoutingDecisionRepository {
  /** 'already-decided' when this matter was routed before (a redelivered MatterRegistered). */
  saveAndAnnounce(record: RoutingDecisionRecord): Promise<'saved' | 'already-decided'>;
}

export const ROUTING_DECISION_REPOSITORY = Symbol('RoutingDecisionRepository');
