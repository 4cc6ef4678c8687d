import {
  isClosedStage,
  stageAfterConclusion,
  stageAfterReferral,
  stageOf,
  timelineSummary,
  type TimelineEntry,
} from './timeline';

const entry = (occurredAt: string, stage?: TimelineEntry['stage']): TimelineEntry => ({
  eventId: occurredAt,
  eventType: 't',
  source: 's',
  occurredAt,
  summary: '',
  deadlines: [],
  stage,
});

describe('a consultation is closed when it is answered, not when it is referred', () => {
  it('leaves a consultation referred (open, not yet to be rated) until the answer comes', () => {
    const referred = [entry('1', 'REGISTERED'), entry('2', stageAfterReferral())];
    expect(stageOf(referred)).toBe('REFERRED');
    expect(isClosedStage(stageOf(referred))).toBe(false);
  });

  it('closes a matter whose principal referrals were all consultations as answered (CLOSED_AT_WINDOW)', () => {
    expect(stageAfterConclusion(['CONSULTATION_CLOSE'])).toBe('CLOSED_AT_WINDOW');
    const answered = [
      entry('1', 'REGISTERED'),
      entry('2', 'REFERRED'),
      entry('3', stageAfterConclusion(['CONSULTATION_CLOSE'])),
    ];
    expect(stageOf(answered)).toBe('CLOSED_AT_WINDOW');
    expect(isClosedStage(stageOf(answered))).toBe(true);
  });

  it('resolves any other concluded matter, a consultation among other principal paths included', () => {
    expect(stageAfterConclusion(['MEDIATION'])).toBe('RESOLVED');
    expect(stageAfterConclusion(['CONSULTATION_CLOSE', 'INSPECTION'])).toBe('RESOLVED');
    expect(stageAfterConclusion([])).toBe('RESOLVED');
  });

  it('shows who answered, the answer and its basis (依据) on the timeline', () => {
    expect(
      timelineSummary.consultationAnswered('王窗口', '用人单位应当按月支付工资', '《中华人民共和国劳动法》第五十条'),
    ).toBe('咨询已解答（解答人：王窗口）：用人单位应当按月支付工资（依据：《中华人民共和国劳动法》第五十条）');
  });
});
