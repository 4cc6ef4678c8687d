// Unified social credit code (统一社会信用代码), GB 32100-2015: registration authority (1), entity type (1),
// 行政区划代码 of the registering office (6), organization code (9), check character (1).
import { parsed, rejected, type ParseResult } from '@onewindow/matter';

// The standard's 31 characters: digits and capitals without I, O, Z, S, V (too easily misread).
const CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
// Weight of position i (0-based) is 3^i mod 31.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Returns the code in upper case, or why it is not one. */
export function parseUnifiedSocialCreditCode(input: string): ParseResult<string> {
  const code = input.toUpperCase();
  if (code.length !== 18) return rejected(`must be 18 characters; got ${code.length}`);
  if (!SHAPE.test(code)) {
    return rejected('must use digits and capitals other than I, O, Z, S, V, with digits in positions 3–8');
  }
  if (code[17] !== checkCharacter(code)) {
    return rejected('check character does not match (GB 32100-2015): a character is probably mistyped');
  }
  return parsed(code);
}

function checkCharacter(code: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CHARACTERS.indexOf(code[i]) * WEIGHTS[i];
  return CHARACTERS[(31 - (sum % 31)) % 31];
}
