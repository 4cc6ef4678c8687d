import { identityNumberFor, matterContent, TODAY } from './matter-content.fixture';
import type { MatterContent } from './matter-content';
import { validateMatterContent } from './matter-content.validator';

// Born 2010-06-01: 15 when the job started on 2025-07-01, 16 only from 2026-06-01.
const childApplicant = {
  ...matterContent().applicant,
  birthDate: '2010-06-01',
  identityNumber: identityNumberFor('421381', '2010-06-01', '031'),
};
const childWorker = (changes: Partial<MatterContent>) =>
  matterContent({
    applicant: childApplicant,
    employment: { startDate: '2025-07-01', stillEmployed: true },
    ...changes,
  });

describe('an applicant under 16 at the start of the job (child labor, 使用童工)', () => {
  it('is accepted when the matter records a CHILD_LABOR claim, so it reaches labor inspection', () => {
    const content = childWorker({
      kind: 'COMPLAINT',
      claims: [
        { category: 'CHILD_LABOR', amountFen: 0, description: '工厂招用未满16周岁未成年人' },
        { category: 'WAGES', amountFen: 450_000, description: '拖欠工资' },
      ],
    });
    expect(validateMatterContent(content, TODAY)).toEqual([]);
  });

  it('is flagged when no CHILD_LABOR claim is recorded: either the dates are wrong or the claim is missing', () => {
    expect(validateMatterContent(childWorker({}), TODAY)).toEqual([
      {
        field: 'employment.startDate',
        description:
          'the applicant was under 16 on 2025-07-01; if so, record a CHILD_LABOR claim (使用童工), otherwise correct the date',
      },
    ]);
  });

  it('is not flagged from the 16th birthday on', () => {
    const content = childWorker({ employment: { startDate: '2026-06-01', stillEmployed: true } });
    expect(validateMatterContent(content, '2026-06-01')).toEqual([]);
  });

  it('never accepts a job that started before the applicant was born, child labor or not', () => {
    const content = childWorker({
      employment: { startDate: '2010-05-31', stillEmployed: true },
      claims: [{ category: 'CHILD_LABOR', amountFen: 0, description: '' }],
    });
    expect(validateMatterContent(content, TODAY)).toEqual([
      { field: 'employment.startDate', description: "2010-05-31 is before the applicant's birth date 2010-06-01" },
    ]);
  });
});
