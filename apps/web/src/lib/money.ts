// Money is integer fen everywhere in OneWindow. People type yuan with up to two decimals; the
// conversion works on the digits, never through floating-point multiplication (0.29 * 100 ≠ 29).

// Full-width digits and punctuation come from Chinese input methods.
function toHalfWidth(text: string): string {
  return text.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const YUAN = /^(\d+)(?:\.(\d{1,2}))?$/;
// 13 digits of yuan keep the fen total below Number.MAX_SAFE_INTEGER.
const MAX_YUAN_DIGITS = 13;

/** '3600.5' → 360050; '1,200' → 120000; undefined for anything that is not a non-negative amount with ≤ 2 decimals. */
export function yuanToFen(text: string): number | undefined {
  const match = YUAN.exec(toHalfWidth(text).trim().replace(/,/g, ''));
  if (!match) return undefined;
  const [, whole, fraction = ''] = match;
  const digits = whole.replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_YUAN_DIGITS) return undefined;
  return Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
}

/** 360050 → '3,600.50' (or '3600.50' without grouping, the form's input format). */
export function formatFen(fen: number, grouping = true): string {
  const sign = fen < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(fen) / 100);
  const cents = Math.abs(fen) % 100;
  return `${sign}${grouping ? whole.toLocaleString('en-US') : String(whole)}.${String(cents).padStart(2, '0')}`;
}
