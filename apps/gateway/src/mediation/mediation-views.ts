// Mediation's gRPC messages as the REST contract's JSON (libs/gateway-api): enum prefixes dropped, empty
// proto strings left out where the REST type makes a field optional. The worker's view (portal) is cut from
// the staff view here, in one place: no conflicts of interest, no 调解笔录 or attendance, no note of how the
// notices went, no staff ids.
import { fromProtoEnum, mediation, toProtoEnum } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { toRestDeadline } from '../service-clients/rest-views';

// 'failure-notice' in a path ↔ MEDIATION_DOCUMENT_KIND_FAILURE_NOTICE on the wire.
export const toProtoDocumentKind = (kind: rest.MediationDocumentKind) =>
  toProtoEnum(kind.toUpperCase().replace(/-/g, '_'), 'MEDIATION_DOCUMENT_KIND_', mediation.MediationDocumentKind);

const documentKindOf = (kind: mediation.MediationDocumentKind) =>
  fromProtoEnum(kind, 'MEDIATION_DOCUMENT_KIND_').toLowerCase().replace(/_/g, '-') as rest.MediationDocumentKind;

export const toRestMediationDocument = (document: mediation.MediationDocument): rest.MediationDocument => ({
  caseId: document.caseId,
  kind: documentKindOf(document.kind),
  title: document.title,
  number: document.number,
  issuedOn: document.issuedOn,
});

export const toRestMediator = (mediator: mediation.Mediator): rest.Mediator => ({
  staffUserId: mediator.staffUserId,
  name: mediator.name,
  kind: fromProtoEnum(mediator.kind, 'MEDIATOR_KIND_') as rest.MediatorKind,
  countyCode: mediator.countyCode,
  openCases: mediator.openCases,
});

export const toRestStatus = (status: mediation.MediationStatus) =>
  fromProtoEnum(status, 'MEDIATION_STATUS_') as rest.MediationStatus;

function toRestVenue(venue: mediation.SessionVenue | undefined): rest.MediationSessionVenue {
  if (venue?.meetingLink) return { mode: 'ONLINE', meetingLink: venue.meetingLink };
  return { mode: 'ON_SITE', place: venue?.place ?? '' };
}

export const toProtoVenue = (venue: rest.MediationSessionVenue): mediation.SessionVenue =>
  venue.mode === 'ONLINE' ? { meetingLink: venue.meetingLink ?? '' } : { place: venue.place ?? '' };

const attendanceOf = (value: string): rest.SessionAttendance | undefined =>
  value === 'PRESENT' || value === 'ABSENT' ? value : undefined;

function toRestSession(session: mediation.MediationSession, index: number): rest.MediationSession {
  const workerAttendance = attendanceOf(session.workerAttendance);
  const employerAttendance = attendanceOf(session.employerAttendance);
  return {
    index,
    startsAt: session.startsAt,
    venue: toRestVenue(session.venue),
    ...(workerAttendance ? { workerAttendance } : {}),
    ...(employerAttendance ? { employerAttendance } : {}),
    ...(session.record ? { record: session.record } : {}),
    notices: [...session.notices],
  };
}

const toRestSettledClaim = (claim: mediation.SettledClaim): rest.SettledClaim => ({
  claimIndex: claim.claimIndex,
  category: fromProtoEnum(claim.category, 'CLAIM_CATEGORY_'),
  claimedFen: Number(claim.claimedFen),
  amountFen: Number(claim.amountFen),
  ...(claim.reasonAboveClaim ? { reasonAboveClaim: claim.reasonAboveClaim } : {}),
});

const INSTALMENT_STATUSES = ['PAID', 'PARTLY_PAID', 'UNPAID', 'NOT_YET_DUE'] as const;

const toRestInstalment = (instalment: mediation.Instalment): rest.AgreementInstalment => ({
  dueOn: instalment.dueOn,
  amountFen: Number(instalment.amountFen),
  status: (INSTALMENT_STATUSES as readonly string[]).includes(instalment.status)
    ? (instalment.status as rest.AgreementInstalment['status'])
    : 'NOT_YET_DUE',
  paidFen: Number(instalment.paidFen),
});

const toRestSignature = (signature: mediation.Signature): rest.AgreementSignature => ({
  role: fromProtoEnum(signature.role, 'SIGNER_ROLE_') as rest.SignerRole,
  signerId: signature.signerId,
  signedAt: signature.signedAt,
  method: fromProtoEnum(signature.method, 'SIGNATURE_METHOD_') as rest.SignatureMethod,
});

const agreementStatusOf = (status: string): rest.MediationAgreement['status'] =>
  status === 'SIGNING' || status === 'SEALED' ? status : 'DRAFT';

function toRestAgreement(agreement: mediation.Agreement): rest.MediationAgreement {
  return {
    number: agreement.number,
    agreedOn: agreement.agreedOn,
    settledClaims: agreement.settledClaims.map(toRestSettledClaim),
    totalFen: Number(agreement.totalFen),
    instalments: agreement.instalments.map(toRestInstalment),
    otherTerms: agreement.otherTerms,
    signatures: agreement.signatures.map(toRestSignature),
    status: agreementStatusOf(agreement.status),
    ...(agreement.effectiveOn ? { effectiveOn: agreement.effectiveOn } : {}),
  };
}

