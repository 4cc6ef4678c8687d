import { InvalidSupervisionInputError } from './supervision.errors';
import { judgeLayoffThreshold } from './layoff-report';

// 劳动合同法 Art. 41 para 1: 裁减人员二十人以上或者裁减不足二十人但占企业职工总数百分之十以上.
describe('a layoff of twenty, or of ten per cent of the workforce, is reportable (规模裁员)', () => {
  it('19 of 300 is below both thresholds: not reportable, and the finding points to Arts. 39–40 and arbitration', () => {
    const judged = judgeLayoffThreshold(19, 300);
    expect(judged.reportable).toBe(false);
    expect(judged.thresholdFinding).toContain('不属于规模裁员');
    expect(judged.thresholdFinding).toContain('第三十九条、第四十条');
    expect(judged.thresholdFinding).toContain('仲裁');
  });

  it('20 of 1000 is reportable by number although only 2 %', () => {
    const judged = judgeLayoffThreshold(20, 1000);
    expect(judged.reportable).toBe(true);
    expect(judged.thresholdFinding).toContain('二十人以上');
  });

  it('10 of 100 is exactly ten per cent: reportable by share', () => {
    const judged = judgeLayoffThreshold(10, 100);
    expect(judged.reportable).toBe(true);
    expect(judged.thresholdFinding).toContain('百分之十以上');
  });

  it('9 of 100 is neither twenty nor ten per cent: not reportable', () => {
    expect(judgeLayoffThreshold(9, 100).reportable).toBe(false);
  });

  it('no one laid off, or more laid off than employed, is refused naming the field', () => {
    const refusal = (laidOff: number, workforce: number) => {
      try {
        judgeLayoffThreshold(laidOff, workforce);
      } catch (error) {
        return error as InvalidSupervisionInputError;
      }
      throw new Error('not refused');
    };
    expect(refusal(0, 100)).toBeInstanceOf(InvalidSupervisionInputError);
    expect(refusal(0, 100).field).toBe('workersLaidOff');
    expect(refusal(101, 100).field).toBe('workersLaidOff');
    expect(refusal(5, 0).field).toBe('workforce');
    expect(refusal(2.5, 100).field).toBe('workersLaidOff');
  });
});
