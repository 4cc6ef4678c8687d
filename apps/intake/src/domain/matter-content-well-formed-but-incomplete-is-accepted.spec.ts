import { identityNumberFor, matterContent, TODAY } from './matter-content.fixture';
import { validateMatterContent } from './matter-content.validator';

describe('the window registers well-formed content even when arbitration would ask for more (补正)', () => {
  it('accepts a complete wage-arrears dispute', () => {
    expect(validateMatterContent(matterContent(), TODAY)).toEqual([]);
  });

  it("accepts an employer without credit code, address or legal representative (Art. 28 items are arbitration's review)", () => {
    const content = matterContent({
      employer: { name: '个体户刘某（未登记）', unifiedSocialCreditCode: '', address: '', legalRepresentative: '' },
      factsAndReasons: '',
      evidence: [],
      witnesses: [],
    });
    expect(validateMatterContent(content, TODAY)).toEqual([]);
  });

  it('accepts a consultation that names no employer, job or claim', () => {
    const content = matterContent({
      kind: 'CONSULTATION',
      employer: { name: '', unifiedSocialCreditCode: '', address: '', legalRepresentative: '' },
      employment: { startDate: '', stillEmployed: false },
      claims: [],
    });
    expect(validateMatterContent(content, TODAY)).toEqual([]);
  });

  it('accepts a worker who is still employed, with no end date', () => {
    const content = matterContent({ employment: { startDate: '2024-03-01', stillEmployed: true } });
    expect(validateMatterContent(content, TODAY)).toEqual([]);
  });

  it('accepts a female applicant whose identity number has an even 17th digit', () => {
    const applicant = {
      ...matterContent().applicant,
      name: '阿依古丽·买买提',
      sex: 'FEMALE' as const,
      birthDate: '2000-02-29',
      identityNumber: identityNumberFor('421321', '2000-02-29', '046').toLowerCase(),
    };
    expect(validateMatterContent(matterContent({ applicant }), TODAY)).toEqual([]);
  });
});
