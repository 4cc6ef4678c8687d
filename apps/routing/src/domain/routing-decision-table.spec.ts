import { factsOf, type FactsContext } from './matter-facts';
import type { MatterContent, PriorHandling } from './matter-content';
import { matter, SMALL_CLAIM_CEILING_FEN, suizhouDefaultRuleSet, ZENGDU_CONTEXT } from './routing.fixture';
import { decide } from './routing.engine';
import { compileRuleSet } from './rule-set.compiler';

const ruleSet = suizhouDefaultRuleSet();
const compiled = compileRuleSet(ruleSet);
const route = (content: MatterContent, context: FactsContext = ZENGDU_CONTEXT) =>
  decide(compiled, factsOf(content, context));
const targets = (content: MatterContent) => route(content).referrals.map((r) => `${r.target}/${r.priority}`);
const handled = (
  office: PriorHandling['office'],
  status: PriorHandling['status'],
  conclusionDisputed = false,
): PriorHandling => ({ office, status, conclusionDisputed });

describe('Suizhou default rules, version 3: one case per rule', () => {
  const covered = new Set<string>();
  const fires = (ruleId: string, content: MatterContent) => {
    covered.add(ruleId);
    const decision = route(content);
    expect(decision.firedRuleIds).toContain(ruleId);
    return decision;
  };

  it('童工：咨询中反映使用童工 → 劳动保障监察优先（HIGH），咨询照常当场办结', () => {
    const decision = fires(
      'child-labor-inspection',
      matter({ kind: 'CONSULTATION', claims: [{ category: 'CHILD_LABOR', amountFen: 0 }] }),
    );
    expect(decision.firedRuleIds).toEqual(['child-labor-inspection', 'consultation-answered-at-window']);
    expect(decision.referrals.map((r) => `${r.target}/${r.priority}/${r.acknowledgeWithinWorkingDays}`)).toEqual([
      'INSPECTION/HIGH/0',
      'CONSULTATION_CLOSE/NORMAL/0',
    ]);
  });

  it('信访来访人不服仲裁裁决 → 信访窗口释明、引导司法途径，不再转仲裁', () => {
    const decision = fires(
      'petition-visit-disputed-conclusion',
      matter({ channel: 'PETITION_VISIT', priorHandling: [handled('ARBITRATION', 'CONCLUDED', true)] }),
    );
    expect(decision.referrals).toEqual([
      expect.objectContaining({
        target: 'PETITION',
        ruleId: 'petition-visit-disputed-conclusion',
        reason: expect.stringContaining('释明、引导司法途径'),
      }),
    ]);
  });

  it('consultation → answered and closed at the window, and no later rule fires', () => {
    const decision = fires('consultation-answered-at-window', matter({ kind: 'CONSULTATION', migrantWorker: true }));
    expect(decision.firedRuleIds).toEqual(['consultation-answered-at-window']);
    expect(decision.referrals.map((r) => r.target)).toEqual(['CONSULTATION_CLOSE']);
  });

  it('信访来访、未经任何部门处理的劳动争议 → 信访前期介入协商调处，暂不转调解或仲裁', () => {
    const decision = fires(
      'petition-visit-early-intervention',
      matter({ channel: 'PETITION_VISIT', consentToMediationFirst: true }),
    );
    expect(decision.firedRuleIds).toEqual(['petition-visit-early-intervention']);
    expect(decision.referrals).toEqual([
      expect.objectContaining({ target: 'PETITION', reason: expect.stringContaining('前期介入协商调处') }),
    ]);
  });

  it('complaint of unpaid social insurance contributions → inspection', () => {
    const decision = fires(
      'violation-complaint-inspection',
      matter({ kind: 'COMPLAINT', claims: [{ category: 'UNPAID_SOCIAL_INSURANCE', amountFen: 0 }] }),
    );
    expect(decision.referrals).toEqual([
      expect.objectContaining({ target: 'INSPECTION', priority: 'NORMAL', acknowledgeWithinWorkingDays: 5 }),
    ]);
  });

  it('report (举报) of wage arrears by a migrant worker → inspection, and no legal aid for a reporter', () => {
    const decision = fires('violation-report-inspection', matter({ kind: 'REPORT', migrantWorker: true }));
    expect(decision.referrals.map((r) => r.target)).toEqual(['INSPECTION']);
    expect(decision.referrals[0].reason).toContain('为举报人保密');
  });

  it('wage-arrears dispute asking for an order against the employer (责令支付) → inspection, Art. 26', () => {
    const decision = fires('wage-arrears-order-inspection', matter({ requestedRemedy: 'ORDER_AGAINST_EMPLOYER' }));
    expect(decision.referrals.map((r) => r.target)).toEqual(['INSPECTION']);
    expect(decision.referrals[0].legalBasis).toContain('第二十六条');
  });

  it('调解优先：小额且同意调解 → 调解，出具调解建议书', () => {
    const decision = fires('dispute-mediation-first', matter({ consentToMediationFirst: true }));
    expect(decision.referrals).toEqual([
      {
        target: 'MEDIATION',
        priority: 'NORMAL',
        reason: expect.stringContaining('出具《调解建议书》'),
        legalBasis: expect.stringContaining('《劳动争议调解仲裁法》第十条'),
        ruleId: 'dispute-mediation-first',
        acknowledgeWithinWorkingDays: 2,
      },
    ]);
    expect(decision).toMatchObject({ ruleSetVersion: 3, countyCode: '421303' });
  });

  it('wage-arrears dispute without consent to mediation → arbitration', () => {
    const decision = fires('dispute-arbitration', matter());
    expect(decision.firedRuleIds).toEqual(['dispute-arbitration']);
    expect(decision.referrals.map((r) => `${r.target}/${r.priority}/${r.acknowledgeWithinWorkingDays}`)).toEqual([
      'ARBITRATION/NORMAL/1',
    ]);
  });

  it('employment ended more than a year ago, no interruption recorded → still arbitration, which rules on limitation', () => {
    const decision = fires(
      'dispute-arbitration-limitation-expired',
      matter({ employment: { stillEmployed: false, startDate: '2020-01-01', endDate: '2025-06-30' } }),
    );
    expect(decision.firedRuleIds).toEqual(['dispute-arbitration-limitation-expired']);
    expect(decision.referrals).toEqual([
      expect.objectContaining({ target: 'ARBITRATION', reason: expect.stringContaining('可向人民法院起诉') }),
    ]);
  });

  it('collective dispute (10 workers, common claim) → arbitration HIGH, supervision and the trade union notified', () => {
    fires('collective-dispute-arbitration', matter({ workerCount: 10, commonClaim: true }));
    const decision = fires(
      'collective-dispute-notify',
      matter({ workerCount: 10, commonClaim: true, consentToMediationFirst: true }),
    );
    expect(decision.firedRuleIds).toEqual(['collective-dispute-arbitration', 'collective-dispute-notify']);
    expect(decision.referrals.map((r) => `${r.target}/${r.priority}/${r.acknowledgeWithinWorkingDays}`)).toEqual([
      'ARBITRATION/HIGH/0',
      'LABOR_RELATIONS_SUPERVISION/NORMAL/1',
      'TRADE_UNION/NORMAL/1',
    ]);
  });

  it('a layoff of 20 workers out of 500 → labor-relations supervision alongside the dispute route (劳动合同法 Art. 41)', () => {
    const decision = fires(
      'mass-layoff-supervision',
      matter({
        claims: [{ category: 'SEVERANCE', amountFen: 3_000_000 }],
        layoff: { workersLaidOff: 20, workforce: 500 },
      }),
    );
    expect(decision.referrals.map((r) => r.target)).toEqual(['ARBITRATION', 'LABOR_RELATIONS_SUPERVISION']);
  });

  it('migrant worker claiming wages → legal aid alongside arbitration, exempt from the hardship check', () => {
    const decision = fires('legal-aid-migrant-worker', matter({ migrantWorker: true }));
    expect(decision.firedRuleIds).toEqual(['dispute-arbitration', 'legal-aid-migrant-worker']);
    expect(decision.referrals.map((r) => r.target)).toEqual(['ARBITRATION', 'LEGAL_AID']);
    expect(decision.referrals[1].legalBasis).toContain('第四十二条');
  });

  it('declared financial hardship on confirming the labor relationship → legal aid alongside', () => {
    const decision = fires(
      'legal-aid-financial-hardship',
      matter({ declaresFinancialHardship: true, claims: [{ category: 'CONFIRM_LABOR_RELATIONSHIP', amountFen: 0 }] }),
    );
    expect(decision.referrals).toEqual([
      expect.objectContaining({ target: 'ARBITRATION' }),
      expect.objectContaining({ target: 'LEGAL_AID', ruleId: 'legal-aid-financial-hardship' }),
    ]);
  });

  it('dispute a court is hearing, or an award has settled → the window explains the court route and closes (Art. 21)', () => {
    for (const prior of [handled('COURT', 'IN_PROGRESS'), handled('ARBITRATION', 'CONCLUDED', true)]) {
      const decision = fires('litigation-route-explained', matter({ priorHandling: [prior] }));
      expect(decision.referrals).toEqual([
        expect.objectContaining({
          target: 'CONSULTATION_CLOSE',
          reason: expect.stringContaining('十五日内向人民法院起诉'),
          legalBasis: expect.stringContaining('《劳动保障监察条例》第二十一条'),
        }),
      ]);
    }
  });

  it('complaint of wage arrears already before arbitration → stays with arbitration, not inspection (Art. 21)', () => {
    const decision = fires(
      'arbitration-under-way-continues',
      matter({ kind: 'COMPLAINT', priorHandling: [handled('ARBITRATION', 'IN_PROGRESS')] }),
    );
    expect(decision.firedRuleIds).toEqual(['arbitration-under-way-continues']);
    expect(decision.referrals).toEqual([
      expect.objectContaining({ target: 'ARBITRATION', reason: expect.stringContaining('仍由仲裁依照仲裁程序办理') }),
    ]);
  });

  it('complaint inspection is already investigating → inspection goes on with it, no second case', () => {
    const decision = fires(
      'inspection-under-way-continues',
      matter({ kind: 'COMPLAINT', priorHandling: [handled('INSPECTION', 'IN_PROGRESS')] }),
    );
    expect(decision.firedRuleIds).toEqual(['inspection-under-way-continues']);
    expect(decision.referrals).toEqual([
      expect.objectContaining({ target: 'INSPECTION', reason: expect.stringContaining('继续调查处理') }),
    ]);
  });

  it('small dispute already in mediation, with consent → mediation carries on; arbitration opens after 15 days (Art. 14)', () => {
    const decision = fires(
      'dispute-mediation-under-way',
      matter({ consentToMediationFirst: true, priorHandling: [handled('MEDIATION', 'IN_PROGRESS')] }),
    );
    expect(decision.firedRuleIds).toEqual(['dispute-mediation-under-way']);
    expect(decision.referrals).toEqual([
      expect.objectContaining({ target: 'MEDIATION', reason: expect.stringContaining('十五日内未达成调解协议') }),
    ]);
  });

  // Runs last (tests run in the order written): a rule added to the file needs its case above.
  it('has a case above for every rule in the file', () => {
    expect([...covered].sort()).toEqual(ruleSet.rules.map((rule) => rule.id).sort());
  });
});

