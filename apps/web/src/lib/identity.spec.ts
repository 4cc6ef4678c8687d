import { isPhoneNumber, readIdentityNumber } from './identity';

describe('identity numbers checked before sending', () => {
  it('reads the birth date and sex of a well-formed number', () => {
    expect(readIdentityNumber('421303199005171235')).toEqual({
      ok: true,
      number: '421303199005171235',
      birthDate: '1990-05-17',
      sex: 'MALE',
    });
    expect(readIdentityNumber('421381198611022461')).toMatchObject({ ok: true, sex: 'FEMALE' });
  });

  it('names what is wrong', () => {
    expect(readIdentityNumber('42130319900517123')).toEqual({ ok: false, problem: 'shape' });
    expect(readIdentityNumber('421303199002301234')).toEqual({ ok: false, problem: 'birthDate' });
    expect(readIdentityNumber('421303199005171234')).toEqual({ ok: false, problem: 'checksum' });
  });
});

describe('phone numbers', () => {
  it.each(['13872345678', '0722-3312345', '07223312345', '010-62345678'])('accepts %s', (phone) => {
    expect(isPhoneNumber(phone)).toBe(true);
  });
  it.each(['1387234567', '12872345678', '0722-1312345', 'phone'])('refuses %s', (phone) => {
    expect(isPhoneNumber(phone)).toBe(false);
  });
});