const toRestCourtApplication = (application: mediation.CourtApplication): rest.CourtApplication => ({
  route: fromProtoEnum(application.route, 'COURT_ROUTE_') as rest.CourtRoute,
  requestedOn: application.requestedOn,
  requestedBy: application.requestedBy,
  referralId: application.referralId,
  amountFen: Number(application.amountFen),
  reason: application.reason,
});

/** The case as the mediator and the supervisor see it. */
export function toRestMediationCase(found: mediation.MediationCase): rest.MediationCase {
  return {
    caseId: found.caseId,
    referralId: found.referralId,
    matterId: found.matterId,
    matterNumber: found.matterNumber,
    countyCode: found.countyCode,
    status: toRestStatus(found.status),
    receivedOn: found.receivedOn,
    recommendationNumber: found.recommendationNumber,
    workerName: found.workerName,
    employerName: found.employerName,
    claims: found.claims.map((claim) => ({
      category: fromProtoEnum(claim.category, 'CLAIM_CATEGORY_'),
      description: claim.description,
      amountFen: Number(claim.amountFen),
    })),
    ...(found.period ? { period: toRestDeadline(found.period) } : {}),
    statutoryDueOn: found.statutoryDueOn,
    extensions: [...found.extensions],
    employerConsented: found.employerConsented,
    employerAnsweredAt: found.employerAnsweredAt,
    mediators: found.mediators.map(toRestMediator),
    conflicts: found.conflicts.map((conflict) => ({
      staffUserId: conflict.staffUserId,
      party: fromProtoEnum(conflict.party, 'MEDIATION_PARTY_') as rest.MediationParty,
      reason: conflict.reason,
      declaredOn: conflict.declaredOn,
    })),
    sessions: found.sessions.map(toRestSession),
    ...(found.agreement ? { agreement: toRestAgreement(found.agreement) } : {}),
    payments: found.payments.map((payment) => ({
      instalmentIndex: payment.instalmentIndex,
      amountFen: Number(payment.amountFen),
      paidOn: payment.paidOn,
      recordedBy: payment.recordedBy,
    })),
    courtApplications: found.courtApplications.map(toRestCourtApplication),
    outcomeReason: found.outcomeReason,
    concludedOn: found.concludedOn,
    documents: found.documents.map(toRestMediationDocument),
    version: found.version,
    paymentOrderAvailable: found.paymentOrderAvailable,
    paymentOrderReason: found.paymentOrderReason,
    judicialConfirmationDueOn: found.judicialConfirmationDueOn,
  };
}

/**
 * The worker's view of their mediation (portal): when and where the sessions are, the agreement with its
 * amounts and schedule, the documents; nothing of the staff's working notes.
 */
export function toPublicMediationView(found: mediation.MediationCase): rest.PublicMediationView {
  const staff = toRestMediationCase(found);
  const agreement = staff.agreement;
  const workerSigned = agreement?.signatures.some((signature) => signature.role === 'WORKER') ?? false;
  return {
    matterNumber: staff.matterNumber,
    status: staff.status,
    receivedOn: staff.receivedOn,
    recommendationNumber: staff.recommendationNumber,
    ...(staff.period ? { period: staff.period } : {}),
    employerConsented: staff.employerConsented,
    mediators: staff.mediators.map(({ name, kind }) => ({ name, kind })),
    sessions: staff.sessions.map(({ startsAt, venue }) => ({ startsAt, venue })),
    ...(agreement
      ? {
          agreement: {
            number: agreement.number,
            agreedOn: agreement.agreedOn,
            settledClaims: agreement.settledClaims,
            totalFen: agreement.totalFen,
            instalments: agreement.instalments,
            otherTerms: agreement.otherTerms,
            signatures: agreement.signatures.map(({ role, signedAt, method }) => ({ role, signedAt, method })),
            status: agreement.status,
            ...(agreement.effectiveOn ? { effectiveOn: agreement.effectiveOn } : {}),
          },
        }
      : {}),
    // The agreement awaits the worker while the case is in mediation and it is not sealed nor signed by them.
    workerMaySign:
      staff.status === 'IN_MEDIATION' && agreement !== undefined && agreement.status !== 'SEALED' && !workerSigned,
    courtApplications: staff.courtApplications.map(({ route, requestedOn }) => ({ route, requestedOn })),
    outcomeReason: staff.outcomeReason,
    concludedOn: staff.concludedOn,
    documents: staff.documents,
    version: staff.version,
  };
}

/**
 * The dashboard's mediation figures. successRate is a ratio between 0 and 1 (resolved / concluded, 0 when none
 * concluded), as the dashboard's other rates; the average days come in tenths (no float on the wire).
 */
export function toRestMediationStatistics(figures: mediation.GetMediationStatisticsResponse): rest.MediationStatistics {
  return {
    concluded: figures.concluded,
    resolved: figures.resolved,
    successRate: figures.concluded === 0 ? 0 : figures.resolved / figures.concluded,
    averageDaysToAgreement: figures.averageDaysToAgreementTenths / 10,
    agreements: figures.agreements,
    agreementsPerformed: figures.agreementsPerformed,
    agreementsNotPerformed: figures.agreementsNotPerformed,
    open: figures.open,
    periodBreaches: figures.periodBreaches,
  };
}
