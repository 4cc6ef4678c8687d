import { Controller, UseFilters } from '@nestjs/common';
import type { Metadata } from '@grpc/grpc-js';
import { isKnownCounty } from '@onewindow/county';
import {
  fromProtoEnum,
  matterContentFromProto,
  matterContentToProto,
  routing,
  toProtoEnum,
} from '@onewindow/contracts';
import { invalidArgument } from '@onewindow/service-runtime';
import { DecideRouting } from '../application/decide-routing';
import { ListReferralsUseCase } from '../application/list-referrals.use-case';
import { ReferralLoopUseCase } from '../application/referral-loop.use-case';
import { RuleSetRegistry } from '../application/rule-set-registry';
import { SimulateRuleSetUseCase } from '../application/simulate-rule-set.use-case';
import type { MatterContent } from '../domain';
import type { ReferralOutcome, ReferralStatus } from '../domain/referral-lifecycle';
import { referralToProto } from '../infrastructure/referral.mapping';
import { RoutingErrorFilter } from './routing-error.filter';

/** The calling office or agency names itself (a referral target) in this metadata entry. */
export const AGENCY_METADATA_KEY = 'x-onewindow-agency';

const agencyOf = (metadata?: Metadata) => String(metadata?.get(AGENCY_METADATA_KEY)[0] ?? '');

@Controller()
@UseFilters(RoutingErrorFilter)
@routing.RoutingServiceControllerMethods()
export class RoutingGrpcController implements routing.RoutingServiceController {
  constructor(
    private readonly decideRouting: DecideRouting,
    private readonly loop: ReferralLoopUseCase,
    private readonly listReferrals_: ListReferralsUseCase,
    private readonly ruleSets: RuleSetRegistry,
    private readonly simulation: SimulateRuleSetUseCase,
  ) {}

  /** Dry run (试算): what the live rules would do with this content; nothing is stored or published. */
  evaluateMatter(request: routing.EvaluateMatterRequest): routing.EvaluateMatterResponse {
    const content = matterContentFromProto(request.content);
    if (!isKnownCounty(content.countyCode)) {
      throw invalidArgument('unknown county', [
        { field: 'content.countyCode', description: `"${content.countyCode}" is not a county this center serves` },
      ]);
    }
    const now = new Date();
    const decided = this.decideRouting.decide(content as MatterContent, { registeredAt: now, now });
    return {
      decision: {
        countyCode: content.countyCode,
        ruleSetVersion: decided.ruleSetVersion,
        firedRuleIds: decided.firedRuleIds,
        referrals: decided.referrals.map((referral) =>
          referralToProto({
            ...referral,
            referralId: '',
            round: 0,
            status: 'ISSUED',
            statusReason: '',
            escalated: false,
          }),
        ),
      },
    };
  }

  async listReferrals(
    request: routing.ListReferralsRequest,
    metadata?: Metadata,
  ): Promise<routing.ListReferralsResponse> {
    const status = fromProtoEnum(request.status, 'REFERRAL_STATUS_') as ReferralStatus | '';
    const found = await this.listReferrals_.execute(agencyOf(metadata), request.countyCode, status || undefined);
    return {
      referrals: found.map(({ routingCase, referral }) => {
        const round = routingCase.rounds.find((r) => r.round === referral.round)!;
        return {
          matterId: routingCase.matterId,
          matterNumber: routingCase.matterNumber,
          countyCode: routingCase.countyCode,
          referral: referralToProto(referral),
          ruleSetVersion: round.ruleSetVersion,
          firedRuleIds: round.firedRuleIds,
          issuedAt: referral.issuedAt,
          content: matterContentToProto(routingCase.content),
        };
      }),
    };
  }

  async acknowledgeReferral(
    request: routing.AcknowledgeReferralRequest,
    metadata?: Metadata,
  ): Promise<routing.AcknowledgeReferralResponse> {
    const { referral } = await this.loop.acknowledge(
      request.referralId,
      agencyOf(metadata),
      request.accept,
      request.declineReason,
    );
    return { referral: referralToProto(referral) };
  }

  async reportOutcome(
    request: routing.ReportOutcomeRequest,
    metadata?: Metadata,
  ): Promise<routing.ReportOutcomeResponse> {
    const outcome = fromProtoEnum(request.outcome, 'REFERRAL_OUTCOME_');
    if (!outcome)
      throw invalidArgument('no outcome given', [
        { field: 'outcome', description: 'must be RESOLVED, FAILED or TRANSFERRED' },
      ]);
    const { referral, rerouted } = await this.loop.reportOutcome(
      request.referralId,
      agencyOf(metadata),
      outcome as ReferralOutcome,
      request.reason,
    );
    return { referral: referralToProto(referral), rerouted: rerouted.map(referralToProto) };
  }

  getRuleSet(request: routing.GetRuleSetRequest): routing.GetRuleSetResponse {
    return { ruleSet: this.ruleSets.get(request.countyCode, request.version) };
  }

  validateRuleSet(request: routing.ValidateRuleSetRequest): routing.ValidateRuleSetResponse {
    const { problems } = this.ruleSets.check(request.json);
    return { valid: problems.length === 0, problems };
  }

  async publishRuleSet(request: routing.PublishRuleSetRequest): Promise<routing.PublishRuleSetResponse> {
    return { published: await this.ruleSets.publish(request.json) };
  }

  async simulateRuleSet(request: routing.SimulateRuleSetRequest): Promise<routing.SimulateRuleSetResponse> {
    const report = await this.simulation.execute(request.countyCode, request.json, request.since, request.until);
    const targets = (list: string[]) => list.map((t) => toProtoEnum(t, 'REFERRAL_TARGET_', routing.ReferralTarget));
    return {
      mattersReplayed: report.mattersReplayed,
      routedDifferently: report.routedDifferently,
      candidateVersion: report.candidateVersion,
      examples: report.examples.map((e) => ({
        matterId: e.matterId,
        matterNumber: e.matterNumber,
        liveTargets: targets(e.liveTargets),
        candidateTargets: targets(e.candidateTargets),
      })),
    };
  }
}
