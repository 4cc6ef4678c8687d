import { HttpException } from '@nestjs/common';
import type { arbitration } from '@onewindow/contracts';
import type { ApiError } from '@onewindow/gateway-api';
import type {
  ChallengeArbitratorDto,
  ComposeTribunalDto,
  DecideAdvanceEnforcementDto,
  DecideChallengeDto,
  IssueAwardDto,
  IssueMediationStatementDto,
  PostponeHearingDto,
  RecordApplicationCopyServiceDto,
  RecordHearingDto,
  ScheduleHearingDto,
} from './proceedings.dto';

// The REST bodies as arbitration's requests (the path's case, hearing and challenge added, omitted optionals as
// the wire's empty values), and arbitration's field names back as the REST body's.

export const toRecordApplicationCopyService = (
  caseId: string,
  body: RecordApplicationCopyServiceDto,
): arbitration.RecordApplicationCopyServiceRequest => ({
  caseId,
  method: body.method,
  trackingNumber: body.trackingNumber ?? '',
  receivedOn: body.receivedOn,
  signedBy: body.signedBy ?? '',
});

export const toComposeTribunal = (caseId: string, body: ComposeTribunalDto): arbitration.ComposeTribunalRequest => ({
  caseId,
  form: body.form,
  arbitrators: body.arbitrators.map(({ arbitratorId, name, role }) => ({ arbitratorId, name, role })),
  composedOn: body.composedOn,
  factsClear: body.factsClear ?? false,
  bothPartiesAgree: body.bothPartiesAgree ?? false,
  notifiedOn: body.notifiedOn ?? '',
});

export const toChallengeArbitrator = (
  caseId: string,
  body: ChallengeArbitratorDto,
): arbitration.ChallengeArbitratorRequest => ({
  caseId,
  arbitratorId: body.arbitratorId,
  party: body.party,
  ground: body.ground,
  reason: body.reason,
  filedOn: body.filedOn,
  stage: body.stage,
  groundLearnedAfterHearingBegan: body.groundLearnedAfterHearingBegan ?? false,
  challengedIsCommissionChair: body.challengedIsCommissionChair ?? false,
});

export const toDecideChallenge = (
  caseId: string,
  challengeIndex: string,
  body: DecideChallengeDto,
): arbitration.DecideChallengeRequest => ({
  caseId,
  challengeIndex: Number(challengeIndex),
  decision: body.decision,
  decidedBy: body.decidedBy,
  decidedOn: body.decidedOn,
  reason: body.reason,
  replacementArbitratorId: body.replacementArbitratorId ?? '',
  replacementName: body.replacementName ?? '',
});

export const toScheduleHearing = (caseId: string, body: ScheduleHearingDto): arbitration.ScheduleHearingRequest => ({
  caseId,
  startsAt: body.startsAt,
  endsAt: body.endsAt,
  roomId: body.roomId ?? '',
  place: body.place ?? '',
  meetingLink: body.meetingLink ?? '',
  noticeServedOn: body.noticeServedOn,
});

export const toPostponeHearing = (
  caseId: string,
  hearingId: string,
  body: PostponeHearingDto,
): arbitration.PostponeHearingRequest => ({
  caseId,
  hearingId,
  party: body.party,
  requestedOn: body.requestedOn,
  reason: body.reason,
  granted: body.granted,
  decidedOn: body.decidedOn,
  decisionReason: body.decisionReason,
});

export const toRecordHearing = (
  caseId: string,
  hearingId: string,
  body: RecordHearingDto,
): arbitration.RecordHearingRequest => ({
  caseId,
  hearingId,
  recordText: body.recordText,
  absences: (body.absences ?? []).map((absence) => ({
    party: absence.party,
    kind: absence.kind,
    writtenNoticeReceivedOn: absence.writtenNoticeReceivedOn ?? '',
    reason: absence.reason ?? '',
    reasonAccepted: absence.reasonAccepted ?? false,
  })),
});

export const toIssueMediationStatement = (
  caseId: string,
  body: IssueMediationStatementDto,
): arbitration.IssueMediationStatementRequest => ({
  caseId,
  issuedOn: body.issuedOn,
  settledClaims: body.settledClaims.map(({ claimIndex, amountFen, reasonAboveClaim }) => ({
    claimIndex,
    amountFen,
    reasonAboveClaim: reasonAboveClaim ?? '',
  })),
  otherTerms: body.otherTerms ?? '',
});

/** IssueAward and PreviewAward take the same request: the preview is the award as it would be made. */
export const toAwardRequest = (caseId: string, body: IssueAwardDto): arbitration.IssueAwardRequest => ({
  caseId,
  awardedOn: body.awardedOn,
  scope: body.scope,
  decisions: body.decisions.map(({ claimIndex, outcome, amountFen, reasons }) => ({
    claimIndex,
    outcome,
    amountFen,
    reasons,
  })),
  partialBasis: body.partialBasis ?? '',
});

export const toDecideAdvanceEnforcement = (
  caseId: string,
  body: DecideAdvanceEnforcementDto,
): arbitration.DecideAdvanceEnforcementRequest => ({
  caseId,
  appliedOn: body.appliedOn,
  decidedOn: body.decidedOn,
  items: body.items.map(({ claimIndex, amountFen, category }) => ({ claimIndex, amountFen, category: category ?? '' })),
  rightsAndObligationsClear: body.rightsAndObligationsClear,
  livelihoodSeriouslyAffected: body.livelihoodSeriouslyAffected,
});

/** How arbitration's rules name a field, and the REST body's name for it (`$1` keeps an index). */
export type FieldNames = readonly (readonly [RegExp, string])[];

/**
 * The hearing's rules speak of its venue (arbitration names the other steps' fields as their requests do);
 * the REST body has the venue's parts flat.
 */
export const SCHEDULE_HEARING_FIELDS: FieldNames = [
  [/^venue\.(roomId|place|meetingLink)$/, '$1'],
  [/^venue(\.mode)?$/, 'roomId'],
];
export const restFieldOf = (names: FieldNames, serviceField: string): string => {
  const rename = names.find(([pattern]) => pattern.test(serviceField));
  return rename ? serviceField.replace(rename[0], rename[1]) : serviceField;
};

/** A refusal from arbitration with its field violations named as the REST body names them. */
export async function withRestFieldNames<T>(names: FieldNames, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HttpException && names.length > 0) {
      const body = error.getResponse() as ApiError;
      if (body.violations?.some((v) => restFieldOf(names, v.field) !== v.field)) {
        throw new HttpException(
          { ...body, violations: body.violations.map((v) => ({ ...v, field: restFieldOf(names, v.field) })) },
          error.getStatus(),
        );
      }
    }
    throw error;
  }
}
