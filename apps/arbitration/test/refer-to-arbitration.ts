import { randomUUID } from 'node:crypto';
import type { Metadata } from '@grpc/grpc-js';
import { arbitration, common, EventTypes, routing, Topics } from '@onewindow/contracts';
import { newCloudEvent } from '@onewindow/messaging';
import { eventually, type InProcessService } from '@onewindow/testing';

/** Refers an application to the in-process arbitration service as routing would, and waits for its case. */
export async function referToArbitration(
  service: InProcessService,
  content: common.MatterContent,
  matterNumber: string,
  caller: Metadata,
): Promise<arbitration.ArbitrationCase> {
  const matterId = randomUUID();
  await service.publish(
    Topics.routingReferrals,
    newCloudEvent({
      type: EventTypes.referralIssued,
      source: '/onewindow/routing',
      subject: matterId,
      payload: routing.ReferralIssued.encode({
        matterId,
        matterNumber,
        countyCode: content.countyCode,
        referral: {
          referralId: `${matterId}/1`,
          target: routing.ReferralTarget.REFERRAL_TARGET_ARBITRATION,
          priority: routing.ReferralPriority.REFERRAL_PRIORITY_NORMAL,
          reason: '劳动争议',
          legalBasis: '《劳动争议调解仲裁法》第五条',
          ruleId: 'dispute-arbitration',
          acknowledgeBy: undefined,
          status: routing.ReferralStatus.REFERRAL_STATUS_ISSUED,
          round: 1,
          statusReason: '',
          escalated: false,
        },
        ruleSetVersion: 1,
        firedRuleIds: ['dispute-arbitration'],
        issuedAt: new Date().toISOString(),
        content,
      }).finish(),
    }),
  );
  return eventually(() =>
    service
      .client!.call<arbitration.GetCaseByMatterResponse>('getCaseByMatter', { matterId }, caller)
      .then((r) => r.case!),
  );
}