describe('Suizhou default rules, version 3: the matrix scenario by scenario', () => {
  it('nothing matches (a report of something unnamed) → supervisor queue, never dropped', () => {
    const decision = route(matter({ kind: 'REPORT', claims: [{ category: 'OTHER', amountFen: 0 }] }));
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
      ruleSetVersion: 3,
      countyCode: '421303',
    });
  });

  it.each([
    ['mediation', handled('MEDIATION', 'IN_PROGRESS')],
    ['arbitration', handled('ARBITRATION', 'IN_PROGRESS')],
    ['a court', handled('COURT', 'IN_PROGRESS')],
    ['an arbitral award', handled('ARBITRATION', 'CONCLUDED')],
  ])('wage-arrears complaint already before %s → not inspection (劳动保障监察条例 Art. 21)', (_label, prior) => {
    const decision = route(matter({ kind: 'COMPLAINT', priorHandling: [prior] }));
    expect(decision.referrals.map((r) => r.target)).not.toContain('INSPECTION');
    expect(decision.referrals.map((r) => r.target)).not.toContain('SUPERVISOR_QUEUE');
  });

  it.each([
    ['mediation in progress, no consent', false, handled('MEDIATION', 'IN_PROGRESS'), 'ARBITRATION'],
    ['mediation in progress, consent', true, handled('MEDIATION', 'IN_PROGRESS'), 'MEDIATION'],
    ['inspection concluded', false, handled('INSPECTION', 'CONCLUDED'), 'ARBITRATION'],
    ['inspection concluded, disputed', true, handled('INSPECTION', 'CONCLUDED', true), 'MEDIATION'],
  ])(
    'complaint asking inspection for an order, %s → the dispute route (Art. 21: dispute procedures)',
    (_label, consentToMediationFirst, prior, target) => {
      const content = matter({
        kind: 'COMPLAINT',
        requestedRemedy: 'ORDER_AGAINST_EMPLOYER',
        consentToMediationFirst,
        priorHandling: [prior],
      });
      expect(targets(content)).toEqual([`${target}/NORMAL`]);
    },
  );

  it('report inspection already dealt with → inspection checks for anything new, not the supervisor', () => {
    const content = matter({ kind: 'REPORT', priorHandling: [handled('INSPECTION', 'CONCLUDED', true)] });
    expect(route(content).firedRuleIds).toEqual(['inspection-under-way-continues']);
  });

  it('dispute before a court and with arbitration under way → the court route only, no second arbitration', () => {
    const content = matter({ priorHandling: [handled('ARBITRATION', 'IN_PROGRESS'), handled('COURT', 'IN_PROGRESS')] });
    expect(targets(content)).toEqual(['CONSULTATION_CLOSE/NORMAL']);
  });

  it('petition visitor disputing an award → the petition window explains, not also a window close', () => {
    const content = matter({ channel: 'PETITION_VISIT', priorHandling: [handled('ARBITRATION', 'CONCLUDED', true)] });
    expect(targets(content)).toEqual(['PETITION/NORMAL']);
  });

  it('a concluded mediation does not keep a complaint of unpaid contributions from inspection', () => {
    const content = matter({
      kind: 'COMPLAINT',
      claims: [{ category: 'UNPAID_SOCIAL_INSURANCE', amountFen: 0 }],
      priorHandling: [handled('MEDIATION', 'CONCLUDED')],
    });
    expect(targets(content)).toEqual(['INSPECTION/NORMAL']);
  });

  it('wage-arrears complaint, remedy not stated → inspection: the rule set sends a complaint there', () => {
    expect(targets(matter({ kind: 'COMPLAINT' }))).toEqual(['INSPECTION/NORMAL']);
  });

  it('wage-arrears complaint asking for an award → the dispute route (arbitration), not inspection', () => {
    expect(route(matter({ kind: 'COMPLAINT', requestedRemedy: 'AWARD' })).firedRuleIds).toEqual([
      'dispute-arbitration',
    ]);
  });

  it('wage-arrears dispute, remedy not stated or an award → mediation or arbitration, not inspection', () => {
    expect(targets(matter({ requestedRemedy: 'AWARD', consentToMediationFirst: true }))).toEqual(['MEDIATION/NORMAL']);
    expect(targets(matter())).toEqual(['ARBITRATION/NORMAL']);
  });

  it('dispute asking for an order but claiming only damages (nothing Art. 26 orders) → the dispute route', () => {
    const content = matter({
      requestedRemedy: 'ORDER_AGAINST_EMPLOYER',
      claims: [{ category: 'DAMAGES', amountFen: 500_000 }],
    });
    expect(targets(content)).toEqual(['ARBITRATION/NORMAL']);
  });

  it('complaint claiming only severance (a dispute, not a violation) → told to use the dispute procedures (Art. 21)', () => {
    const content = matter({ kind: 'COMPLAINT', claims: [{ category: 'SEVERANCE', amountFen: 800_000 }] });
    expect(targets(content)).toEqual(['ARBITRATION/NORMAL']);
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

  it('mediation concluded before the window (failed or not performed) → arbitration even with consent', () => {
    const content = matter({ consentToMediationFirst: true, priorHandling: [handled('MEDIATION', 'CONCLUDED')] });
    expect(targets(content)).toEqual(['ARBITRATION/NORMAL']);
  });

  it('nine workers with a common claim are not collective → ordinary routing', () => {
    expect(targets(matter({ workerCount: 9, commonClaim: true }))).toEqual(['ARBITRATION/NORMAL']);
  });

  it('collective wage-arrears complaint → inspection, with supervision and the trade union notified', () => {
    expect(targets(matter({ kind: 'COMPLAINT', workerCount: 30, commonClaim: true }))).toEqual([
      'INSPECTION/NORMAL',
      'LABOR_RELATIONS_SUPERVISION/NORMAL',
      'TRADE_UNION/NORMAL',
    ]);
  });

  it.each([
    [{ workersLaidOff: 10, workforce: 100 }, true],
    [{ workersLaidOff: 19, workforce: 200 }, false],
    [{ workersLaidOff: 20, workforce: 10_000 }, true],
  ])('layoff %j → supervision: %s', (layoff, supervised) => {
    const content = matter({ kind: 'REPORT', claims: [{ category: 'OTHER', amountFen: 0 }], layoff });
    expect(targets(content).includes('LABOR_RELATIONS_SUPERVISION/NORMAL')).toBe(supervised);
  });

  it('petition visitor disputing an inspection conclusion, claiming wages as a migrant → petition explanation and legal aid', () => {
    const content = matter({
      kind: 'COMPLAINT',
      channel: 'PETITION_VISIT',
      migrantWorker: true,
      priorHandling: [handled('INSPECTION', 'CONCLUDED', true)],
    });
    expect(targets(content)).toEqual(['PETITION/NORMAL', 'LEGAL_AID/NORMAL']);
  });

  it('petition visitor consulting while disputing an award → the petition window explains, not a plain close', () => {
    const content = matter({
      kind: 'CONSULTATION',
      channel: 'PETITION_VISIT',
      priorHandling: [handled('ARBITRATION', 'CONCLUDED', true)],
    });
    expect(targets(content)).toEqual(['PETITION/NORMAL']);
  });

  it('petition visitor reporting a violation → inspection directly: a report is not negotiated', () => {
    expect(targets(matter({ kind: 'REPORT', channel: 'PETITION_VISIT' }))).toEqual(['INSPECTION/NORMAL']);
  });

  it('petition visitor whose matter mediation already handled → the ordinary route, not early intervention', () => {
    const content = matter({ channel: 'PETITION_VISIT', priorHandling: [handled('MEDIATION', 'CONCLUDED')] });
    expect(targets(content)).toEqual(['ARBITRATION/NORMAL']);
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

  it('a migrant worker who also declares hardship gets one legal-aid referral, from the earlier rule', () => {
    const decision = route(matter({ migrantWorker: true, declaresFinancialHardship: true }));
    expect(decision.referrals.filter((r) => r.target === 'LEGAL_AID')).toEqual([
      expect.objectContaining({ ruleId: 'legal-aid-migrant-worker' }),
    ]);
  });

  it('hardship on severance alone is outside 法律援助法 Art. 31 → no legal aid', () => {
    const content = matter({
      declaresFinancialHardship: true,
      claims: [{ category: 'SEVERANCE', amountFen: 800_000 }],
    });
    expect(targets(content)).toEqual(['ARBITRATION/NORMAL']);
  });

  it('a worker still employed claiming wages is not limited (Art. 27 para. 4) → the ordinary arbitration rule', () => {
    const content = matter({ employment: { stillEmployed: true, startDate: '2015-01-01' } });
    expect(route(content).firedRuleIds).toEqual(['dispute-arbitration']);
  });
});
