// Events as routing and arbitration publish them, for the timeline projection to read in tests.
import { arbitration, EventTypes, routing, toProtoEnum } from '@onewindow/contracts';
import { CloudEvent, newCloudEvent } from '@onewindow/messaging';

interface ReferralFields {
  target?: string;
  status?: string;
  reason?: string;
}

function referral(matterId: string, { target = 'ARBITRATION', status = 'ISSUED', reason = '' }: ReferralFields) {
  return {
    referralId: `ref-${matterId}-${target}-${reason}`,
    target: toProtoEnum(target, 'REFERRAL_TARGET_', routing.ReferralTarget),
    priority: routing.ReferralPriority.REFERRAL_PRIORITY_NORMAL,
    reason,
    legalBasis: '劳动争议调解仲裁法第五条',
    ruleId: 'dispute-to-arbitration',
    acknowledgeBy: undefined,
    status: toProtoEnum(status, 'REFERRAL_STATUS_', routing.ReferralStatus),
    round: 1,
    statusReason: '',
    escalated: false,
  };
}

export function referralIssued(matterId: string, fields: ReferralFields = {}): CloudEvent {
  return newCloudEvent({
    type: EventTypes.referralIssued,
    source: '/onewindow/routing',
    subject: matterId,
    payload: routing.ReferralIssued.encode({
      matterId,
      matterNumber: '',
      countyCode: '421303',
      referral: referral(matterId, { reason: '金额较大，依申请人意愿申请仲裁', ...fields }),
      ruleSetVersion: 1,
      firedRuleIds: ['dispute-to-arbitration'],
      issuedAt: new Date().toISOString(),
      content: undefined,
    }).finish(),
  });
}

export function referralOutcomeReported(matterId: string, target: string, outcome: string): CloudEvent {
  return newCloudEvent({
    type: EventTypes.referralOutcomeReported,
    source: '/onewindow/routing',
    subject: matterId,
    payload: routing.ReferralOutcomeReported.encode({
      matterId,
      countyCode: '421303',
      referral: referral(matterId, { target, status: outcome, reason: '双方达成调解协议' }),
      reportedAt: new Date().toISOString(),
    }).finish(),
  });
}

/** Routing's word that every principal referral of the matter has ended (these referrals, as they ended). */
export function matterConcluded(matterId: string, ...ended: { target: string; status: string }[]): CloudEvent {
  return newCloudEvent({
    type: EventTypes.matterConcluded,
    source: '/onewindow/routing',
    subject: matterId,
    payload: routing.MatterConcluded.encode({
      matterId,
      matterNumber: '',
      countyCode: '421303',
      concludedAt: new Date().toISOString(),
      referrals: ended.map((fields) => referral(matterId, fields)),
    }).finish(),
  });
}

/** sameDayRequired: accepted on review under 当日受理, rather than decided within the statutory period. */
export function applicationAccepted(matterId: string, acceptedOn: string, sameDayRequired: boolean): CloudEvent {
  return newCloudEvent({
    type: EventTypes.applicationAccepted,
    source: '/onewindow/arbitration',
    subject: matterId,
    payload: arbitration.ApplicationAccepted.encode({
      caseId: `case-${matterId}`,
      matterId,
      countyCode: '421381',
      acceptanceNoticeNumber: `随劳人仲受字〔2026〕${matterId.slice(0, 4)}号`,
      acceptedOn,
      awardDue: undefined,
      sameDayRequired,
    }).finish(),
  });
}
