import { Controller, UseFilters } from '@nestjs/common';
import type { Metadata } from '@grpc/grpc-js';
import {
  fromProtoEnum,
  matterContentFromProto,
  matterContentToProto,
  routing,
  toProtoEnum,
} from '@onewindow/contracts';
import { callerFrom, invalidArgument } from '@onewindow/service-runtime';
import { AgencyCredentials } from '../application/agency-credentials';
import { AnswerConsultationUseCase } from '../application/answer-consultation.use-case';
import { DecideRouting } from '../application/decide-routing';
import { ListReferralsUseCase } from '../application/list-referrals.use-case';
import { ReferralLoopUseCase } from '../application/referral-loop.use-case';
import { requireCallersCounty, requireRuleSetKeeper } from '../application/routing-access';
import { RuleSetRegistry } from '../application/rule-set-registry';
import { SimulateRuleSetUseCase } from '../application/simulate-rule-set.use-case';
import { countyCodesNamedIn, REFERRAL_TARGETS, type MatterContent, type ReferralTarget } from '../domain';
import type { ReferralOutcome, ReferralStatus } from '../domain/referral-lifecycle';
import type { AgencyCredential } from '../domain/agency-credential';
import { issuanceOf, referralToProto } from '../infrastructure/referral.mapping';
import { inRequestFields, RoutingErrorFilter } from './routing-error.filter';

function targetsOf(request: routing.ListReferralsRequest): ReferralTarget[] {
  const targets = request.targets.map((target) => fromProtoEnum(target, 'REFERRAL_TARGET_'));
  const unknown = targets.filter((target) => !(REFERRAL_TARGETS as readonly string[]).includes(target));
  if (unknown.length > 0) {
    throw invalidArgument('unknown referral target', [
      {
        field: 'targets',
        description: `name each target, e.g. MEDIATION (got ${unknown.map((t) => t || 'UNSPECIFIED').join(', ')})`,
      },
    ]);
  }
  return targets as ReferralTarget[];
}

