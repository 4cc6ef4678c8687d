import { matterContent } from './matter-content.fixture';
import { maskIdentityNumber, maskPhone, personalDataOf, withPersonalDataMasked } from './personal-data-masking';

describe('masking personal data for lists and logs', () => {
  it('shows only the first four and last four characters of an identity number', () => {
    expect(maskIdentityNumber('421303199005171234')).toBe('4213**********1234');
  });

  it('masks an identity number too short to hide enough of it completely', () => {
    expect(maskIdentityNumber('4213031234')).toBe('**********');
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
  });
});

describe('matter content with the personal data masked', () => {
  const content = matterContent({
    applicant: { ...matterContent().applicant, identityNumber: '42130319900517123x', phone: '13872345678' },
  });

  it('masks the identity and phone numbers and leaves the rest of the content as it was', () => {
    const masked = withPersonalDataMasked(content);
    expect(masked.applicant).toEqual({
      ...content.applicant,
      identityNumber: '4213**********123X',
      phone: '138****5678',
    });
    expect({ ...masked, applicant: undefined }).toEqual({ ...content, applicant: undefined });
    expect(content.applicant.identityNumber).toBe('42130319900517123x');
  });

  it('seals the identity number in upper case, so a lower-case x finds the same worker', () => {
    expect(personalDataOf(content)).toEqual({ identityNumber: '42130319900517123X', phone: '13872345678' });
  });
});
