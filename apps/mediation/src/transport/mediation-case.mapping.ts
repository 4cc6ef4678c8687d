import { common, mediation, toProtoEnum } from '@onewindow/contracts';
import { todayInChina } from '@onewindow/calendar';
import { judicialConfirmationWindow, paymentOrderRoute } from '../domain';
import { periodOnTheWire } from '../application/mediation-case-changes';
import type { IssuedMediationDocument, MediationCaseRecord } from '../application/mediation-case.repository';
import { performanceOf } from '../application/performance.use-case';

const enumOf = <E extends string>(value: string, prefix: string, values: Record<string, E>) =>
  toProtoEnum(value, prefix, values);

export const toMediationDocument = (caseId: string, issued: IssuedMediationDocument): mediation.MediationDocument => ({
  caseId,
  kind: enumOf(issued.kind, 'MEDIATION_DOCUMENT_KIND_', mediation.MediationDocumentKind),
  title: issued.title,
  number: issued.number,
  issuedOn: issued.issuedOn,
});

/** The case as the API shows it, with today's performance and the court routes open to it. */
export function toMediationCase(record: MediationCaseRecord, now = new Date()): mediation.MediationCase {
  const today = todayInChina(now);
  const performance = performanceOf(record, today);
  const sealed = record.agreement?.status === 'SEALED' ? record.agreement : undefined;
  const paymentOrder = sealed && performance ? paymentOrderRoute(sealed, performance) : undefined;
  const partyEnum = (party: string) => enumOf(party, 'MEDIATION_PARTY_', mediation.MediationParty);
  return {
    caseId: record.caseId,
    referralId: record.referralId,
    matterId: record.matterId,
    matterNumber: record.matterNumber,
    countyCode: record.countyCode,
    status: enumOf(record.status, 'MEDIATION_STATUS_', mediation.MediationStatus),
    receivedOn: record.receivedOn,
    recommendationNumber: record.recommendationNumber,
    workerName: record.workerName,
    employerName: record.employerName,
    claims: record.claims.map((claim) => ({
      category: enumOf(claim.category, 'CLAIM_CATEGORY_', common.ClaimCategory),
      description: claim.description,
      amountFen: claim.amountFen,
    })),
    period: periodOnTheWire(record.period),
    statutoryDueOn: record.period.statutoryDueOn,
    extensions: record.period.extensions.map(
      (extension) =>
        `${extension.previousDueOn} → ${extension.newDueOn}（双方当事人同意，${extension.recordedAt.slice(0, 10)} 记录）`,
    ),
    employerConsented: record.employerConsent?.consents ?? false,
    employerAnsweredAt: record.employerConsent?.answeredAt ?? '',
    mediators: (record.assignment?.mediators ?? []).map((m) => ({
      staffUserId: m.staffUserId,
      name: m.name,
      kind: enumOf(m.kind, 'MEDIATOR_KIND_', mediation.MediatorKind),
      countyCode: record.countyCode,
      openCases: 0,
    })),
    conflicts: record.conflicts.map((c) => ({
      staffUserId: c.staffUserId,
      party: partyEnum(c.party),
      reason: c.reason,
      declaredOn: c.declaredOn,
    })),
    sessions: record.sessions.map((s) => ({
      startsAt: s.startsAt,
      venue: s.venue.mode === 'ON_SITE' ? { place: s.venue.place } : { meetingLink: s.venue.meetingLink },
      workerAttendance: s.attendance.WORKER ?? '',
      employerAttendance: s.attendance.EMPLOYER ?? '',
      record: s.record ?? '',
      notices: s.noticesSent,
    })),
    agreement: record.agreement && {
      number: record.agreementNumber,
      agreedOn: record.agreement.agreedOn,
      settledClaims: record.agreement.settledClaims.map((c) => ({
        claimIndex: c.claimIndex,
        category: enumOf(c.category, 'CLAIM_CATEGORY_', common.ClaimCategory),
        claimedFen: c.claimedFen,
        amountFen: c.amountFen,
        reasonAboveClaim: c.reasonAboveClaim ?? '',
      })),
      totalFen: record.agreement.totalFen,
      instalments: record.agreement.instalments.map((inst, i) => ({
        dueOn: inst.dueOn,
        amountFen: inst.amountFen,
        status: performance?.instalments[i]?.status ?? '',
        paidFen: performance?.instalments[i]?.paidFen ?? 0,
      })),
      otherTerms: record.agreement.otherTerms ?? '',
      signatures: record.agreement.signatures.map((s) => ({
        role: enumOf(s.role, 'SIGNER_ROLE_', mediation.SignerRole),
        signerId: s.signerId,
        signedAt: s.signedAt,
        method: enumOf(s.method, 'SIGNATURE_METHOD_', mediation.SignatureMethod),
      })),
      status: record.agreement.status,
      effectiveOn: record.agreement.effectiveOn ?? '',
    },
    payments: record.payments.map((p) => ({ ...p })),
    courtApplications: record.courtApplications.map((c) => ({
      route: enumOf(c.route, 'COURT_ROUTE_', mediation.CourtRoute),
      requestedOn: c.requestedOn,
      requestedBy: c.requestedBy,
      referralId: c.requestId,
      amountFen: c.amountFen,
      reason: c.reason,
    })),
    outcomeReason: record.outcome?.reason ?? '',
    concludedOn: record.concludedOn,
    documents: record.documents.map((issued) => toMediationDocument(record.caseId, issued)),
    version: record.version,
    paymentOrderAvailable: paymentOrder?.available ?? false,
    paymentOrderReason: paymentOrder?.reason ?? '',
    judicialConfirmationDueOn: sealed ? judicialConfirmationWindow(sealed, today).dueOn : '',
  };
}
