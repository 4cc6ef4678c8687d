import {
  EventTypes,
  fromProtoEnum,
  type MatterContentData,
  matterContentFromProto,
  routing,
} from '@onewindow/contracts';
import { type ConsumedEvent, decodePayload, type EventHandler, PoisonMessageError } from '@onewindow/messaging';
import type { OfficeTarget } from './office-topics';

/** A referral addressed to an office, as the office takes it from onewindow.routing.referrals.v1. */
export interface OfficeReferral {
  referralId: string;
  matterId: string;
  matterNumber: string;
  countyCode: string;
  content: MatterContentData;
  /** When routing issued it: the day the matter reached the office. */
  issuedAt: string;
}

/**
 * The handlers an office service subscribes to the referral stream with: `take` sees only the
 * referrals addressed to `office`; the rest of the stream is for others. A referral without its ids
 * or content is a poison message (a retry would not mend it).
 */
export function officeReferralHandlers(
  office: OfficeTarget,
  take: (referral: OfficeReferral, event: ConsumedEvent) => Promise<void>,
): Record<string, EventHandler> {
  return {
    [EventTypes.referralIssued]: async (event) => {
      const issued = decodePayload(routing.ReferralIssued, event);
      if (fromProtoEnum(issued.referral?.target, 'REFERRAL_TARGET_') !== office) return;
      if (!issued.referral?.referralId || !issued.matterId || !issued.content) {
        throw new PoisonMessageError(`ReferralIssued ${event.id} lacks a referral id, matter id or content`);
      }
      await take(
        {
          referralId: issued.referral.referralId,
          matterId: issued.matterId,
          matterNumber: issued.matterNumber,
          countyCode: issued.countyCode,
          content: matterContentFromProto(issued.content),
          issuedAt: issued.issuedAt || event.time,
        },
        event,
      );
    },
  };
}
