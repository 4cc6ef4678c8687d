import { identityNumberFor, matterContent, TODAY } from './matter-content.fixture';
import type { Applicant } from './matter-content';
import { validateMatterContent } from './matter-content.validator';

const withApplicant = (changes: Partial<Applicant>) =>
  validateMatterContent(matterContent({ applicant: { ...matterContent().applicant, ...changes } }), TODAY);

describe('the stated birth date and sex must agree with the identity number', () => {
  it('reports a birth date that differs from the one encoded in the number', () => {
    expect(withApplicant({ birthDate: '1990-05-18' })).toEqual([
      { field: 'applicant.birthDate', description: '1990-05-18 differs from 1990-05-17 in the identity number' },
    ]);
  });

  it('reports FEMALE for a number whose 17th digit is odd', () => {
    expect(withApplicant({ sex: 'FEMALE' })).toEqual([
      { field: 'applicant.sex', description: 'FEMALE differs from MALE in the identity number (its 17th digit)' },
    ]);
  });

  it('reports the identity number itself when its checksum fails, and does not compare against it', () => {
    const number = identityNumberFor('421303', '1990-05-17', '123');
    const wrongCheck = number.slice(0, 17) + (number[17] === '0' ? '1' : '0');
    expect(withApplicant({ identityNumber: wrongCheck, sex: 'FEMALE' })).toEqual([
      { field: 'applicant.identityNumber', description: expect.stringContaining('check character does not match') },
    ]);
  });

  it('requires an identity number', () => {
    expect(withApplicant({ identityNumber: '' })).toEqual([
      { field: 'applicant.identityNumber', description: 'is required' },
    ]);
  });

  it('rejects a birth date in the future and one implying an age over 120', () => {
    expect(
      withApplicant({ birthDate: '2026-03-16', identityNumber: identityNumberFor('421303', '2026-03-16', '123') }),
    ).toEqual(
      expect.arrayContaining([
        { field: 'applicant.birthDate', description: '2026-03-16 is in the future (today is 2026-03-15)' },
      ]),
    );
    expect(
      withApplicant({ birthDate: '1905-01-01', identityNumber: identityNumberFor('421303', '1905-01-01', '123') }),
    ).toEqual([{ field: 'applicant.birthDate', description: '1905-01-01 would make the applicant older than 120' }]);
  });
});
