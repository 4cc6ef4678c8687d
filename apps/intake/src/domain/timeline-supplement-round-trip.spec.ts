import { timelineSummary } from './timeline';

// The supplement round trip (补正) as the worker reads it on the timeline: each notice with its number,
// what was supplied on which notice, and a further notice that says it follows the supplement.

describe('the timeline of a supplement round trip', () => {
  it('names the first notice and what it asks for, as before when no number is given', () => {
    expect(
      timelineSummary.supplementRequested(['用人单位住所', '证据及证据来源（至少一项）'], '421303-仲补-2026-000001', 1),
    ).toBe('仲裁院出具补正通知书，编号 421303-仲补-2026-000001，请补正：用人单位住所、证据及证据来源（至少一项）');
    expect(timelineSummary.supplementRequested(['用人单位住所'])).toBe('仲裁院出具补正通知书，请补正：用人单位住所');
  });

  it('says what was supplied on which notice (补正材料已提交)', () => {
    expect(timelineSummary.supplementSubmitted(['用人单位住所'], '421303-仲补-2026-000001')).toBe(
      '补正材料已提交（补正通知书 421303-仲补-2026-000001）：用人单位住所',
    );
  });

  it('tells a further notice from the first: what is still missing after the supplement', () => {
    expect(timelineSummary.supplementRequested(['证据及证据来源（至少一项）'], '421303-仲补-2026-000002', 2)).toBe(
      '仲裁院审查补正材料后再次出具补正通知书，编号 421303-仲补-2026-000002，仍需补正：证据及证据来源（至少一项）',
    );
  });
});
