import { Controller, Inject, UseFilters } from '@nestjs/common';
import type { Metadata } from '@grpc/grpc-js';
import { arbitration, fromProtoEnum } from '@onewindow/contracts';
import { callerFrom, invalidArgument, SERVICE_CLOCK, type ServiceClock } from '@onewindow/service-runtime';
import { toAward, toCase, toCaseDocument } from './arbitration-case.mapping';
import {
  CASE_DOCUMENT_KINDS,
  type CaseDocumentKind,
  type CaseStatus,
} from '../application/arbitration-case.repository';
import { CaseDocumentsUseCase } from '../application/documents/get-case-document.use-case';
import { DecideAcceptanceUseCase } from '../application/decide-acceptance.use-case';
import { FindCasesUseCase } from '../application/find-cases.use-case';
import { SubmitSupplementUseCase } from '../application/submit-supplement.use-case';
import type { ClaimCategory, Supplement } from '../domain';
import { ArbitrationErrorFilter } from './arbitration-error.filter';
import { DeadlineWatch } from '@onewindow/deadlines';
import { hasAnyRole, type Caller } from '@onewindow/access';
import { permissionDenied } from '@onewindow/service-runtime';
import { AwardPeriodUseCase } from '../application/award-period.use-case';
import { ServiceAndDefenceUseCase } from '../application/service-and-defence.use-case';
import { TribunalUseCase } from '../application/tribunal.use-case';
import { HearingUseCase } from '../application/hearing.use-case';
import { ArbitrationMediationUseCase } from '../application/arbitration-mediation.use-case';
import { AwardUseCase } from '../application/award.use-case';
import { ChallengeUseCase } from '../application/challenge.use-case';
import { HearingOutcomeUseCase } from '../application/hearing-outcome.use-case';
import { ElectronicServiceUseCase } from '../application/electronic-service.use-case';
import { type ApproverPost, type ArbitratorRole, type TribunalForm, type SuspensionGround } from '../domain';

/** Looking at the case deadlines on demand is the duty supervisor's (the timer does it every minute). */
function requireSupervisor(caller: Caller): void {
  if (!hasAnyRole(caller, ['SUPERVISOR'])) {
    throw permissionDenied('reviewing the case deadlines on demand is for the duty SUPERVISOR');
  }
}

const approvalOf = (request: { approvedBy: string; approverPost: string; approvedOn: string }) => ({
  approvedBy: request.approvedBy,
  post: request.approverPost as ApproverPost,
  approvedOn: request.approvedOn,
});

/** What the request supplies, in the domain's words: enum prefixes dropped, nothing else changed. */
const toSupplement = (request: arbitration.SubmitSupplementRequest): Supplement => ({
  items: request.items.map(({ field, value }) => ({ field, value })),
  claims: request.claims.map(({ category, amountFen, description }) => ({
    category: fromProtoEnum(category, 'CLAIM_CATEGORY_') as ClaimCategory,
    amountFen,
    description,
  })),
  evidence: request.evidence.map(({ description, source }) => ({ description, source })),
});

// Every call names its caller in metadata (callerFrom: UNAUTHENTICATED when it does not); what the
// caller may do is decided in application/case-access.
@Controller()
@UseFilters(ArbitrationErrorFilter)
@arbitration.ArbitrationServiceControllerMethods()
export class ArbitrationGrpcController implements arbitration.ArbitrationServiceController {
  constructor(
    private readonly findCases: FindCasesUseCase,
    private readonly decideAcceptance_: DecideAcceptanceUseCase,
    private readonly caseDocuments: CaseDocumentsUseCase,
    private readonly submitSupplement_: SubmitSupplementUseCase,
    private readonly awardPeriod: AwardPeriodUseCase,
    private readonly serviceAndDefence: ServiceAndDefenceUseCase,
    private readonly tribunal: TribunalUseCase,
    private readonly hearing: HearingUseCase,
    private readonly mediation: ArbitrationMediationUseCase,
    private readonly award: AwardUseCase,
    private readonly challenges: ChallengeUseCase,
    private readonly hearingOutcome: HearingOutcomeUseCase,
    private readonly electronicService: ElectronicServiceUseCase,
    private readonly watch: DeadlineWatch,
    @Inject(SERVICE_CLOCK) private readonly clock: ServiceClock,
  ) {}

  async extendAwardPeriod(request: arbitration.ExtendAwardPeriodRequest, metadata?: Metadata) {
    const extended = await this.awardPeriod.extend(callerFrom(metadata), request.caseId, {
      days: request.days,
      reason: request.reason,
      approval: approvalOf(request),
    });
    return { case: toCase(extended) };
  }

