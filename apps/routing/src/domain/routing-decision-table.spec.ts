import { factsOf } from './matter-facts';
import type { MatterContent } from './matter-content';
import { matter, SMALL_CLAIM_CEILING_FEN, suizhouDefaultRuleSet, ZENGDU_CONTEXT } from './routing.fixture';
import { decide } from './routing.engine';
import { compileRuleSet } from './rule-set.compiler';

const compiled = compileRuleSet(suizhouDefaultRuleSet());
const route = (content: MatterContent) => decide(compiled, factsOf(content, ZENGDU_CONTEXT));
const targets = (content: MatterContent) => route(content).referrals.map((r) => `${r.target}/${r.priority}`);

describe('Suizhou default rules, version 1: one case per rule', () => {
  it('调解优先：小额且同意调解 → 调解', () => {
    const decision = route(matter({ consentToMediationFirst: true }));
    expect(decision.referrals).toEqual([
      {
        target: 'MEDIATION',
        priority: 'NORMAL',
        reason: '争议额度小、当事人同意先行调解，出具调解建议书，由人社+工会+法院调解力量就地调解',
        legalBasis: '《劳动争议调解仲裁法》第十条；随人社函〔2023〕36号 五(一)3：坚持调解优先',
        ruleId: 'dispute-mediation-first',
        acknowledgeWithinWorkingDays: 2,
      },
    ]);
    expect(decision).toMatchObject({
      firedRuleIds: ['dispute-mediation-first'],
      ruleSetVersion: 1,
      countyCode: '421303',
    });
  });

  it('wage arrears dispute without consent → arbitration', () => {
    expect(route(matter()).firedRuleIds).toEqual(['dispute-arbitration']);
    expect(targets(matter())).toEqual(['ARBITRATION/NORMAL']);
  });

  it('consent to mediation but a claim above 12 monthly minimum wages → arbitration, not mediation', () => {
    const content = matter({
      consentToMediationFirst: true,
      claims: [
        { category: 'WAGES', amountFen: SMALL_CLAIM_CEILING_FEN },
        { category: 'SEVERANCE', amountFen: SMALL_CLAIM_CEILING_FEN + 1 },
      ],
    });
    expect(targets(content)).toEqual(['ARBITRATION/NORMAL']);
  });

  it('a claim exactly at the ceiling is still small → mediation', () => {
    const content = matter({
      consentToMediationFirst: true,
      claims: [{ category: 'WAGES', amountFen: SMALL_CLAIM_CEILING_FEN }],
    });
    expect(targets(content)).toEqual(['MEDIATION/NORMAL']);
  });

  it('collective dispute (10 workers, common claim) → arbitration HIGH first, labor-relations supervision notified', () => {
    const decision = route(matter({ workerCount: 10, commonClaim: true, consentToMediationFirst: true }));
    expect(decision.firedRuleIds).toEqual(['collective-dispute-arbitration']);
    expect(decision.referrals.map((r) => [r.target, r.priority, r.acknowledgeWithinWorkingDays])).toEqual([
      ['ARBITRATION', 'HIGH', 0],
      ['LABOR_RELATIONS_SUPERVISION', 'NORMAL', 1],
    ]);
  });

  it('nine workers with a common claim are not collective → ordinary routing', () => {
    expect(targets(matter({ workerCount: 9, commonClaim: true }))).toEqual(['ARBITRATION/NORMAL']);
  });

  it('consultation → answered and closed at the window, and no later rule fires', () => {
    const decision = route(matter({ kind: 'CONSULTATION', migrantWorker: true }));
    expect(decision.firedRuleIds).toEqual(['consultation-answered-at-window']);
    expect(targets(matter({ kind: 'CONSULTATION' }))).toEqual(['CONSULTATION_CLOSE/NORMAL']);
  });

  it('complaint of unpaid social insurance contributions → inspection', () => {
    const content = matter({ kind: 'COMPLAINT', claims: [{ category: 'UNPAID_SOCIAL_INSURANCE', amountFen: 0 }] });
    expect(route(content).referrals).toEqual([
      expect.objectContaining({
        target: 'INSPECTION',
        ruleId: 'violation-complaint-inspection',
        acknowledgeWithinWorkingDays: 5,
      }),
    ]);
  });

  it('report of wage arrears → inspection', () => {
    expect(targets(matter({ kind: 'REPORT' }))).toEqual(['INSPECTION/NORMAL']);
  });

  it('child labor, even in a consultation → inspection HIGH before the window closes the consultation', () => {
    const content = matter({ kind: 'CONSULTATION', claims: [{ category: 'CHILD_LABOR', amountFen: 0 }] });
    expect(route(content).firedRuleIds).toEqual(['child-labor-inspection', 'consultation-answered-at-window']);
    expect(targets(content)).toEqual(['INSPECTION/HIGH', 'CONSULTATION_CLOSE/NORMAL']);
  });

  it('child labor complained of with wage arrears → one inspection referral, the HIGH one', () => {
    const content = matter({
      kind: 'COMPLAINT',
      claims: [
        { category: 'CHILD_LABOR', amountFen: 0 },
        { category: 'WAGES', amountFen: 450_000 },
      ],
    });
    const decision = route(content);
    expect(decision.firedRuleIds).toEqual(['child-labor-inspection', 'violation-complaint-inspection']);
    expect(decision.referrals).toEqual([
      expect.objectContaining({ target: 'INSPECTION', priority: 'HIGH', ruleId: 'child-labor-inspection' }),
    ]);
  });

  it('migrant worker claiming wages → legal aid alongside arbitration, exempt from the hardship check', () => {
    const decision = route(matter({ migrantWorker: true }));
    expect(decision.firedRuleIds).toEqual(['dispute-arbitration', 'legal-aid-migrant-worker']);
    expect(decision.referrals.map((r) => r.target)).toEqual(['ARBITRATION', 'LEGAL_AID']);
    expect(decision.referrals[1].legalBasis).toContain('第四十二条');
  });

  it('declared financial hardship on confirming the labor relationship → legal aid alongside', () => {
    const content = matter({
      declaresFinancialHardship: true,
      claims: [{ category: 'CONFIRM_LABOR_RELATIONSHIP', amountFen: 0 }],
    });
    expect(route(content).referrals).toEqual([
      expect.objectContaining({ target: 'ARBITRATION' }),
      expect.objectContaining({ target: 'LEGAL_AID', ruleId: 'legal-aid-financial-hardship' }),
    ]);
  });

  it('a migrant worker who also declares hardship gets one legal-aid referral, from the earlier rule', () => {
    const decision = route(matter({ migrantWorker: true, declaresFinancialHardship: true }));
    expect(decision.firedRuleIds).toEqual([
      'dispute-arbitration',
      'legal-aid-migrant-worker',
      'legal-aid-financial-hardship',
    ]);
    expect(decision.referrals.filter((r) => r.target === 'LEGAL_AID')).toEqual([
      expect.objectContaining({ ruleId: 'legal-aid-migrant-worker' }),
    ]);
  });

  it('a reporter (举报人) is not referred to legal aid: the report may come from anyone', () => {
    expect(targets(matter({ kind: 'REPORT', migrantWorker: true }))).toEqual(['INSPECTION/NORMAL']);
  });

  it('nothing matches → supervisor queue, never dropped', () => {
    const decision = route(matter({ kind: 'COMPLAINT', claims: [{ category: 'SEVERANCE', amountFen: 800_000 }] }));
    expect(decision).toEqual({
      referrals: [
        {
          target: 'SUPERVISOR_QUEUE',
          priority: 'NORMAL',
          reason: '无规则覆盖，转值班主任人工分流',
          legalBasis: expect.stringContaining('一窗受理、一管到底'),
          ruleId: null,
          acknowledgeWithinWorkingDays: 1,
        },
      ],
      firedRuleIds: [],
      ruleSetVersion: 1,
      countyCode: '421303',
    });
  });
});
