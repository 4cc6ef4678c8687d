import { satisfactionViolations, whyNotRateable } from './satisfaction';

describe('rating a matter (群众满意度)', () => {
  it.each([1, 3, 5])('accepts the score %d with or without a comment', (score) => {
    expect(satisfactionViolations(score, '')).toEqual([]);
    expect(satisfactionViolations(score, '窗口工作人员很耐心\n谢谢')).toEqual([]);
  });

  it.each([0, 6, 2.5, Number.NaN])('refuses the score %d', (score) => {
    expect(satisfactionViolations(score, '').map((v) => v.field)).toEqual(['score']);
  });

  it('refuses a comment over 500 characters and one with a control character, and reports both fields at once', () => {
    expect(satisfactionViolations(4, '好'.repeat(500))).toEqual([]);
    expect(satisfactionViolations(0, '好'.repeat(501)).map((v) => v.field)).toEqual(['score', 'comment']);
    expect(satisfactionViolations(4, 'ok\u0007')).toEqual([
      { field: 'comment', description: 'contains a control character' },
    ]);
  });

  it.each(['CLOSED_AT_WINDOW', 'RESOLVED'] as const)('may be given once the matter is %s', (stage) => {
    expect(whyNotRateable(stage, undefined)).toBeUndefined();
  });

  it.each(['REGISTERED', 'REFERRED', 'AWAITING_SUPPLEMENT', 'ACCEPTED', 'NOT_ACCEPTED'] as const)(
    'waits while the matter is %s',
    (stage) => {
      expect(whyNotRateable(stage, undefined)).toMatch(/not closed yet/);
    },
  );

  it('is given at most once', () => {
    expect(whyNotRateable('RESOLVED', { score: 5, comment: '', ratedAt: '2026-03-15T02:00:00.000Z' })).toMatch(
      /already rated/,
    );
  });
});
