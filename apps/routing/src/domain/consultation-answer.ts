// A consultation (咨询) answered by a named staff member (咨询解答登记): the Suizhou plan (随人社函〔2023〕36号)
// asks the window to answer questions on law and policy (四(三): 对法律法规政策咨询的，作好解答工作; 四(五):
// 来访者政策咨询解答) and register them closed. What was answered, on what basis (依据: the law and article
// or the policy) and by whom is kept with the referral, so the worker and later staff can read it.
import { acknowledgeReferral, type ReferralState, reportReferralOutcome, type Transition } from './referral-lifecycle';

export const MAX_CONSULTATION_ANSWER_LENGTH = 2000;
export const MAX_CONSULTATION_BASIS_LENGTH = 500;
export const MAX_ANSWERER_NAME_LENGTH = 50;
export const MAX_REQUEST_ID_LENGTH = 100;

export interface ConsultationAnswerer {
  /** The verified caller's user id. */
  userId: string;
  /** The name staff and the worker read; the user id when the gateway gave none. */
  name: string;
}

export interface ConsultationAnswer {
  answer: string;
  /** 依据: the law and article, or the policy, the answer rests on. */
  basis: string;
  answeredBy: ConsultationAnswerer;
  answeredAt: string;
  /** The client's request id, when given: a repeat of the same answer returns it instead of a refusal. */
  requestId?: string;
}

export interface GivenConsultationAnswer {
  answer: string;
  basis: string;
  answeredBy: ConsultationAnswerer;
  requestId?: string;
}

/**
 * Why an answer is refused. `field` names the request's field for bad input (INVALID_ARGUMENT);
 * `precondition` is about the referral (FAILED_PRECONDITION): not a consultation, or answered already.
 */
export class ConsultationAnswerRefusedError extends Error {
  constructor(
    readonly reason:
      | { field: 'answer' | 'basis' | 'answererName' | 'requestId' }
      | { precondition: 'not-a-consultation' | 'answered' },
    message: string,
  ) {
    super(message);
    this.name = 'ConsultationAnswerRefusedError';
  }
}

export type ConsultationReferral = ReferralState & { readonly consultationAnswer?: ConsultationAnswer };

export type ConsultationAnswerStep =
  | { kind: 'answered'; transition: Transition; answer: ConsultationAnswer }
  /** The same request id with the same answer again: the answer recorded the first time, nothing changes. */
  | { kind: 'repeat'; answer: ConsultationAnswer };

function bounded(value: string, field: 'answer' | 'basis', what: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new ConsultationAnswerRefusedError({ field }, `${field}: ${what} is required`);
  if ([...trimmed].length > max) {
    throw new ConsultationAnswerRefusedError({ field }, `${field}: ${what} is longer than ${max} characters`);
  }
  return trimmed;
}

function answererOf(given: ConsultationAnswerer): ConsultationAnswerer {
  const name = given.name.trim();
  if ([...name].length > MAX_ANSWERER_NAME_LENGTH) {
    throw new ConsultationAnswerRefusedError(
      { field: 'answererName' },
      `answererName: the answerer's name is longer than ${MAX_ANSWERER_NAME_LENGTH} characters`,
    );
  }
  return { userId: given.userId, name: name || given.userId };
}

/**
 * Answers a consultation referral, once. The referral is acknowledged (签收) and resolved in one step,
 * through the loop's own transitions, so an outcome still follows an acceptance; the matter then
 * concludes by the closure rule like any other (matter-closure.ts).
 */
export function answerConsultation(
  referral: ConsultationReferral,
  given: GivenConsultationAnswer,
  at: Date,
): ConsultationAnswerStep {
  if (referral.target !== 'CONSULTATION_CLOSE') {
    throw new ConsultationAnswerRefusedError(
      { precondition: 'not-a-consultation' },
      `the referral is addressed to ${referral.target}, not a consultation (CONSULTATION_CLOSE); answer it by acknowledgement and outcome`,
    );
  }
  if (given.requestId !== undefined && [...given.requestId].length > MAX_REQUEST_ID_LENGTH) {
    throw new ConsultationAnswerRefusedError(
      { field: 'requestId' },
      `requestId: longer than ${MAX_REQUEST_ID_LENGTH} characters`,
    );
  }
  const answer = given.answer.trim();
  const basis = given.basis.trim();
  const recorded = referral.consultationAnswer;
  if (recorded) {
    if (
      given.requestId &&
      recorded.requestId === given.requestId &&
      recorded.answer === answer &&
      recorded.basis === basis
    ) {
      return { kind: 'repeat', answer: recorded };
    }
    throw new ConsultationAnswerRefusedError(
      { precondition: 'answered' },
      `the consultation was answered already by ${recorded.answeredBy.name} at ${recorded.answeredAt}`,
    );
  }
  if (referral.status !== 'ISSUED') {
    throw new ConsultationAnswerRefusedError(
      { precondition: 'answered' },
      `the consultation is no longer awaiting an answer (status ${referral.status})`,
    );
  }
  const recordedAnswer: ConsultationAnswer = {
    answer: bounded(given.answer, 'answer', 'the answer', MAX_CONSULTATION_ANSWER_LENGTH),
    basis: bounded(
      given.basis,
      'basis',
      'the basis (依据: the law and article or the policy)',
      MAX_CONSULTATION_BASIS_LENGTH,
    ),
    answeredBy: answererOf(given.answeredBy),
    answeredAt: at.toISOString(),
    ...(given.requestId ? { requestId: given.requestId } : {}),
  };
  const accepted = acknowledgeReferral(referral, true, '');
  const resolved = reportReferralOutcome({ ...referral, status: accepted.status }, 'RESOLVED', '咨询已解答');
  return { kind: 'answered', transition: resolved, answer: recordedAnswer };
}
