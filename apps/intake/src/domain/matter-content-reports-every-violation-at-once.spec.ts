import { matterContent, TODAY } from './matter-content.fixture';
import { validateMatterContent } from './matter-content.validator';

describe('the window lists every problem at once, not only the first', () => {
  it('reports each malformed field of one matter with its path', () => {
    const content = {
      ...matterContent(),
      countyCode: '420100',
      kind: 'LAWSUIT',
      applicant: { ...matterContent().applicant, name: '', phone: '12345', domicile: '   ' },
      employer: { ...matterContent().employer, unifiedSocialCreditCode: '91350100M000100Y44' },
      claims: [
        { category: 'WAGES', amountFen: 100, description: '' },
        { category: 'BONUS', amountFen: -5, description: '' },
      ],
      channel: 'FAX',
    };
    expect(validateMatterContent(content, TODAY)).toEqual([
      { field: 'countyCode', description: expect.stringContaining("'420100'") },
      { field: 'kind', description: "must be one of DISPUTE, COMPLAINT, REPORT, CONSULTATION; got 'LAWSUIT'" },
      { field: 'claims[1].category', description: expect.stringContaining("got 'BONUS'") },
      { field: 'claims[1].amountFen', description: 'must be a whole number from 0 to 10000000000 fen; got -5' },
      { field: 'applicant.name', description: 'is required' },
      { field: 'applicant.phone', description: expect.stringContaining('mainland mobile number') },
      { field: 'applicant.domicile', description: 'is required (only blanks were given)' },
      { field: 'employer.unifiedSocialCreditCode', description: expect.stringContaining('check character') },
      { field: 'channel', description: "must be one of WINDOW, ONLINE, PETITION_VISIT; got 'FAX'" },
    ]);
  });

  it('reports wrong types field by field instead of failing on the first', () => {
    const content = {
      ...matterContent(),
      applicant: 'Zhang',
      employment: { startDate: 20240301, stillEmployed: 'yes' },
      claims: { category: 'WAGES' },
      workerCount: '3',
      migrantWorker: null,
    };
    expect(validateMatterContent(content, TODAY)).toEqual([
      { field: 'claims', description: 'must be a list; got an object' },
      { field: 'applicant', description: "must be an object; got 'Zhang'" },
      { field: 'employment.startDate', description: 'must be text; got 20240301' },
      { field: 'employment.stillEmployed', description: "must be true or false; got 'yes'" },
      { field: 'workerCount', description: "must be a whole number from 1 to 100000; got '3'" },
      { field: 'migrantWorker', description: 'must be true or false; got null' },
    ]);
  });

  it('rejects content that is not an object at all', () => {
    expect(validateMatterContent([matterContent()], TODAY)).toEqual([
      { field: '', description: 'must be an object; got a list' },
    ]);
  });

  it('treats an invalid "today" as a programming error, not a problem of the matter', () => {
    expect(() => validateMatterContent(matterContent(), '2026-02-30')).toThrow(/today must be a calendar date/);
  });
});