  async suspendProceedings(request: arbitration.SuspendProceedingsRequest, metadata?: Metadata) {
    const suspended = await this.awardPeriod.suspend(callerFrom(metadata), request.caseId, {
      ground: request.ground as SuspensionGround,
      details: request.details,
      suspendedOn: request.suspendedOn,
      approval: approvalOf(request),
    });
    return { case: toCase(suspended) };
  }

  async resumeProceedings(request: arbitration.ResumeProceedingsRequest, metadata?: Metadata) {
    const resumed = await this.awardPeriod.resume(callerFrom(metadata), request.caseId, {
      resumedOn: request.resumedOn,
      reason: request.reason,
    });
    return { case: toCase(resumed) };
  }

  async withdrawApplication(request: arbitration.WithdrawApplicationRequest, metadata?: Metadata) {
    const withdrawn = await this.awardPeriod.withdraw(
      callerFrom(metadata),
      request.caseId,
      {
        withdrawnOn: request.withdrawnOn,
        reason: request.reason,
        settled: request.settled,
      },
      this.clock.now(),
    );
    return { case: toCase(withdrawn) };
  }

  async recordApplicationCopyService(request: arbitration.RecordApplicationCopyServiceRequest, metadata?: Metadata) {
    const served = await this.serviceAndDefence.recordService(
      callerFrom(metadata),
      request.caseId,
      {
        method: request.method,
        trackingNumber: request.trackingNumber,
        receivedOn: request.receivedOn,
        signedBy: request.signedBy,
      },
      this.clock.now(),
    );
    return { case: toCase(served) };
  }

  async recordDefence(request: arbitration.RecordDefenceRequest, metadata?: Metadata) {
    const defended = await this.serviceAndDefence.recordDefence(
      callerFrom(metadata),
      request.caseId,
      {
        submittedOn: request.submittedOn,
      },
      this.clock.now(),
    );
    return { case: toCase(defended) };
  }

  async composeTribunal(request: arbitration.ComposeTribunalRequest, metadata?: Metadata) {
    const composed = await this.tribunal.compose(callerFrom(metadata), request.caseId, {
      form: request.form as TribunalForm,
      arbitrators: request.arbitrators.map(({ arbitratorId, name, role }) => ({
        arbitratorId,
        name,
        role: role as ArbitratorRole,
      })),
      composedOn: request.composedOn,
      factsClear: request.factsClear,
      bothPartiesAgree: request.bothPartiesAgree,
      notifiedOn: request.notifiedOn,
    });
    return { case: toCase(composed) };
  }

  async scheduleHearing(request: arbitration.ScheduleHearingRequest, metadata?: Metadata) {
    const scheduled = await this.hearing.schedule(
      callerFrom(metadata),
      request.caseId,
      {
        startsAt: request.startsAt,
        endsAt: request.endsAt,
        roomId: request.roomId,
        place: request.place,
        meetingLink: request.meetingLink,
        noticeServedOn: request.noticeServedOn,
      },
      this.clock.now(),
    );
    return { case: toCase(scheduled) };
  }

  async reviewCaseDeadlines(request: arbitration.ReviewCaseDeadlinesRequest, metadata?: Metadata) {
    requireSupervisor(callerFrom(metadata));
    const asOf = request.asOf ? new Date(request.asOf) : this.clock.now();
    if (Number.isNaN(asOf.getTime())) {
      throw invalidArgument('asOf is not an instant', [{ field: 'asOf', description: 'must be an ISO 8601 instant' }]);
    }
    return this.watch.scan(asOf);
  }

  async getCase(request: arbitration.GetCaseRequest, metadata?: Metadata): Promise<arbitration.GetCaseResponse> {
    return { case: toCase(await this.findCases.byId(callerFrom(metadata), request.caseId)) };
  }

  async getCaseByMatter(
    request: arbitration.GetCaseByMatterRequest,
    metadata?: Metadata,
  ): Promise<arbitration.GetCaseByMatterResponse> {
    return { case: toCase(await this.findCases.byMatter(callerFrom(metadata), request.matterId)) };
  }

  async listCases(request: arbitration.ListCasesRequest, metadata?: Metadata): Promise<arbitration.ListCasesResponse> {
    const status = fromProtoEnum(request.status, 'CASE_STATUS_') as CaseStatus | '';
    const page = await this.findCases.list(callerFrom(metadata), {
      countyCode: request.countyCode,
      status: status || undefined,
      pageSize: request.pageSize,
      pageToken: request.pageToken,
    });
    return { cases: page.cases.map(toCase), nextPageToken: page.nextPageToken };
  }

