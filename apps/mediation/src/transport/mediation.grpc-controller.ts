import { Controller, UseFilters } from '@nestjs/common';
import type { Metadata } from '@grpc/grpc-js';
import { fromProtoEnum, mediation, toProtoEnum } from '@onewindow/contracts';
import { callerFrom, invalidArgument } from '@onewindow/service-runtime';
import { AgreementUseCase } from '../application/agreement.use-case';
import { ConsentAndAssignmentUseCase } from '../application/consent-and-assignment.use-case';
import { MediationDocumentsUseCase } from '../application/documents/mediation-documents.use-case';
import { FindMediationCasesUseCase } from '../application/find-mediation-cases.use-case';
import { MediationReview } from '../application/mediation-clock';
import {
  MEDIATION_DOCUMENT_KINDS,
  type MediationCaseRecord,
  type MediationDocumentKind,
  type MediationStatus,
} from '../application/mediation-case.repository';
import { MediationStatisticsUseCase } from '../application/mediation-statistics.use-case';
import { MediatorRollUseCase } from '../application/mediator-roll.use-case';
import { PerformanceUseCase } from '../application/performance.use-case';
import { SessionsUseCase } from '../application/sessions.use-case';
import { requireMayReview } from '../application/case-access';
import type { Attendance, MediationParty, MediatorKind, SessionVenue, SignatureMethod, SignerRole } from '../domain';
import { MediationErrorFilter } from './mediation-error.filter';
import { toMediationCase, toMediationDocument } from './mediation-case.mapping';

const answer = (record: MediationCaseRecord) => ({ case: toMediationCase(record) });
const named = (value: string | undefined, prefix: string) => fromProtoEnum(value, prefix);

function venueOf(venue: mediation.SessionVenue | undefined): SessionVenue {
  if (venue?.meetingLink) return { mode: 'ONLINE', meetingLink: venue.meetingLink };
  if (venue?.place) return { mode: 'ON_SITE', place: venue.place };
  throw invalidArgument('no venue given', [
    { field: 'venue', description: 'give the place (on site) or an https meeting link (online)' },
  ]);
}

const attendanceOf = (value: string): Attendance | undefined => (value ? (value as Attendance) : undefined);

function instantOrNow(value: string, field: string): Date {
  if (!value) return new Date();
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) {
    throw invalidArgument(`${field} is not an instant`, [{ field, description: 'must be an ISO 8601 instant' }]);
  }
  return at;
}

// Every call names its caller in metadata (callerFrom: UNAUTHENTICATED when it does not); what the
// caller may do is decided in application/case-access.
@Controller()
@UseFilters(MediationErrorFilter)
@mediation.MediationServiceControllerMethods()
export class MediationGrpcController implements mediation.MediationServiceController {
  constructor(
    private readonly find: FindMediationCasesUseCase,
    private readonly consent: ConsentAndAssignmentUseCase,
    private readonly sessions: SessionsUseCase,
    private readonly agreements: AgreementUseCase,
    private readonly performance: PerformanceUseCase,
    private readonly roll: MediatorRollUseCase,
    private readonly documents: MediationDocumentsUseCase,
    private readonly statistics: MediationStatisticsUseCase,
    private readonly review: MediationReview,
  ) {}

  async getMediationCase(request: mediation.GetMediationCaseRequest, metadata?: Metadata) {
    return answer(await this.find.get(callerFrom(metadata), request.caseId));
  }

  async getMediationCaseByMatter(request: mediation.GetMediationCaseByMatterRequest, metadata?: Metadata) {
    return answer(await this.find.byMatter(callerFrom(metadata), request.matterId));
  }

  async listMediationCases(request: mediation.ListMediationCasesRequest, metadata?: Metadata) {
    const status = named(request.status, 'MEDIATION_STATUS_') as MediationStatus | '';
    const page = await this.find.list(callerFrom(metadata), {
      countyCodes: request.countyCodes,
      ...(status ? { status } : {}),
      ...(request.assignedTo ? { assignedTo: request.assignedTo } : {}),
      pageSize: request.pageSize,
      pageToken: request.pageToken,
    });
    return { cases: page.cases.map((record) => toMediationCase(record)), nextPageToken: page.nextPageToken };
  }

