import { parsePhoneNumber } from './phone-number';

describe('phone numbers given at the window', () => {
  it('reads a mainland mobile number', () => {
    expect(parsePhoneNumber('13872345678')).toEqual({ ok: true, value: { kind: 'MOBILE', number: '13872345678' } });
  });

  it.each([
    ['0722-3312345', '0722', '3312345'],
    ['07223312345', '0722', '3312345'],
    ['027-87654321', '027', '87654321'],
    ['010-62345678', '010', '62345678'],
  ])('reads the landline %s with its area code', (input, areaCode, localNumber) => {
    expect(parsePhoneNumber(input)).toEqual({ ok: true, value: { kind: 'LANDLINE', areaCode, localNumber } });
  });

  it.each([
    ['a mobile number starting 12', '12872345678'],
    ['a 10-digit mobile number', '1387234567'],
    ['a local number without area code', '3312345'],
    ['a local number starting with 0', '0722-0312345'],
    ['an international prefix', '+8613872345678'],
    ['spaces', '138 7234 5678'],
  ])('rejects %s', (_label, input) => {
    expect(parsePhoneNumber(input)).toEqual({ ok: false, reason: expect.stringContaining('mainland mobile number') });
  });
});
