// Withdrawal of the application (撤回仲裁申请), 办案规则 Art. 35: the applicant may withdraw at any time until the
// case is decided — by the award (裁决书) or by the 仲裁调解书 once both parties have signed for it (经双方当事人
// 签收后，发生法律效力, 劳动争议调解仲裁法 Art. 42) — and not after. Parties who settle (和解) may withdraw
// (Art. 41). An applicant absent without good reason may be treated as having withdrawn (Art. 36; see
// absence.ts). Either way the case ends, and routing is told by the office contract: CONCLUDED / CLOSED
// with the reason (libs/office OfficeAnswer).
// A partial award (先行裁决, Art. 43 para 2) does not decide the case: the rest may still be withdrawn.
import { compareIsoDates, IsoDate, todayInChina } from '@onewindow/calendar';
import { ProceedingsPreconditionError, InvalidProceedingsInputError } from './proceedings.errors';
import { AbsenceConsequence } from './absence';
import {
  assertBoolean,
  assertClock,
  assertCountyCode,
  assertIdValue,
  assertIsoDate,
  assertObject,
  assertOneOf,
  assertTextValue,
} from './proceedings-input.validation';
import { CountyCode } from './matter-content';

const LAW = '《劳动争议调解仲裁法》';
const RULES_2017 = '《劳动人事争议仲裁办案规则》（人社部令第33号）';

export const WITHDRAWAL_CITATION = `${RULES_2017}第三十五条；${LAW}第四十一条`;
export const DEEMED_WITHDRAWAL_CITATION = `${LAW}第三十六条；${RULES_2017}第三十九条`;

/** What a withdrawal needs to know of the case. */
export interface CaseForWithdrawal {
  readonly countyCode: CountyCode;
  readonly acceptedOn: IsoDate;
  /** the day the award that decides the case was made (not a partial award) */
  readonly awardMadeOn?: IsoDate;
  /** the day the second party signed for the 仲裁调解书, when both have */
  readonly mediationStatementSignedOn?: IsoDate;
  /** the day the case already ended another way (withdrawn, treated as withdrawn) */
  readonly endedOn?: IsoDate;
}

export interface WithdrawalRequest {
  readonly withdrawnOn: IsoDate;
  /** only the applicant withdraws its application */
  readonly requestedBy: 'APPLICANT';
  readonly reason: string;
  /** the parties settled (自行和解, Art. 41) */
  readonly settled?: boolean;
  /** the staff user who recorded the request */
  readonly recordedBy: string;
}

/** The office contract's answer (libs/office OfficeAnswer) that closes routing's referral. */
export interface ClosedOfficeAnswer {
  readonly kind: 'CONCLUDED';
  readonly outcome: 'CLOSED';
  readonly reason: string;
}

export interface Withdrawal {
  readonly countyCode: CountyCode;
  readonly kind: 'WITHDRAWN' | 'TREATED_AS_WITHDRAWN';
  readonly withdrawnOn: IsoDate;
  readonly reason: string;
  /** the case ends: its deadlines (award, service, defence) are no longer due */
  readonly endsCase: true;
  /** after a deemed withdrawal a new application on the same facts is not accepted (办案规则 Art. 39) */
  readonly reapplicationBarred: boolean;
  readonly recordedBy?: string;
  readonly officeAnswer: ClosedOfficeAnswer;
  readonly citation: string;
}

