import { timelineSummary } from './timeline';

// A mediation step (调解) as the worker reads it on the timeline: the mediation service's words, with the
// number of the document it issued shown once.

describe('a mediation step on the timeline', () => {
  it('keeps the mediation service’s words when they already carry the document number', () => {
    expect(
      timelineSummary.officeStep(
        '调解建议书已发出（421303-调建-2026-000001）',
        '调解建议书已发出',
        '421303-调建-2026-000001',
      ),
    ).toBe('调解建议书已发出（421303-调建-2026-000001）');
  });

  it('adds the document number the words leave out', () => {
    expect(timelineSummary.officeStep('调解协议书已生效', '调解协议书已生效', '421303-调协-2026-000003')).toBe(
      '调解协议书已生效（421303-调协-2026-000003）',
    );
  });

  it('shows the words alone for a step that issued no document', () => {
    expect(timelineSummary.officeStep('已指定调解员：李调解', '已指定调解员', '')).toBe('已指定调解员：李调解');
  });

  it('falls back on the kind of step when the summary is empty', () => {
    expect(timelineSummary.officeStep('  ', '调解终止', '421303-调终-2026-000002')).toBe(
      '调解终止（421303-调终-2026-000002）',
    );
  });
});
