import { ART_29, ART_30, checkConstructionProject, liablePartiesFor } from '.';
import { DEVELOPER, GENERAL, SUBCONTRACTOR, contractor, project } from './testing/construction-project.fixture';
import { errorOf } from './testing/inspection-case.fixture';

// 保障农民工工资支付条例 Art. 30: a subcontractor's arrears are paid first by the general contractor, which
// recovers them; Art. 29: a developer that has not paid the project funds advances the wages up to them.

describe('who pays a migrant worker’s wages on a construction project', () => {
  it('a subcontractor’s workers: the general contractor pays first (先行清偿, Art. 30)', () => {
    expect(liablePartiesFor(project([DEVELOPER, GENERAL, SUBCONTRACTOR], SUBCONTRACTOR.name))).toEqual([
      { name: GENERAL.name, role: 'GENERAL_CONTRACTOR', liability: '先行清偿', citation: ART_30, limitFen: 0 },
    ]);
  });

  it('the general contractor’s own workers: it pays them (清偿)', () => {
    const [only, ...rest] = liablePartiesFor(project([DEVELOPER, GENERAL], GENERAL.name));
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ name: GENERAL.name, liability: '清偿' });
  });

  it('a developer owing project funds advances the wages, up to what it owes (先行垫付, Art. 29)', () => {
    const owing = { ...DEVELOPER, unpaidProjectFundsFen: 50_000_000 };
    expect(liablePartiesFor(project([owing, GENERAL, SUBCONTRACTOR], SUBCONTRACTOR.name))).toContainEqual({
      name: DEVELOPER.name,
      role: 'DEVELOPER',
      liability: '先行垫付（以未结清的工程款为限）',
      citation: ART_29,
      limitFen: 50_000_000,
    });
  });

  it('refuses a chain it cannot follow, naming the field', () => {
    const stranger = { ...SUBCONTRACTOR, engagedBy: '不存在的公司' };
    expect(errorOf(() => checkConstructionProject(project([DEVELOPER, GENERAL, stranger], stranger.name)))?.field).toBe(
      'project.contractors[2].engaged_by',
    );
    const twoGenerals = [GENERAL, contractor('GENERAL_CONTRACTOR', '另一家总包')];
    expect(errorOf(() => checkConstructionProject(project(twoGenerals, GENERAL.name)))?.field).toBe(
      'project.contractors[1].role',
    );
    expect(errorOf(() => checkConstructionProject(project([DEVELOPER, GENERAL], '某班组')))?.field).toBe(
      'project.employing_contractor',
    );
    expect(errorOf(() => checkConstructionProject(project([GENERAL], GENERAL.name)))?.field).toBe(
      'project.contractors',
    );
    const circle = [
      DEVELOPER,
      GENERAL,
      contractor('SUBCONTRACTOR', '甲', { engagedBy: '乙' }),
      contractor('SUBCONTRACTOR', '乙', { engagedBy: '甲' }),
    ];
    expect(errorOf(() => checkConstructionProject(project(circle, '甲')))?.message).toContain('circle');
    expect(errorOf(() => checkConstructionProject({ ...project([GENERAL], GENERAL.name), name: '' }))?.field).toBe(
      'project.name',
    );
  });
});
