import {
  answerConsultation,
  ConsultationAnswerRefusedError,
  type ConsultationReferral,
  type GivenConsultationAnswer,
  MAX_CONSULTATION_ANSWER_LENGTH,
  MAX_CONSULTATION_BASIS_LENGTH,
} from './consultation-answer';
import { isMatterConcluded } from './matter-closure';
import { initialState } from './referral-lifecycle';

const consultation: ConsultationReferral = {
  target: 'CONSULTATION_CLOSE',
  escalated: false,
  acknowledgeBy: { dueOn: '2026-12-01' },
  ...initialState(),
};

const given: GivenConsultationAnswer = {
  answer: ' 用人单位应当按月以货币形式支付工资，不得克扣或者无故拖欠。 ',
  basis: ' 《中华人民共和国劳动法》第五十条 ',
  answeredBy: { userId: 'clerk.zengdu', name: '王窗口' },
};

const at = new Date('2026-12-01T02:30:00Z');

/** The refusal `work` throws: its field (bad input) or its precondition (the referral's state). */
function refusal(work: () => unknown) {
  try {
    work();
  } catch (error) {
    if (error instanceof ConsultationAnswerRefusedError) return { ...error.reason, message: error.message };
    throw error;
  }
  throw new Error('not refused');
}

/** The referral after `answerConsultation` answered it, as the use case stores it. */
function answered(referral: ConsultationReferral, answer = given): ConsultationReferral {
  const step = answerConsultation(referral, answer, at);
  if (step.kind !== 'answered') throw new Error('not answered');
  return { ...referral, status: step.transition.status, consultationAnswer: step.answer };
}

describe('a consultation answered by a named staff member (咨询解答登记)', () => {
  it('starts ISSUED, awaiting an answer by its acknowledge-by day, not closed at once', () => {
    expect(consultation.status).toBe('ISSUED');
    expect(isMatterConcluded([{ target: 'CONSULTATION_CLOSE', status: consultation.status, round: 1 }])).toBe(false);
  });

  it('records the answer, its basis (依据), who answered and when, and resolves the referral', () => {
    const step = answerConsultation(consultation, given, at);
    expect(step).toEqual({
      kind: 'answered',
      transition: { status: 'RESOLVED', statusReason: '咨询已解答', comesBack: false },
      answer: {
        answer: '用人单位应当按月以货币形式支付工资，不得克扣或者无故拖欠。',
        basis: '《中华人民共和国劳动法》第五十条',
        answeredBy: { userId: 'clerk.zengdu', name: '王窗口' },
        answeredAt: '2026-12-01T02:30:00.000Z',
      },
    });
  });

  it('concludes the matter when the consultation was its only principal referral', () => {
    const done = answered(consultation);
    expect(isMatterConcluded([{ target: 'CONSULTATION_CLOSE', status: done.status, round: 1 }])).toBe(true);
  });

  it('names the answerer by user id when the gateway gave no name', () => {
    const step = answerConsultation(consultation, { ...given, answeredBy: { userId: 'u-17', name: ' ' } }, at);
    expect(step.answer.answeredBy).toEqual({ userId: 'u-17', name: 'u-17' });
  });

  it('refuses a second answer, naming who answered first', () => {
    const done = answered(consultation);
    expect(refusal(() => answerConsultation(done, { ...given, answer: '另一个解答' }, at))).toEqual({
      precondition: 'answered',
      message: 'the consultation was answered already by 王窗口 at 2026-12-01T02:30:00.000Z',
    });
    // Even the same words again, without the request id of the first answer.
    expect(refusal(() => answerConsultation(done, given, at))).toMatchObject({ precondition: 'answered' });
  });

  it('returns the recorded answer for a repeat of the same request, changing nothing', () => {
    const done = answered(consultation, { ...given, requestId: 'r-1' });
    const again = answerConsultation(done, { ...given, requestId: 'r-1' }, new Date('2026-12-02T00:00:00Z'));
    expect(again).toEqual({ kind: 'repeat', answer: done.consultationAnswer });
    // The same request id with other words is a second answer, refused.
    expect(
      refusal(() => answerConsultation(done, { ...given, basis: '其他依据', requestId: 'r-1' }, at)),
    ).toMatchObject({ precondition: 'answered' });
  });

  it('refuses a referral that is not a consultation, whatever its state', () => {
    for (const target of ['MEDIATION', 'ARBITRATION', 'SUPERVISOR_QUEUE'] as const) {
      expect(refusal(() => answerConsultation({ ...consultation, target }, given, at))).toMatchObject({
        precondition: 'not-a-consultation',
      });
    }
  });

  it('refuses a consultation that was escalated and ended otherwise (no longer ISSUED)', () => {
    expect(refusal(() => answerConsultation({ ...consultation, status: 'CLOSED' }, given, at))).toMatchObject({
      precondition: 'answered',
    });
  });

  it('refuses an empty basis, naming basis, and an empty answer, naming answer', () => {
    expect(refusal(() => answerConsultation(consultation, { ...given, basis: '  ' }, at))).toMatchObject({
      field: 'basis',
      message: expect.stringMatching(/^basis: .*required/),
    });
    expect(refusal(() => answerConsultation(consultation, { ...given, answer: '' }, at))).toMatchObject({
      field: 'answer',
    });
  });

  it('bounds the answer, the basis, the name and the request id, counting characters, not bytes', () => {
    const ok = answerConsultation(
      consultation,
      {
        ...given,
        answer: '答'.repeat(MAX_CONSULTATION_ANSWER_LENGTH),
        basis: '法'.repeat(MAX_CONSULTATION_BASIS_LENGTH),
      },
      at,
    );
    expect(ok.kind).toBe('answered');
    const tooLong = [
      [{ answer: '答'.repeat(MAX_CONSULTATION_ANSWER_LENGTH + 1) }, 'answer'],
      [{ basis: '法'.repeat(MAX_CONSULTATION_BASIS_LENGTH + 1) }, 'basis'],
      [{ answeredBy: { userId: 'u', name: '名'.repeat(51) } }, 'answererName'],
      [{ requestId: 'r'.repeat(101) }, 'requestId'],
    ] as const;
    for (const [change, field] of tooLong) {
      expect(refusal(() => answerConsultation(consultation, { ...given, ...change }, at))).toMatchObject({ field });
    }
  });
});
