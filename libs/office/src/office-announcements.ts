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

/** What an office asks routing for beside a referral it took (a side referral; it does not close the matter). */
export interface SideReferralRequest {
  /** routing's ReferralTarget name of the body asked, e.g. 'COURT' (人民法院); also LEGAL_AID or TRADE_UNION. */
  target: string;
  /** What the body is asked to do, e.g. 申请司法确认 or 申请支付令 (劳动争议调解仲裁法 Art. 16). */
  reason: string;
  /** The document that goes with it, e.g. 调解协议书, and its 文号; the court is always sent one. */
  attachmentTitle: string;
  attachmentNumber: string;
  /** Unique per request: routing issues one referral per request id, however often the event comes. */
  requestId: string;
}

/**
 * The event (type and protobuf payload) by which an office asks routing, on its own topic, to refer the
 * matter of `referral` (its own, taken) to another body as well, made at `at`: e.g. mediation sending
 * the court a 支付令 or 司法确认 application with the 调解协议书 attached.
 */
export function sideReferralRequestEvent(
  referral: AnsweredReferral,
  request: SideReferralRequest,
  at: Date,
): { type: string; payload: Uint8Array } {
  return {
    type: EventTypes.officeSideReferralRequested,
    payload: office.SideReferralRequested.encode({
      referralId: referral.referralId,
      matterId: referral.matterId,
      countyCode: referral.countyCode,
      target: toProtoEnum(request.target, 'REFERRAL_TARGET_', routing.ReferralTarget),
      reason: request.reason,
      attachmentTitle: request.attachmentTitle,
      attachmentNumber: request.attachmentNumber,
      requestedAt: at.toISOString(),
      requestId: request.requestId,
    }).finish(),
  };
}
