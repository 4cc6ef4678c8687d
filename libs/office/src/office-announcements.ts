import { EventTypes, office, routing, toProtoEnum } from '@onewindow/contracts';

// What an office says about a referral it took, as the outbox entries of its own topic (the office
// contract, proto/onewindow/office/v1). Routing closes the loop from these.

export type OfficeAnswer =
  | { kind: 'TAKEN'; officeCaseNumber: string }
  | { kind: 'DECLINED'; reason: string }
  | { kind: 'CONCLUDED'; outcome: 'RESOLVED' | 'FAILED' | 'CLOSED'; reason: string }
  | { kind: 'CONCLUDED'; outcome: 'TRANSFERRED'; reason: string; transferTo: string };

export interface AnsweredReferral {
  referralId: string;
  matterId: string;
  countyCode: string;
}

/** The event (type and protobuf payload) that announces `answer` about `referral`, made at `at`. */
export function officeAnswerEvent(
  referral: AnsweredReferral,
  answer: OfficeAnswer,
  at: Date,
): { type: string; payload: Uint8Array } {
  const ids = { referralId: referral.referralId, matterId: referral.matterId, countyCode: referral.countyCode };
  const when = at.toISOString();
  switch (answer.kind) {
    case 'TAKEN':
      return {
        type: EventTypes.officeReferralTaken,
        payload: office.ReferralTaken.encode({
          ...ids,
          officeCaseNumber: answer.officeCaseNumber,
          takenAt: when,
        }).finish(),
      };
    case 'DECLINED':
      return {
        type: EventTypes.officeReferralDeclined,
        payload: office.ReferralDeclined.encode({ ...ids, reason: answer.reason, declinedAt: when }).finish(),
      };
    case 'CONCLUDED':
      return {
        type: EventTypes.officeReferralConcluded,
        payload: office.ReferralConcluded.encode({
          ...ids,
          outcome: toProtoEnum(answer.outcome, 'REFERRAL_OUTCOME_', routing.ReferralOutcome),
          reason: answer.reason,
          transferTo:
            answer.outcome === 'TRANSFERRED'
              ? toProtoEnum(answer.transferTo, 'REFERRAL_TARGET_', routing.ReferralTarget)
              : routing.ReferralTarget.REFERRAL_TARGET_UNSPECIFIED,
          concludedAt: when,
        }).finish(),
      };
  }
}
