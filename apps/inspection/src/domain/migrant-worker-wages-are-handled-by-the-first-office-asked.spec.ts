import { decideAcceptance, issueCorrectionOrder, recordConstructionProject } from '.';
import { DEVELOPER, GENERAL, SUBCONTRACTOR, project } from './testing/construction-project.fixture';
import { applied, errorOf, heardCase, INSPECTOR, matter, receivedCase } from './testing/inspection-case.fixture';

// 保障农民工工资支付条例 Art. 10 (首问负责): a migrant worker's wage complaint is handled by the office first
// asked, or handed to a named department whose result it follows; the order goes to whoever the project's
// chain makes liable (Arts. 29, 30, 36).

const migrant = matter({ migrantWorker: true });
const redirect = (redirectedTo: string) => ({
  decision: 'REDIRECTED' as const,
  violations: [],
  reason: '',
  redirectedTo,
  missingMaterial: [],
});

describe('a migrant worker’s wages (首问负责)', () => {
  it('is first-contact-responsible only for a migrant worker’s wage claim', () => {
    expect(receivedCase(migrant).firstContactResponsible).toBe(true);
    expect(receivedCase(matter()).firstContactResponsible).toBe(false);
    const socialInsurance = matter({
      migrantWorker: true,
      claims: [{ category: 'SOCIAL_INSURANCE', amountFen: 0, description: '' }],
    });
    expect(receivedCase(socialInsurance).firstContactResponsible).toBe(false);
  });

  it('refuses a plain redirect, and redirects to a named department with a 告知书 to the worker', () => {
    const c = receivedCase(migrant);
    expect(errorOf(() => decideAcceptance(c, redirect('有关部门处理'), INSPECTOR))?.field).toBe('redirected_to');
    const { record, events } = applied(decideAcceptance(c, redirect('随州市曾都区住房和城乡建设局'), INSPECTOR));
    expect(record).toMatchObject({ conclusion: 'REDIRECTED', status: 'CONCLUDED' });
    expect(record.documents.map((d) => [d.title, d.addressedTo])).toEqual([['告知书', '张建国']]);
    expect(events[0]!.officeAnswer).toMatchObject({ kind: 'CONCLUDED', outcome: 'CLOSED' });
    expect(events[0]!.summary).toContain('首问负责');
  });

  it('addresses the order to the general contractor that pays first for a subcontractor’s workers', () => {
    const heard = heardCase(migrant);
    const recorded = applied(
      recordConstructionProject(
        heard,
        { project: project([DEVELOPER, GENERAL, SUBCONTRACTOR], SUBCONTRACTOR.name) },
        INSPECTOR,
      ),
    ).record;
    expect(recorded.liableParties.map((p) => p.liability)).toEqual(['先行清偿']);
    const ordered = applied(
      issueCorrectionOrder(
        recorded,
        { corrections: ['支付拖欠工资'], correctBy: '2026-03-20', wagesOrderedFen: 3_600_000 },
        INSPECTOR,
      ),
    );
    expect(ordered.record.correctionOrder!.addressedTo).toBe(GENERAL.name);
    expect(ordered.events[0]!.summary).toContain('第三十条');
  });

  it('records a project only on a migrant worker’s wage case', () => {
    const error = errorOf(() =>
      recordConstructionProject(heardCase(), { project: project([GENERAL], GENERAL.name) }, INSPECTOR),
    );
    expect(error).toMatchObject({ name: 'InspectionPreconditionError', field: 'project' });
  });
});
