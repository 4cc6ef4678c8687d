import { reviewLayoffPlan } from './layoff-report';

// 劳动合同法 Art. 42 (who may not be laid off) and Art. 41 para 2 (who is kept first).
describe('workers Art. 42 protects named in the layoff plan are findings', () => {
  it('a pregnant worker and one fifteen years in service within five of retirement are each a finding', () => {
    const review = reviewLayoffPlan(['王某（孕期）', '李某（连续工作满十五年且距法定退休年龄不足五年）'], true);
    expect(review.protectedWorkersInPlan).toHaveLength(2);
    expect(review.reviewFindings).toHaveLength(2);
    expect(review.reviewFindings[0]).toContain('王某（孕期）');
    expect(review.reviewFindings[0]).toContain('第四十二条');
  });

  it('the retention priority not kept is a finding of Art. 41 para 2', () => {
    const review = reviewLayoffPlan([], false);
    expect(review.reviewFindings).toEqual([expect.stringContaining('第四十一条第二款')]);
  });

  it('a plan that names no protected worker and keeps the priority has no finding', () => {
    expect(reviewLayoffPlan([], true).reviewFindings).toEqual([]);
  });

  it('an empty name is refused naming its place in the list', () => {
    expect(() => reviewLayoffPlan(['张某', ' '], true)).toThrow(
      expect.objectContaining({ field: 'protectedWorkersInPlan[1]' }),
    );
  });
});
