import { Controller, UseFilters } from '@nestjs/common';
import type { Metadata } from '@grpc/grpc-js';
import { arbitration, fromProtoEnum, toProtoEnum } from '@onewindow/contracts';
import { callerFrom, invalidArgument } from '@onewindow/service-runtime';
import {
  CASE_DOCUMENT_KINDS,
  type ArbitrationCaseRecord,
  type CaseDocumentKind,
  type CaseStatus,
  type IssuedDocument,
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
import { AwardPeriodUseCase, awardPeriodOf } from '../application/award-period.use-case';
import { ServiceAndDefenceUseCase } from '../application/service-and-defence.use-case';
import { TribunalUseCase } from '../application/tribunal.use-case';
import { HearingUseCase } from '../application/hearing.use-case';
import {
  type ApproverPost,
  type ArbitrationDeadline,
  type ArbitratorRole,
  type TribunalForm,
  awardPeriodDeadline,
  openSuspension,
  type SuspensionGround,
} from '../domain';

/** Looking at the case deadlines on demand is the duty supervisor's (the timer does it every minute). */
function requireSupervisor(caller: Caller): void {
  if (!hasAnyRole(caller, ['SUPERVISOR'])) {
    throw permissionDenied('reviewing the case deadlines on demand is for the duty SUPERVISOR');
  }
}

function toCase(record: ArbitrationCaseRecord): arbitration.ArbitrationCase {
  return {
    caseId: record.caseId,
    matterId: record.matterId,
    matterNumber: record.matterNumber,
    countyCode: record.countyCode,
    referralId: record.referralId,
    status: toProtoEnum(record.status, 'CASE_STATUS_', arbitration.CaseStatus),
    receivedOn: record.receivedOn,
    missingItems: record.missingItems,
    receiptNumber: record.receiptNumber,
    acceptanceNoticeNumber: record.acceptanceNoticeNumber,
    acceptedOn: record.acceptedOn,
    nonAcceptanceReason: record.nonAcceptanceReason,
    remedy: record.remedy,
    deadlines: record.deadlines.map(({ label, dueOn, provisional, citation }) => ({
      label,
      dueOn,
      provisional,
      citation,
    })),
    supplements: record.supplements.map(({ submittedOn, noticeNumber, supplied }) => ({
      submittedOn,
      noticeNumber,
      supplied: supplied.map(({ field, description }) => ({ field, description })),
    })),
    supplementNoticeNumber:
      record.status === 'AWAITING_SUPPLEMENT'
        ? (record.documents.filter((issued) => issued.kind === 'SUPPLEMENT_NOTICE').at(-1)?.number ?? '')
        : '',
    ...awardPeriodView(record),
    withdrawalReason: record.withdrawalReason ?? '',
    applicationCopyServedOn: record.applicationCopyService?.servedOn ?? '',
    applicationCopyServedLate: record.applicationCopyService?.servedLate ?? false,
    defenceDue: record.applicationCopyService && wireDeadline(record.applicationCopyService.defenceDue),
    defenceSubmittedOn: record.defence?.submittedOn ?? '',
    defenceLate: record.defence?.late ?? false,
    tribunalForm: record.tribunal?.form ?? '',
    tribunal: (record.tribunal?.arbitrators ?? []).map(({ arbitratorId, name, role }) => ({
      arbitratorId,
      name,
      role,
    })),
    simpleProcedure: record.tribunal?.simpleProcedure ?? false,
    tribunalNotifiedOn: record.tribunal?.notifiedOn ?? '',
    hearings: (record.hearings ?? []).map((hearing) => ({
      hearingId: hearing.hearingId,
      startsAt: hearing.startsAt,
      endsAt: hearing.endsAt,
      roomId: hearing.venue.mode === 'ON_SITE' ? hearing.venue.roomId : '',
      place: hearing.venue.mode === 'ON_SITE' ? hearing.venue.place : '',
      meetingLink: hearing.venue.mode === 'ONLINE' ? hearing.venue.meetingLink : '',
      noticeServedOn: hearing.noticeServedOn,
      status: hearing.status,
    })),
  };
}

const wireDeadline = ({ label, dueOn, provisional, citation }: ArbitrationDeadline) => ({
  label,
  dueOn,
  provisional,
  citation,
});

/** The award period in force on an accepted case: its due day (none while suspended) and its steps. */
function awardPeriodView(record: ArbitrationCaseRecord) {
  if (!record.acceptedOn) return { awardDue: undefined, suspendedSince: '', awardPeriodSteps: [] };
  const period = awardPeriodOf(record);
  const due = record.status === 'ACCEPTED' ? awardPeriodDeadline(period) : undefined;
  return {
    awardDue: due && wireDeadline(due),
    suspendedSince: openSuspension(period)?.suspendedOn ?? '',
    awardPeriodSteps: [
      ...period.extensions.map((e) => `延长 ${e.days} 日：${e.dueOnBefore} → ${e.dueOnAfter}（${e.reason}）`),
      ...period.suspensions.map(
        (s) =>
          `中止 ${s.suspendedOn}（${s.groundText}）${s.resumedOn ? `，${s.resumedOn} 恢复，期限至 ${s.dueOnAfter}` : ''}`,
      ),
    ],
  };
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

const toCaseDocument = (
  caseId: string,
  { kind, title, number, issuedOn }: IssuedDocument,
): arbitration.CaseDocument => ({
  caseId,
  kind: toProtoEnum(kind, 'CASE_DOCUMENT_KIND_', arbitration.CaseDocumentKind),
  title,
  number,
  issuedOn,
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
    private readonly watch: DeadlineWatch,
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
    const withdrawn = await this.awardPeriod.withdraw(callerFrom(metadata), request.caseId, {
      withdrawnOn: request.withdrawnOn,
      reason: request.reason,
      settled: request.settled,
    });
    return { case: toCase(withdrawn) };
  }

  async recordApplicationCopyService(request: arbitration.RecordApplicationCopyServiceRequest, metadata?: Metadata) {
    const served = await this.serviceAndDefence.recordService(callerFrom(metadata), request.caseId, {
      method: request.method,
      trackingNumber: request.trackingNumber,
      receivedOn: request.receivedOn,
      signedBy: request.signedBy,
    });
    return { case: toCase(served) };
  }

  async recordDefence(request: arbitration.RecordDefenceRequest, metadata?: Metadata) {
    const defended = await this.serviceAndDefence.recordDefence(callerFrom(metadata), request.caseId, {
      submittedOn: request.submittedOn,
    });
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
    const scheduled = await this.hearing.schedule(callerFrom(metadata), request.caseId, {
      startsAt: request.startsAt,
      endsAt: request.endsAt,
      roomId: request.roomId,
      place: request.place,
      meetingLink: request.meetingLink,
      noticeServedOn: request.noticeServedOn,
    });
    return { case: toCase(scheduled) };
  }

  async reviewCaseDeadlines(request: arbitration.ReviewCaseDeadlinesRequest, metadata?: Metadata) {
    requireSupervisor(callerFrom(metadata));
    const asOf = request.asOf ? new Date(request.asOf) : new Date();
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
    const supplemented = await this.submitSupplement_.execute(callerFrom(metadata), {
      caseId: request.caseId,
      requestId: request.requestId,
      supplement: toSupplement(request),
    });
    return { case: toCase(supplemented) };
  }
}
