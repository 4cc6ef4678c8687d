import {
  assertKnownCounty,
  getCounty,
  isCountyCodeFormat,
  isKnownCounty,
  listCounties,
  UnknownCountyError,
} from './index';

describe('the county registry knows the four Suizhou codes and nothing else', () => {
  it('lists 随州市, 曾都区, 随县 and 广水市 with their codes', () => {
    expect(listCounties().map((c) => [c.code, c.nameZh])).toEqual([
      ['421300', '随州市'],
      ['421303', '曾都区'],
      ['421321', '随县'],
      ['421381', '广水市'],
    ]);
    expect(getCounty('421381')).toMatchObject({
      nameEn: 'Guangshui',
      level: 'COUNTY_LEVEL_CITY',
      parentCode: '421300',
    });
  });

  it.each(['421300', '421303', '421321', '421381'])('accepts %s', (code) => {
    expect(isKnownCounty(code)).toBe(true);
    expect(() => assertKnownCounty(code)).not.toThrow();
  });

  it('refuses a well-formed code of another county, naming the counties it serves', () => {
    expect(isKnownCounty('420100')).toBe(false);
    expect(isCountyCodeFormat('420100')).toBe(true);
    expect(() => assertKnownCounty('420100')).toThrow(UnknownCountyError);
    expect(() => assertKnownCounty('420100')).toThrow(
      "unknown county code (行政区划代码) '420100': OneWindow serves only 421300 随州市",
    );
  });

  it.each([['4213'], ['42130x'], [''], [421303], [null]])('refuses the malformed code %p', (code) => {
    expect(isKnownCounty(code)).toBe(false);
    expect(() => assertKnownCounty(code)).toThrow('a 行政区划代码 has exactly six digits');
  });

  it('getCounty throws for an unknown code rather than returning nothing', () => {
    expect(() => getCounty('110101')).toThrow(UnknownCountyError);
  });
});
