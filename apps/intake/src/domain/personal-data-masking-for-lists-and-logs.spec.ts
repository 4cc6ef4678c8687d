import { identityNumberFor, matterContent } from './matter-content.fixture';
import {
  ageOn,
  maskIdentityNumber,
  maskPhone,
  personalDataOf,
  storedContentAsShownNow,
  withPersonalDataMasked,
} from './personal-data-masking';

describe('masking personal data for lists and logs', () => {
  it('shows only the first four characters of an identity number, and none of its check character', () => {
    expect(maskIdentityNumber('421303199005171234')).toBe('4213**************');
    expect(maskIdentityNumber('42130319900517123X')).toBe('4213**************');
  });

  it('gives an already masked identity number the same mask (a matter stored under the 4+10+4 mask)', () => {
    expect(maskIdentityNumber('4213**********1234')).toBe('4213**************');
  });

  it('shows the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13872345678')).toBe('138****5678');
  });

  it('keeps the area code and last four digits of a landline, written with a hyphen', () => {
    expect(maskPhone('07223312345')).toBe('0722-***2345');
    expect(maskPhone('027-87654321')).toBe('027-****4321');
  });

  it('masks an unreadable phone number completely rather than guessing its parts', () => {
    expect(maskPhone('+86 138 7234')).toBe('************');
    expect(maskPhone('随州市曾都区东城街道8号')).toBe('************');
  });
});

describe('the age shown in place of the birth date', () => {
  it.each([
    ['the day before the birthday', '1990-05-17', '2026-05-16', 35],
    ['on the birthday', '1990-05-17', '2026-05-17', 36],
    ['the day after the birthday', '1990-05-17', '2026-05-18', 36],
    ['on New Year’s Eve for a 1 January birthday', '1990-01-01', '2025-12-31', 35],
    ['born on 29 February, on 28 February of a common year', '2000-02-29', '2025-02-28', 25],
    ['born on 29 February, the day before, 27 February', '2000-02-29', '2025-02-27', 24],
    ['born on 29 February, on 29 February of a leap year', '2000-02-29', '2024-02-29', 24],
    ['born on 29 February, on 28 February of a leap year', '2000-02-29', '2024-02-28', 23],
    ['born today', '2026-03-15', '2026-03-15', 0],
  ])('counts whole years %s', (_scenario, birthDate, day, age) => {
    expect(ageOn(birthDate, day)).toBe(age);
  });
});

describe('matter content with the personal data masked', () => {
  const content = matterContent({
    applicant: { ...matterContent().applicant, identityNumber: '42130319900517123x', phone: '13872345678' },
    witnesses: [
      { name: '王某', contact: '13912345678', statement: '同班组工友' },
      { name: '赵某', contact: '随州市曾都区某村三组', statement: '邻居' },
    ],
  });

  it('shows the age on the day of registration instead of the birth date, and masks the numbers', () => {
    const masked = withPersonalDataMasked(content, '2026-05-16');
    expect(masked.applicant).toEqual({
      ...content.applicant,
      identityNumber: '4213**************',
      birthDate: '',
      age: 35,
      phone: '138****5678',
    });
    expect(masked.witnesses).toEqual([
      { name: '王某', contact: '139****5678', statement: '同班组工友' },
      { name: '赵某', contact: '**********', statement: '邻居' },
    ]);
    expect({ ...masked, applicant: undefined, witnesses: undefined }).toEqual({
      ...content,
      applicant: undefined,
      witnesses: undefined,
    });
    expect(content.applicant.identityNumber).toBe('42130319900517123x');
  });

  it('keeps the whole values for sealing, the identity number in upper case so a lower-case x finds the same worker', () => {
    expect(personalDataOf(content)).toEqual({
      identityNumber: '42130319900517123X',
      birthDate: '1990-05-17',
      phone: '13872345678',
      witnessContacts: ['13912345678', '随州市曾都区某村三组'],
    });
  });
});

describe('a matter stored before ages replaced birth dates', () => {
  const identityNumber = identityNumberFor('421303', '1990-05-17', '123');
  const stored = matterContent({
    applicant: {
      ...matterContent().applicant,
      identityNumber: `4213**********${identityNumber.slice(14)}`,
      phone: '138****5678',
    },
  });

  it('is shown with the new mask, and the age on its registration day from the birth date it holds', () => {
    const shown = storedContentAsShownNow(stored, '2026-05-16');
    expect(shown.applicant).toEqual({
      ...stored.applicant,
      identityNumber: '4213**************',
      birthDate: '',
      age: 35,
      phone: '138****5678',
    });
    expect(shown.witnesses).toEqual([{ ...stored.witnesses[0], contact: '139****5678' }]);
  });

  it('leaves a content stored since unchanged (its witness contacts are not masked twice)', () => {
    const since = withPersonalDataMasked(matterContent(), '2026-05-16');
    expect(storedContentAsShownNow(since, '2026-05-16')).toEqual(since);
  });
});
