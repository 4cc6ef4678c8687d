// A party absent from the hearing (拒不到庭) or leaving it without the tribunal's leave (未经仲裁庭同意中途退庭),
// 劳动争议调解仲裁法 Art. 36; 办案规则 Art. 39. Only after the party received the written notice of the hearing
// (收到书面通知), and only without good reason (无正当理由):
// - the applicant: the application may be treated as withdrawn (可以视为撤回仲裁申请); a new application on the
//   same facts is then not accepted (办案规则 Art. 39 para 1);
// - the respondent: the tribunal may go on and decide in absence (可以继续开庭，并缺席裁决, Art. 39 para 2).
// With a reason the tribunal accepts as good, neither follows: the hearing is postponed (延期开庭) instead.
// The tribunal decides whether to apply Art. 36 (可以): this rule says what it may do, the use case records it.
import { compareIsoDates, IsoDate } from '@onewindow/calendar';
import { InvalidProceedingsInputError, ProceedingsPreconditionError } from './proceedings.errors';
import {
  assertBoolean,
  assertCountyCode,
  assertIsoDate,
  assertObject,
  assertOneOf,
  assertTextValue,
} from './proceedings-input.validation';
import { CountyCode } from './matter-content';

const LAW = '《劳动争议调解仲裁法》';
const RULES_2017 = '《劳动人事争议仲裁办案规则》（人社部令第33号）';

export const ABSENCE_CITATION = `${LAW}第三十六条；${RULES_2017}第三十九条`;

export const HEARING_PARTIES = ['APPLICANT', 'RESPONDENT'] as const;
export type HearingParty = (typeof HEARING_PARTIES)[number];
export const HEARING_PARTY_ZH: Record<HearingParty, string> = { APPLICANT: '申请人', RESPONDENT: '被申请人' };

export const ABSENCE_KINDS = ['DID_NOT_APPEAR', 'LEFT_WITHOUT_LEAVE'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];
const ABSENCE_ZH: Record<AbsenceKind, string> = {
  DID_NOT_APPEAR: '拒不到庭',
  LEFT_WITHOUT_LEAVE: '未经仲裁庭同意中途退庭',
};

export interface AbsenceReason {
  /** the reason the party gave */
  readonly text: string;
  /** whether the tribunal accepts it as good reason (正当理由) */
  readonly acceptedByTribunal: boolean;
}

export interface AbsenceInput {
  readonly countyCode: CountyCode;
  readonly party: HearingParty;
  readonly kind: AbsenceKind;
  readonly hearingOn: IsoDate;
  /** the day the party received the written notice of the hearing; absent when none was received */
  readonly writtenNoticeReceivedOn?: IsoDate;
  /** the reason given, if any */
  readonly reason?: AbsenceReason;
}

export type AbsenceConsequence =
  | {
      readonly consequence: 'TREATED_AS_WITHDRAWN';
      readonly countyCode: CountyCode;
      readonly party: 'APPLICANT';
      readonly hearingOn: IsoDate;
      /** a new application on the same facts is not accepted (办案规则 Art. 39) */
      readonly reapplicationBarred: true;
      readonly reason: string;
      readonly rejectedExcuse?: string;
      readonly citation: string;
    }
  | {
      readonly consequence: 'DECIDED_IN_ABSENCE';
      readonly countyCode: CountyCode;
      readonly party: 'RESPONDENT';
      readonly hearingOn: IsoDate;
      /** the tribunal goes on with the hearing (继续开庭) */
      readonly hearingContinues: true;
      readonly reason: string;
      readonly rejectedExcuse?: string;
      readonly citation: string;
    }
  | {
      readonly consequence: 'POSTPONED';
      readonly countyCode: CountyCode;
      readonly party: HearingParty;
      readonly hearingOn: IsoDate;
      /** the good reason accepted: a new hearing is set and noticed again */
      readonly reason: string;
      readonly citation: string;
    };

/** What the tribunal may do about a party's absence. */
export function decideOnAbsence(input: AbsenceInput): AbsenceConsequence {
  assertObject(input, 'input');
  assertCountyCode(input.countyCode, 'countyCode');
  assertOneOf(input.party, HEARING_PARTIES, 'party');
  assertOneOf(input.kind, ABSENCE_KINDS, 'kind');
  assertIsoDate(input.hearingOn, 'hearingOn');
  if (input.writtenNoticeReceivedOn !== undefined) {
    assertIsoDate(input.writtenNoticeReceivedOn, 'writtenNoticeReceivedOn');
  }
  if (input.reason !== undefined) {
    assertObject(input.reason, 'reason');
    assertTextValue(input.reason.text, 'reason.text', { min: 2, max: 500 });
    assertBoolean(input.reason.acceptedByTribunal, 'reason.acceptedByTribunal');
  }
  if (input.writtenNoticeReceivedOn === undefined) {
    throw new ProceedingsPreconditionError(
      'writtenNoticeReceivedOn',
      `the ${HEARING_PARTY_ZH[input.party]} did not receive a written notice of the hearing, so the absence has no ` +
        'consequence (收到书面通知, 劳动争议调解仲裁法第三十六条); serve the notice and set the hearing again',
    );
  }
  if (compareIsoDates(input.writtenNoticeReceivedOn, input.hearingOn) > 0) {
    throw new InvalidProceedingsInputError(
      'writtenNoticeReceivedOn',
      `${input.writtenNoticeReceivedOn} is after the hearing on ${input.hearingOn}`,
    );
  }

  const who = HEARING_PARTY_ZH[input.party];
  if (input.reason?.acceptedByTribunal) {
    return {
      consequence: 'POSTPONED',
      countyCode: input.countyCode,
      party: input.party,
      hearingOn: input.hearingOn,
      reason: `${who}因正当理由（${input.reason.text.trim()}）未能参加 ${input.hearingOn} 的开庭，延期开庭`,
      citation: ABSENCE_CITATION,
    };
  }
  const rejectedExcuse = input.reason ? input.reason.text.trim() : undefined;
  const what = `${who}收到书面开庭通知后，无正当理由${ABSENCE_ZH[input.kind]}（${input.hearingOn}）`;
  if (input.party === 'APPLICANT') {
    return {
      consequence: 'TREATED_AS_WITHDRAWN',
      countyCode: input.countyCode,
      party: 'APPLICANT',
      hearingOn: input.hearingOn,
      reapplicationBarred: true,
      reason: `${what}，按撤回仲裁申请处理；申请人就原事由重新申请仲裁的，不予受理`,
      ...(rejectedExcuse === undefined ? {} : { rejectedExcuse }),
      citation: ABSENCE_CITATION,
    };
  }
  return {
    consequence: 'DECIDED_IN_ABSENCE',
    countyCode: input.countyCode,
    party: 'RESPONDENT',
    hearingOn: input.hearingOn,
    hearingContinues: true,
    reason: `${what}，仲裁庭继续开庭，可以缺席裁决`,
    ...(rejectedExcuse === undefined ? {} : { rejectedExcuse }),
    citation: ABSENCE_CITATION,
  };
}
