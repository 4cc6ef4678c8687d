import { ART_30, ART_36, liablePartiesFor } from '.';
import { DEVELOPER, GENERAL, SUBCONTRACTOR, contractor, project } from './testing/construction-project.fixture';

// 保障农民工工资支付条例 Art. 36: work contracted out to an individual or a unit without the qualification —
// the developer or contractor that contracted it out pays the wages (清偿).

describe('an unqualified link in the chain (Art. 36)', () => {
  it('an individual foreman engaged by the general contractor: the general contractor pays (清偿)', () => {
    const foreman = contractor('SUBCONTRACTOR', '包工头刘某', { engagedBy: GENERAL.name, unqualified: true });
    expect(liablePartiesFor(project([DEVELOPER, GENERAL, foreman], foreman.name))).toEqual([
      { name: GENERAL.name, role: 'GENERAL_CONTRACTOR', liability: '清偿', citation: ART_36, limitFen: 0 },
    ]);
  });

  it('a team under an unqualified subcontractor: the one who engaged the unqualified link pays, the general contractor first', () => {
    const unqualified = { ...SUBCONTRACTOR, unqualified: true };
    const team = contractor('SUBCONTRACTOR', '某班组', { engagedBy: unqualified.name });
    const parties = liablePartiesFor(project([DEVELOPER, GENERAL, unqualified, team], team.name));
    expect(parties.map((p) => `${p.name} ${p.liability} ${p.citation}`)).toEqual([`${GENERAL.name} 清偿 ${ART_36}`]);
  });

  it('an unqualified general contractor: the developer that contracted out to it pays', () => {
    const general = { ...GENERAL, unqualified: true };
    const parties = liablePartiesFor(project([DEVELOPER, general, SUBCONTRACTOR], SUBCONTRACTOR.name));
    expect(parties[0]).toEqual({
      name: DEVELOPER.name,
      role: 'DEVELOPER',
      liability: '清偿',
      citation: ART_36,
      limitFen: 0,
    });
    expect(parties[1]).toMatchObject({ name: GENERAL.name, liability: '先行清偿', citation: ART_30 });
  });
});
