import { creditCodeFor } from './matter-content.fixture';
import { parseUnifiedSocialCreditCode } from './unified-social-credit-code';

describe('unified social credit code (统一社会信用代码) per GB 32100-2015', () => {
  it('accepts the widely published example 91350100M000100Y43', () => {
    expect(parseUnifiedSocialCreditCode('91350100M000100Y43')).toEqual({ ok: true, value: '91350100M000100Y43' });
  });

  it('accepts a code whose check character is 0 (31 mod 31)', () => {
    const code = findCodeWithCheck('0');
    expect(parseUnifiedSocialCreditCode(code)).toEqual({ ok: true, value: code });
  });

  it('normalizes lower case to the upper-case code', () => {
    expect(parseUnifiedSocialCreditCode('91350100m000100y43')).toEqual({ ok: true, value: '91350100M000100Y43' });
  });

  it('rejects a mistyped character through the check character', () => {
    expect(parseUnifiedSocialCreditCode('91350100M000100Y44')).toEqual({
      ok: false,
      reason: expect.stringContaining('check character does not match'),
    });
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the excluded letter %s', (letter) => {
    expect(parseUnifiedSocialCreditCode(`91350100M${letter}00100Y43`)).toEqual({
      ok: false,
      reason: expect.stringContaining('other than I, O, Z, S, V'),
    });
  });

  it('rejects letters in the region-code positions 3–8', () => {
    expect(parseUnifiedSocialCreditCode(creditCodeFor('9135A100M000100Y4'))).toEqual({
      ok: false,
      reason: expect.stringContaining('digits in positions 3–8'),
    });
  });

  it('rejects a code of the wrong length', () => {
    expect(parseUnifiedSocialCreditCode('91350100M000100Y4')).toEqual({
      ok: false,
      reason: 'must be 18 characters; got 17',
    });
  });
});

function findCodeWithCheck(check: string): string {
  for (let n = 0; n < 10_000; n += 1) {
    const code = creditCodeFor(`91421303MA4F${String(n).padStart(5, '0')}`);
    if (code.endsWith(check)) return code;
  }
  throw new Error(`no code with check character ${check} in the range tried`);
}
