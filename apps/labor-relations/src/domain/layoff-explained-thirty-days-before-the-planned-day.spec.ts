import { checkAdvanceExplanation, explanationFindings, layoffGroundOf } from './layoff-report';
import { InvalidSupervisionInputError } from './supervision.errors';

// 劳动合同法 Art. 41 para 1: 提前三十日向工会或者全体职工说明情况，听取工会或者职工的意见.
describe('the layoff is explained to the union or all workers thirty days before the first planned day', () => {
  it('explained 2026-03-01, planned 2026-03-31: thirty days, kept', () => {
    const checked = checkAdvanceExplanation('2026-03-01', '2026-03-31', true);
    expect(checked).toMatchObject({ advanceExplanationKept: true, daysShort: 0 });
    expect(explanationFindings(checked)).toEqual([]);
  });

  it('planned one day earlier (2026-03-30): one day short, worded with the article', () => {
    const checked = checkAdvanceExplanation('2026-03-01', '2026-03-30', true);
    expect(checked).toMatchObject({ advanceExplanationKept: false, daysShort: 1 });
    expect(explanationFindings(checked)).toEqual([expect.stringContaining('相差1日')]);
    expect(explanationFindings(checked)[0]).toContain('第四十一条');
  });

  it('across February in a common year: 2026-02-01 + 30 days is 2026-03-03', () => {
    expect(checkAdvanceExplanation('2026-02-01', '2026-03-03', true).advanceExplanationKept).toBe(true);
    expect(checkAdvanceExplanation('2026-02-01', '2026-03-02', true).daysShort).toBe(1);
  });

  it("the union's or workers' opinion not heard is a finding even when the thirty days were kept", () => {
    const checked = checkAdvanceExplanation('2026-03-01', '2026-04-15', false);
    expect(explanationFindings(checked)).toEqual([expect.stringContaining('未听取工会或者职工的意见')]);
  });

  it('a day that is not a date is refused naming its field', () => {
    expect(() => checkAdvanceExplanation('2026-02-30', '2026-04-01', true)).toThrow(
      expect.objectContaining({ field: 'explainedOn' }),
    );
    expect(() => checkAdvanceExplanation('2026-03-01', '', true)).toThrow(
      expect.objectContaining({ field: 'plannedOn' }),
    );
  });

  it('the ground is one of the four of Art. 41, in the words of the law', () => {
    expect(layoffGroundOf('生产经营发生严重困难')).toBe('生产经营发生严重困难的');
    expect(layoffGroundOf('破产重整')).toBe('依照企业破产法规定进行重整的');
    expect(layoffGroundOf('客观经济情况发生重大变化')).toContain('致使劳动合同无法履行的');
    expect(() => layoffGroundOf('效益不好')).toThrow(InvalidSupervisionInputError);
    expect(() => layoffGroundOf('')).toThrow(expect.objectContaining({ field: 'ground' }));
  });
});