/** The applicant's withdrawal, refused once the award is made or the 调解书 signed by both parties. */
export function withdrawApplication(
  current: CaseForWithdrawal,
  request: WithdrawalRequest,
  context: { readonly now: Date },
): Withdrawal {
  assertObject(request, 'request');
  assertIsoDate(request.withdrawnOn, 'withdrawnOn');
  assertOneOf(request.requestedBy, ['APPLICANT'] as const, 'requestedBy');
  assertTextValue(request.reason, 'reason', { min: 2, max: 500 });
  if (request.settled !== undefined) assertBoolean(request.settled, 'settled');
  assertIdValue(request.recordedBy, 'recordedBy');
  assertClock(context?.now);
  assertCase(current);
  assertWithdrawableOn(current, request.withdrawnOn, todayInChina(context.now), 'withdrawnOn');
  const reason =
    `申请人于 ${request.withdrawnOn} 撤回仲裁申请` +
    (request.settled ? '（双方自行和解）' : '') +
    `：${request.reason.trim()}`;
  return {
    countyCode: current.countyCode,
    kind: 'WITHDRAWN',
    withdrawnOn: request.withdrawnOn,
    reason,
    endsCase: true,
    reapplicationBarred: false,
    recordedBy: request.recordedBy,
    officeAnswer: { kind: 'CONCLUDED', outcome: 'CLOSED', reason },
    citation: WITHDRAWAL_CITATION,
  };
}

/** The case closed as withdrawn after the tribunal treated the applicant's absence so (Art. 36). */
export function withdrawalOnAbsence(
  current: CaseForWithdrawal,
  absence: AbsenceConsequence,
  decidedOn: IsoDate,
  context: { readonly now: Date },
): Withdrawal {
  assertIsoDate(decidedOn, 'decidedOn');
  assertClock(context?.now);
  if (absence?.consequence !== 'TREATED_AS_WITHDRAWN') {
    throw new ProceedingsPreconditionError(
      'absence.consequence',
      `only an applicant's absence treated as withdrawal closes the case; got ${String(absence?.consequence)}`,
    );
  }
  assertCase(current);
  if (absence.countyCode !== current.countyCode) {
    throw new InvalidProceedingsInputError(
      'absence.countyCode',
      `the absence was recorded in ${absence.countyCode}, the case is in ${current.countyCode}`,
    );
  }
  if (compareIsoDates(decidedOn, absence.hearingOn) < 0) {
    throw new InvalidProceedingsInputError('decidedOn', `${decidedOn} is before the hearing on ${absence.hearingOn}`);
  }
  assertWithdrawableOn(current, decidedOn, todayInChina(context.now), 'decidedOn');
  return {
    countyCode: current.countyCode,
    kind: 'TREATED_AS_WITHDRAWN',
    withdrawnOn: decidedOn,
    reason: absence.reason,
    endsCase: true,
    reapplicationBarred: true,
    officeAnswer: { kind: 'CONCLUDED', outcome: 'CLOSED', reason: absence.reason },
    citation: DEEMED_WITHDRAWAL_CITATION,
  };
}

function assertCase(current: CaseForWithdrawal): void {
  assertObject(current, 'case');
  assertCountyCode(current.countyCode, 'countyCode');
  assertIsoDate(current.acceptedOn, 'acceptedOn');
  for (const field of ['awardMadeOn', 'mediationStatementSignedOn', 'endedOn'] as const) {
    if (current[field] !== undefined) assertIsoDate(current[field], field);
  }
}

function assertWithdrawableOn(current: CaseForWithdrawal, day: IsoDate, today: IsoDate, field: string): void {
  if (compareIsoDates(day, current.acceptedOn) < 0) {
    throw new InvalidProceedingsInputError(field, `${day} is before the case was accepted (${current.acceptedOn})`);
  }
  if (compareIsoDates(day, today) > 0)
    throw new InvalidProceedingsInputError(field, `${day} is after today (${today})`);
  if (current.endedOn !== undefined) {
    throw new ProceedingsPreconditionError(field, `the case already ended on ${current.endedOn}`);
  }
  if (current.awardMadeOn !== undefined) {
    throw new ProceedingsPreconditionError(
      field,
      `the award was made on ${current.awardMadeOn}; an application can be withdrawn only before the award ` +
        '(a party who disagrees may go to court within the time the award states)',
    );
  }
  if (current.mediationStatementSignedOn !== undefined) {
    throw new ProceedingsPreconditionError(
      field,
      `the 仲裁调解书 was signed by both parties on ${current.mediationStatementSignedOn} and ended the case ` +
        '(劳动争议调解仲裁法第四十二条); it can no longer be withdrawn',
    );
  }
}
