// Contact numbers a worker gives at the window: a mainland mobile number, or a landline with its
// long-distance area code (长途区号), since the staff may call from another county.
import { parsed, rejected, type ParseResult } from './parse-result';

export type PhoneNumber =
  | { readonly kind: 'MOBILE'; readonly number: string }
  | { readonly kind: 'LANDLINE'; readonly areaCode: string; readonly localNumber: string };

const MOBILE = /^1[3-9]\d{9}$/;
// Area codes: 010 and 02X have three digits, all others four (e.g. 0722 Suizhou); local numbers
// have 7 or 8 digits and never start with 0 or 1. The hyphen is optional.
const LANDLINE = /^(010|02\d|0[3-9]\d{2})-?([2-9]\d{6,7})$/;

export function parsePhoneNumber(input: string): ParseResult<PhoneNumber> {
  if (MOBILE.test(input)) return parsed({ kind: 'MOBILE', number: input });
  const landline = LANDLINE.exec(input);
  if (landline) return parsed({ kind: 'LANDLINE', areaCode: landline[1], localNumber: landline[2] });
  return rejected(
    'must be a mainland mobile number (11 digits starting 13–19) or a landline with area code, e.g. 0722-3312345',
  );
}