// Every call has passed the caller authentication guard (callerFrom gives the verified caller); what
// the caller may do is decided in application/routing-access and application/agency-credentials.
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
    private readonly agencyCredentials: AgencyCredentials,
    private readonly consultations: AnswerConsultationUseCase,
  ) {}

  /** Dry run (试算): what the live rules would do with this content; nothing is stored or published. */
  evaluateMatter(request: routing.EvaluateMatterRequest, metadata?: Metadata): routing.EvaluateMatterResponse {
    const caller = callerFrom(metadata);
    const content = matterContentFromProto(request.content);
    requireCallersCounty(caller, content.countyCode, 'content.countyCode');
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
    const caller = callerFrom(metadata);
    const status = fromProtoEnum(request.status, 'REFERRAL_STATUS_') as ReferralStatus | '';
    const found = await this.listReferrals_.execute(caller, {
      countyCode: request.countyCode,
      targets: targetsOf(request),
      status: status || undefined,
      escalatedOnly: request.escalatedOnly,
      matterId: request.matterId,
    });
    return {
      referrals: found.map(({ routingCase, referral }) => ({
        matterId: routingCase.matterId,
        matterNumber: routingCase.matterNumber,
        countyCode: routingCase.countyCode,
        referral: referralToProto(referral),
        ...issuanceOf(routingCase.rounds, referral),
        content: matterContentToProto(routingCase.content),
      })),
    };
  }

  async acknowledgeReferral(
    request: routing.AcknowledgeReferralRequest,
    metadata?: Metadata,
  ): Promise<routing.AcknowledgeReferralResponse> {
    const { referral, matterNumber, countyCode } = await this.loop
      .acknowledge(callerFrom(metadata), request.referralId, request.accept, request.declineReason)
      .catch(inRequestFields({ reason: 'declineReason' }));
    return { referral: referralToProto(referral), matterNumber, countyCode };
  }

  async reportOutcome(
    request: routing.ReportOutcomeRequest,
    metadata?: Metadata,
  ): Promise<routing.ReportOutcomeResponse> {
    const caller = callerFrom(metadata);
    const outcome = fromProtoEnum(request.outcome, 'REFERRAL_OUTCOME_');
    if (!outcome)
      throw invalidArgument('no outcome given', [
        { field: 'outcome', description: 'must be RESOLVED, FAILED, TRANSFERRED or CLOSED' },
      ]);
    const transferTo = fromProtoEnum(request.transferTo, 'REFERRAL_TARGET_');
    if (transferTo && !(REFERRAL_TARGETS as readonly string[]).includes(transferTo)) {
      throw invalidArgument('unknown transfer destination', [
        { field: 'transferTo', description: `name an office, e.g. ARBITRATION (got ${transferTo})` },
      ]);
    }
    const { referral, rerouted, matterNumber, countyCode } = await this.loop.reportOutcome(
      caller,
      request.referralId,
      outcome as ReferralOutcome,
      request.reason,
      (transferTo || undefined) as ReferralTarget | undefined,
    );
    return { referral: referralToProto(referral), rerouted: rerouted.map(referralToProto), matterNumber, countyCode };
  }

  async answerConsultation(
    request: routing.AnswerConsultationRequest,
    metadata?: Metadata,
  ): Promise<routing.AnswerConsultationResponse> {
    const { referral, matterNumber, countyCode } = await this.consultations.execute(callerFrom(metadata), {
      referralId: request.referralId,
      answer: request.answer,
      basis: request.basis,
      answererName: request.answererName,
      ...(request.requestId ? { requestId: request.requestId } : {}),
    });
    return { referral: referralToProto(referral), matterNumber, countyCode };
  }

  getRuleSet(request: routing.GetRuleSetRequest, metadata?: Metadata): routing.GetRuleSetResponse {
    const caller = callerFrom(metadata);
    requireCallersCounty(caller, request.countyCode, 'countyCode');
    requireRuleSetKeeper(caller, [request.countyCode]);
    return { ruleSet: this.ruleSets.get(request.countyCode, request.version) };
  }

  validateRuleSet(request: routing.ValidateRuleSetRequest, metadata?: Metadata): routing.ValidateRuleSetResponse {
    requireRuleSetKeeper(callerFrom(metadata), countyCodesNamedIn(request.json));
    const { problems } = this.ruleSets.check(request.json);
    return { valid: problems.length === 0, problems };
  }

  async publishRuleSet(
    request: routing.PublishRuleSetRequest,
    metadata?: Metadata,
  ): Promise<routing.PublishRuleSetResponse> {
    requireRuleSetKeeper(callerFrom(metadata), countyCodesNamedIn(request.json));
    return { published: await this.ruleSets.publish(request.json) };
  }

  async simulateRuleSet(
    request: routing.SimulateRuleSetRequest,
    metadata?: Metadata,
  ): Promise<routing.SimulateRuleSetResponse> {
    const caller = callerFrom(metadata);
    requireCallersCounty(caller, request.countyCode, 'countyCode');
    requireRuleSetKeeper(caller, [request.countyCode]);
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

  async issueAgencyCredential(
    request: routing.IssueAgencyCredentialRequest,
    metadata?: Metadata,
  ): Promise<routing.IssueAgencyCredentialResponse> {
    const { credential, token } = await this.agencyCredentials.issue(callerFrom(metadata), {
      agency: fromProtoEnum(request.agency, 'REFERRAL_TARGET_'),
      countyCodes: request.countyCodes,
      label: request.label,
    });
    return { credential: agencyCredentialToProto(credential), token };
  }

  async revokeAgencyCredential(
    request: routing.RevokeAgencyCredentialRequest,
    metadata?: Metadata,
  ): Promise<routing.RevokeAgencyCredentialResponse> {
    const credential = await this.agencyCredentials.revoke(callerFrom(metadata), request.credentialId);
    return { credential: agencyCredentialToProto(credential) };
  }

  async listAgencyCredentials(
    request: routing.ListAgencyCredentialsRequest,
    metadata?: Metadata,
  ): Promise<routing.ListAgencyCredentialsResponse> {
    const credentials = await this.agencyCredentials.list(callerFrom(metadata), request.countyCode);
    return { credentials: credentials.map(agencyCredentialToProto) };
  }
}

function agencyCredentialToProto(credential: AgencyCredential): routing.AgencyCredential {
  return {
    credentialId: credential.credentialId,
    agency: toProtoEnum(credential.agency, 'REFERRAL_TARGET_', routing.ReferralTarget),
    countyCodes: credential.countyCodes,
    label: credential.label,
    issuedBy: credential.issuedBy,
    issuedAt: credential.issuedAt,
    revokedAt: credential.revokedAt ?? '',
    revokedBy: credential.revokedBy ?? '',
  };
}