  async decideAcceptance(
    request: arbitration.DecideAcceptanceRequest,
    metadata?: Metadata,
  ): Promise<arbitration.DecideAcceptanceResponse> {
    const caller = callerFrom(metadata);
    const decision = fromProtoEnum(request.decision, 'ACCEPTANCE_DECISION_');
    if (decision !== 'ACCEPT' && decision !== 'REFUSE') {
      throw invalidArgument('no decision given', [{ field: 'decision', description: 'must be ACCEPT or REFUSE' }]);
    }
    const decided = await this.decideAcceptance_.execute(
      caller,
      request.caseId,
      decision === 'ACCEPT' ? { decision } : { decision, reason: request.refusalReason },
      this.clock.now(),
    );
    return { case: toCase(decided) };
  }

  async listCaseDocuments(
    request: arbitration.ListCaseDocumentsRequest,
    metadata?: Metadata,
  ): Promise<arbitration.ListCaseDocumentsResponse> {
    const listing = await this.caseDocuments.ofMatter(callerFrom(metadata), request.matterId);
    return { documents: listing?.documents.map((issued) => toCaseDocument(listing.caseId, issued)) ?? [] };
  }

  async getCaseDocument(
    request: arbitration.GetCaseDocumentRequest,
    metadata?: Metadata,
  ): Promise<arbitration.GetCaseDocumentResponse> {
    const caller = callerFrom(metadata);
    const kind = fromProtoEnum(request.kind, 'CASE_DOCUMENT_KIND_') as CaseDocumentKind | '';
    if (!(CASE_DOCUMENT_KINDS as readonly string[]).includes(kind)) {
      throw invalidArgument('no document kind given', [
        { field: 'kind', description: `must be one of ${CASE_DOCUMENT_KINDS.join(', ')}` },
      ]);
    }
    const rendered = await this.caseDocuments.render(caller, request.caseId, kind as CaseDocumentKind, request.number);
    return {
      document: toCaseDocument(rendered.caseId, rendered.issued),
      pdf: rendered.pdf,
      fileName: rendered.fileName,
    };
  }

  async submitSupplement(
    request: arbitration.SubmitSupplementRequest,
    metadata?: Metadata,
  ): Promise<arbitration.SubmitSupplementResponse> {
    const supplemented = await this.submitSupplement_.execute(
      callerFrom(metadata),
      {
        caseId: request.caseId,
        requestId: request.requestId,
        supplement: toSupplement(request),
      },
      this.clock.now(),
    );
    return { case: toCase(supplemented) };
  }

  async challengeArbitrator(request: arbitration.ChallengeArbitratorRequest, metadata?: Metadata) {
    const challenged = await this.challenges.file(callerFrom(metadata), request.caseId, {
      arbitratorId: request.arbitratorId,
      party: request.party,
      ground: request.ground,
      reason: request.reason,
      filedOn: request.filedOn,
      stage: request.stage,
      groundLearnedAfterHearingBegan: request.groundLearnedAfterHearingBegan,
      challengedIsCommissionChair: request.challengedIsCommissionChair,
    });
    return { case: toCase(challenged) };
  }

  async decideChallenge(request: arbitration.DecideChallengeRequest, metadata?: Metadata) {
    const decided = await this.challenges.decide(callerFrom(metadata), request.caseId, {
      challengeIndex: request.challengeIndex,
      decision: request.decision,
      decidedBy: request.decidedBy,
      decidedOn: request.decidedOn,
      reason: request.reason,
      replacementArbitratorId: request.replacementArbitratorId,
      replacementName: request.replacementName,
    });
    return { case: toCase(decided) };
  }

  async postponeHearing(request: arbitration.PostponeHearingRequest, metadata?: Metadata) {
    const postponed = await this.hearingOutcome.postpone(callerFrom(metadata), request.caseId, {
      hearingId: request.hearingId,
      party: request.party,
      requestedOn: request.requestedOn,
      reason: request.reason,
      granted: request.granted,
      decidedOn: request.decidedOn,
      decisionReason: request.decisionReason,
    });
    return { case: toCase(postponed) };
  }

  async recordHearing(request: arbitration.RecordHearingRequest, metadata?: Metadata) {
    const recorded = await this.hearingOutcome.record(
      callerFrom(metadata),
      request.caseId,
      {
        hearingId: request.hearingId,
        recordText: request.recordText,
        absences: request.absences.map(({ party, kind, writtenNoticeReceivedOn, reason, reasonAccepted }) => ({
          party,
          kind,
          writtenNoticeReceivedOn,
          reason,
          reasonAccepted,
        })),
      },
      this.clock.now(),
    );
    return { case: toCase(recorded) };
  }

  async listRoomHearings(request: arbitration.ListRoomHearingsRequest, metadata?: Metadata) {
    const hearings = await this.hearingOutcome.roomWeek(callerFrom(metadata), {
      countyCode: request.countyCode,
      roomId: request.roomId,
      weekStart: request.weekStart,
    });
    return { hearings };
  }

