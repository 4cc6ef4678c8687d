import { maskIdentityNumber, maskPhone } from './personal-data-masking';

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