  async recordEmployerConsent(request: mediation.RecordEmployerConsentRequest, metadata?: Metadata) {
    return answer(
      await this.consent.recordEmployerConsent(callerFrom(metadata), {
        caseId: request.caseId,
        expectedVersion: request.expectedVersion,
        consents: request.consents,
        answeredAt: request.answeredAt,
        how: request.how,
      }),
    );
  }

  async declareConflictOfInterest(request: mediation.DeclareConflictOfInterestRequest, metadata?: Metadata) {
    return answer(
      await this.consent.declareConflict(callerFrom(metadata), {
        caseId: request.caseId,
        expectedVersion: request.expectedVersion,
        staffUserId: request.staffUserId,
        party: named(request.party, 'MEDIATION_PARTY_') as MediationParty,
        reason: request.reason,
      }),
    );
  }

  async assignMediators(request: mediation.AssignMediatorsRequest, metadata?: Metadata) {
    const mode =
      request.staffUserIds.length > 0
        ? { by: 'CHOICE' as const, staffUserIds: request.staffUserIds }
        : {
            by: 'LOAD' as const,
            panelSize: request.panelSize || 1,
            ...(request.kinds.length > 0
              ? { kinds: request.kinds.map((kind) => named(kind, 'MEDIATOR_KIND_') as MediatorKind) }
              : {}),
          };
    return answer(
      await this.consent.assign(callerFrom(metadata), {
        caseId: request.caseId,
        expectedVersion: request.expectedVersion,
        mode,
      }),
    );
  }

  async scheduleSession(request: mediation.ScheduleSessionRequest, metadata?: Metadata) {
    return answer(
      await this.sessions.schedule(callerFrom(metadata), {
        caseId: request.caseId,
        expectedVersion: request.expectedVersion,
        startsAt: request.startsAt,
        venue: venueOf(request.venue),
        notices: request.notices,
      }),
    );
  }

  async recordSession(request: mediation.RecordSessionRequest, metadata?: Metadata) {
    return answer(
      await this.sessions.record(callerFrom(metadata), {
        caseId: request.caseId,
        expectedVersion: request.expectedVersion,
        sessionIndex: request.sessionIndex,
        workerAttendance: attendanceOf(request.workerAttendance),
        employerAttendance: attendanceOf(request.employerAttendance),
        record: request.record,
      }),
    );
  }

  async extendPeriod(request: mediation.ExtendPeriodRequest, metadata?: Metadata) {
    return answer(
      await this.sessions.extendPeriod(callerFrom(metadata), {
        caseId: request.caseId,
        expectedVersion: request.expectedVersion,
        newDueOn: request.newDueOn,
        workerAgreedAt: request.workerAgreedAt,
        employerAgreedAt: request.employerAgreedAt,
      }),
    );
  }

  async draftAgreement(request: mediation.DraftAgreementRequest, metadata?: Metadata) {
    const draft = request.draft;
    if (!draft) throw invalidArgument('no draft given', [{ field: 'draft', description: 'give the agreement draft' }]);
    return answer(
      await this.agreements.draft(callerFrom(metadata), {
        caseId: request.caseId,
        expectedVersion: request.expectedVersion,
        agreedOn: draft.agreedOn,
        settledClaims: draft.settledClaims.map((s) => ({
          claimIndex: s.claimIndex,
          amountFen: s.amountFen,
          ...(s.reasonAboveClaim ? { reasonAboveClaim: s.reasonAboveClaim } : {}),
        })),
        instalments: draft.instalments.map((i) => ({ dueOn: i.dueOn, amountFen: i.amountFen })),
        ...(draft.otherTerms ? { otherTerms: draft.otherTerms } : {}),
      }),
    );
  }

