import type { CheckFindings } from './check-findings';
import { checkAdvanceExplanation, judgeLayoffThreshold, reviewLayoffPlan } from './layoff-report';
import { decideConclusion, type LayoffReportState } from './supervision-conclusion';
import { InvalidSupervisionInputError, SupervisionPreconditionError } from './supervision.errors';

const TODAY = '2026-06-30';

function layoff(
  explainedOn: string,
  plannedOn: string,
  heard: boolean,
  review?: Parameters<typeof reviewLayoffPlan>,
): LayoffReportState {
  const reviewed = review ? reviewLayoffPlan(...review) : { protectedWorkersInPlan: [], reviewFindings: [] };
  return {
    ...judgeLayoffThreshold(30, 200),
    ground: '生产经营发生严重困难的',
    ...checkAdvanceExplanation(explainedOn, plannedOn, heard),
    registered: true,
    planReviewed: review !== undefined,
    ...reviewed,
  };
}

const ask = (conclusion: string, more: Partial<{ guidance: string[]; correctBy: string; reason: string }> = {}) => ({
  conclusion,
  reason: '',
  guidance: [],
  correctBy: '',
  ...more,
});

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as Error & { field: string };
  }
  throw new Error('not refused');
};

describe('a compliant conclusion is refused while there are findings', () => {
  it('a layoff explained too late cannot be found compliant; the refusal says what is wrong', () => {
    const matter = { kind: 'LAYOFF_REPORT' as const, layoff: layoff('2026-06-01', '2026-06-20', true, [[], true]) };
    const error = refusal(() => decideConclusion(matter, ask('COMPLIANT'), TODAY));
    expect(error).toBeInstanceOf(SupervisionPreconditionError);
    expect(error.message).toContain('未提前三十日');
  });

  it('a protected worker in the plan is a finding that refuses COMPLIANT and allows GUIDANCE or a referral', () => {
    const matter = {
      kind: 'LAYOFF_REPORT' as const,
      layoff: layoff('2026-05-01', '2026-06-15', true, [['王某（孕期）'], true]),
    };
    expect(refusal(() => decideConclusion(matter, ask('COMPLIANT'), TODAY)).message).toContain('王某（孕期）');
    expect(decideConclusion(matter, ask('REFERRED_TO_INSPECTION'), TODAY).conclusion).toBe('REFERRED_TO_INSPECTION');
    const guided = decideConclusion(
      matter,
      ask('GUIDANCE', { guidance: ['将王某移出裁减人员名单'], correctBy: '2026-07-15' }),
      TODAY,
    );
    expect(guided).toMatchObject({ conclusion: 'GUIDANCE', correctBy: '2026-07-15' });
  });

  it('a kept report reviewed without findings is compliant; before the review it is not yet', () => {
    const kept = layoff('2026-05-01', '2026-06-15', true, [[], true]);
    expect(decideConclusion({ kind: 'LAYOFF_REPORT', layoff: kept }, ask('COMPLIANT'), TODAY).conclusion).toBe(
      'COMPLIANT',
    );
    const unreviewed = layoff('2026-05-01', '2026-06-15', true);
    expect(
      refusal(() => decideConclusion({ kind: 'LAYOFF_REPORT', layoff: unreviewed }, ask('COMPLIANT'), TODAY)).message,
    ).toContain('not been reviewed');
  });

  it("a check's breaches refuse COMPLIANT; no breach refuses a referral to inspection", () => {
    const findings = (breaches: string[]) => ({ measuredOn: '2026-06-01', breaches }) as CheckFindings;
    const breached = { kind: 'LABOR_DISPATCH' as const, findings: findings(['超过百分之十']) };
    expect(refusal(() => decideConclusion(breached, ask('COMPLIANT'), TODAY))).toBeInstanceOf(
      SupervisionPreconditionError,
    );
    const clean = { kind: 'LABOR_DISPATCH' as const, findings: findings([]) };
    expect(refusal(() => decideConclusion(clean, ask('REFERRED_TO_INSPECTION'), TODAY))).toBeInstanceOf(
      SupervisionPreconditionError,
    );
    expect(refusal(() => decideConclusion({ kind: 'MINIMUM_WAGE' }, ask('COMPLIANT'), TODAY)).message).toContain(
      'findings',
    );
  });

  it('guidance needs its items and a correct-by day after today; NOT_REPORTABLE is never chosen', () => {
    const clean = {
      kind: 'WORKING_HOURS' as const,
      findings: { measuredOn: '2026-06-01', breaches: [] } as unknown as CheckFindings,
    };
    expect(refusal(() => decideConclusion(clean, ask('GUIDANCE', { correctBy: '2026-07-01' }), TODAY)).field).toBe(
      'guidance',
    );
    expect(
      refusal(() => decideConclusion(clean, ask('GUIDANCE', { guidance: ['x'], correctBy: TODAY }), TODAY)).field,
    ).toBe('correctBy');
    const error = refusal(() => decideConclusion(clean, ask('NOT_REPORTABLE'), TODAY));
    expect(error).toBeInstanceOf(InvalidSupervisionInputError);
    expect(error.field).toBe('conclusion');
  });
});
