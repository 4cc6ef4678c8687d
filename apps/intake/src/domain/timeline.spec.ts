import { isClosedStage, MATTER_STAGES, stageOf, TimelineEntry } from './timeline';

const entry = (occurredAt: string, stage?: TimelineEntry['stage']): TimelineEntry => ({
  eventId: occurredAt,
  eventType: 't',
  source: 's',
  occurredAt,
  summary: '',
  deadlines: [],
  stage,
});

describe('stage of a matter derived from its timeline', () => {
  it('is REGISTERED before anything else happens', () => {
    expect(stageOf([entry('2026-11-29T01:00:00Z', 'REGISTERED')])).toBe('REGISTERED');
  });

  it('keeps the later stage when the acceptance arrives before the referral it followed', () => {
    const timeline = [entry('2026-11-29T01:00:02Z', 'ACCEPTED'), entry('2026-11-29T01:00:01Z', 'REFERRED')];
    expect(stageOf(timeline)).toBe('ACCEPTED');
  });

  it('moves from supplement to acceptance once the material is complete', () => {
    expect(stageOf([entry('1', 'AWAITING_SUPPLEMENT'), entry('2', 'ACCEPTED')])).toBe('ACCEPTED');
  });

  it('is RESOLVED once routing concludes the matter, even after arbitration refused it', () => {
    expect(stageOf([entry('1', 'NOT_ACCEPTED'), entry('2', 'RESOLVED')])).toBe('RESOLVED');
    expect(stageOf([entry('2', 'RESOLVED'), entry('1', 'REFERRED')])).toBe('RESOLVED');
  });
});

describe('closed stages', () => {
  it('are the consultation answered at the window and the concluded matter, not a refused application alone', () => {
    expect(MATTER_STAGES.filter(isClosedStage)).toEqual(['CLOSED_AT_WINDOW', 'RESOLVED']);
  });
});