  async signAgreement(request: mediation.SignAgreementRequest, metadata?: Metadata) {
    return answer(
      await this.agreements.sign(callerFrom(metadata), {
        caseId: request.caseId,
        expectedVersion: request.expectedVersion,
        role: named(request.role, 'SIGNER_ROLE_') as SignerRole,
        method: named(request.method, 'SIGNATURE_METHOD_') as SignatureMethod,
      }),
    );
  }

  async recordPayment(request: mediation.RecordPaymentRequest, metadata?: Metadata) {
    return answer(
      await this.performance.recordPayment(callerFrom(metadata), {
        caseId: request.caseId,
        expectedVersion: request.expectedVersion,
        instalmentIndex: request.instalmentIndex,
        amountFen: request.amountFen,
        paidOn: request.paidOn,
      }),
    );
  }

  async requestCourtRoute(request: mediation.RequestCourtRouteRequest, metadata?: Metadata) {
    return answer(
      await this.performance.requestCourtRoute(callerFrom(metadata), {
        caseId: request.caseId,
        expectedVersion: request.expectedVersion,
        route: named(request.route, 'COURT_ROUTE_') as 'PAYMENT_ORDER' | 'JUDICIAL_CONFIRMATION',
      }),
    );
  }

  async reviewMediationCases(request: mediation.ReviewMediationCasesRequest, metadata?: Metadata) {
    requireMayReview(callerFrom(metadata));
    return this.review.review(instantOrNow(request.asOf, 'asOf'));
  }

  async listMediators(request: mediation.ListMediatorsRequest, metadata?: Metadata) {
    const entries = await this.roll.list(callerFrom(metadata), request.countyCode);
    return { mediators: entries.map(toMediator) };
  }

  async enrolMediator(request: mediation.EnrolMediatorRequest, metadata?: Metadata) {
    const entry = await this.roll.enrol(callerFrom(metadata), {
      countyCode: request.countyCode,
      staffUserId: request.staffUserId,
      name: request.name,
      kind: named(request.kind, 'MEDIATOR_KIND_') as MediatorKind,
      active: request.active,
    });
    return { mediator: toMediator(entry) };
  }

  async listMediationDocuments(request: mediation.ListMediationDocumentsRequest, metadata?: Metadata) {
    const record = await this.find.get(callerFrom(metadata), request.caseId);
    return { documents: record.documents.map((issued) => toMediationDocument(record.caseId, issued)) };
  }

  async getMediationDocument(request: mediation.GetMediationDocumentRequest, metadata?: Metadata) {
    const kind = named(request.kind, 'MEDIATION_DOCUMENT_KIND_') as MediationDocumentKind | '';
    if (!(MEDIATION_DOCUMENT_KINDS as readonly string[]).includes(kind)) {
      throw invalidArgument('no document kind given', [
        { field: 'kind', description: `must be one of ${MEDIATION_DOCUMENT_KINDS.join(', ')}` },
      ]);
    }
    const rendered = await this.documents.render(callerFrom(metadata), request.caseId, kind as MediationDocumentKind);
    return {
      document: toMediationDocument(request.caseId, rendered.issued),
      pdf: rendered.pdf,
      fileName: rendered.fileName,
    };
  }

  async getMediationStatistics(request: mediation.GetMediationStatisticsRequest, metadata?: Metadata) {
    return this.statistics.execute(callerFrom(metadata), request.countyCodes);
  }
}

function toMediator(entry: {
  staffUserId: string;
  name: string;
  kind: MediatorKind;
  countyCode: string;
  openCaseIds: string[];
}): mediation.Mediator {
  return {
    staffUserId: entry.staffUserId,
    name: entry.name,
    kind: toProtoEnum(entry.kind, 'MEDIATOR_KIND_', mediation.MediatorKind),
    countyCode: entry.countyCode,
    openCases: entry.openCaseIds.length,
  };
}