  async issueMediationStatement(request: arbitration.IssueMediationStatementRequest, metadata?: Metadata) {
    const issued = await this.mediation.issue(callerFrom(metadata), request.caseId, {
      issuedOn: request.issuedOn,
      settledClaims: request.settledClaims.map(({ claimIndex, amountFen, reasonAboveClaim }) => ({
        claimIndex,
        amountFen,
        ...(reasonAboveClaim ? { reasonAboveClaim } : {}),
      })),
      otherTerms: request.otherTerms,
    });
    return { case: toCase(issued) };
  }

  async signForMediationStatement(request: arbitration.SignForMediationStatementRequest, metadata?: Metadata) {
    const signed = await this.mediation.sign(
      callerFrom(metadata),
      request.caseId,
      {
        party: request.party,
        signedAt: request.signedAt,
      },
      this.clock.now(),
    );
    return { case: toCase(signed) };
  }

  async retractMediationStatement(request: arbitration.RetractMediationStatementRequest, metadata?: Metadata) {
    const retracted = await this.mediation.retract(
      callerFrom(metadata),
      request.caseId,
      {
        party: request.party,
        reason: request.reason,
      },
      this.clock.now(),
    );
    return { case: toCase(retracted) };
  }

  async issueAward(request: arbitration.IssueAwardRequest, metadata?: Metadata) {
    return { case: toCase(await this.award.issue(callerFrom(metadata), request.caseId, awardRequestOf(request))) };
  }

  async previewAward(request: arbitration.PreviewAwardRequest, metadata?: Metadata) {
    return { award: toAward(await this.award.preview(callerFrom(metadata), request.caseId, awardRequestOf(request))) };
  }

  async decideAdvanceEnforcement(request: arbitration.DecideAdvanceEnforcementRequest, metadata?: Metadata) {
    const decided = await this.award.decideAdvanceEnforcement(callerFrom(metadata), request.caseId, {
      appliedOn: request.appliedOn,
      decidedOn: request.decidedOn,
      items: request.items.map(({ claimIndex, amountFen }) => ({ claimIndex, amountFen })),
      rightsAndObligationsClear: request.rightsAndObligationsClear,
      livelihoodSeriouslyAffected: request.livelihoodSeriouslyAffected,
    });
    return { case: toCase(decided) };
  }

  // 电子送达 (application/electronic-service.use-case.ts).
  async recordElectronicServiceConsent(
    request: arbitration.RecordElectronicServiceConsentRequest,
    metadata?: Metadata,
  ) {
    const recorded = await this.electronicService.recordConsent(
      callerFrom(metadata),
      request.caseId,
      { agreedAt: request.agreedAt, mobile: request.mobile },
      this.clock.now(),
    );
    return { case: toCase(recorded) };
  }

  async sendApplicationCopyElectronically(
    request: arbitration.SendApplicationCopyElectronicallyRequest,
    metadata?: Metadata,
  ): Promise<arbitration.SendApplicationCopyElectronicallyResponse> {
    const sent = await this.electronicService.send(
      callerFrom(metadata),
      request.caseId,
      { linkOrigin: request.linkOrigin },
      this.clock.now(),
    );
    return {
      case: toCase(sent.record),
      linkPath: sent.linkPath,
      code: sent.code,
      mobile: sent.mobile,
      expiresAt: sent.expiresAt,
    };
  }

  async getElectronicService(
    request: arbitration.GetElectronicServiceRequest,
    metadata?: Metadata,
  ): Promise<arbitration.GetElectronicServiceResponse> {
    return this.electronicService.look(callerFrom(metadata), request.token, this.clock.now());
  }

  async confirmElectronicService(
    request: arbitration.ConfirmElectronicServiceRequest,
    metadata?: Metadata,
  ): Promise<arbitration.ConfirmElectronicServiceResponse> {
    const served = await this.electronicService.confirm(
      callerFrom(metadata),
      { token: request.token, code: request.code, deliveredAt: request.deliveredAt },
      this.clock.now(),
    );
    const service = served.applicationCopyService!;
    return {
      matterNumber: served.matterNumber,
      countyCode: served.countyCode,
      servedOn: service.servedOn,
      defenceDue: {
        label: service.defenceDue.label,
        dueOn: service.defenceDue.dueOn,
        provisional: service.defenceDue.provisional,
        citation: service.defenceDue.citation,
      },
    };
  }
}

/** IssueAward and PreviewAward ask the same: the award's fields as the wire has them. */
const awardRequestOf = (request: arbitration.IssueAwardRequest | arbitration.PreviewAwardRequest) => ({
  awardedOn: request.awardedOn,
  scope: request.scope,
  decisions: request.decisions.map(({ claimIndex, outcome, amountFen, reasons }) => ({
    claimIndex,
    outcome,
    amountFen,
    reasons,
  })),
  partialBasis: request.partialBasis,
});
