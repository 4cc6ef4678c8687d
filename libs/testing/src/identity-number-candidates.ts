// How many identity numbers (GB 11643-1999) fit what a reader is shown of a person: the measure of
// whether a de-identified view can be reversed (个人信息保护法 Art. 51, 去标识化). Counted the way an
// attacker would narrow them down: the shown characters; the region completed with the county's code;
// a birth date that gives the shown age on the registration day (or the shown date); a sequence whose
// parity gives the shown sex; the check character, which must match a shown one. Counted
// arithmetically over the check character's residues, not by listing the numbers.
import { addYears, compareIsoDates, fromDayNumber, isIsoDate, toDayNumber, type IsoDate } from '@onewindow/calendar';

export interface ShownOfAPerson {
  /** As shown, '*' for each hidden character; '' when not shown at all. */
  identityNumber: string;
  /** The matter's county (行政区划代码), known to every reader of the matter. */
  countyCode: string;
  registeredOn: IsoDate;
  sex?: 'MALE' | 'FEMALE' | '';
  /** Whole years on registeredOn. */
  age?: number;
  birthDate?: IsoDate;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
const LENGTH = 18;
// The oldest applicant intake accepts (its validator's plausibility bound), when neither age nor birth date is shown.
const OLDEST = 120;

// Many views show the same thing of a person; a count is pure, so it is computed once per shown tuple.
const counted = new Map<string, number>();

export function countIdentityNumberCandidates(shown: ShownOfAPerson): number {
  const key = JSON.stringify([
    shown.identityNumber,
    shown.countyCode,
    shown.registeredOn,
    shown.sex,
    shown.age,
    shown.birthDate,
  ]);
  let count = counted.get(key);
  if (count === undefined) counted.set(key, (count = countAfresh(shown)));
  return count;
}

function countAfresh(shown: ShownOfAPerson): number {
  const mask = (shown.identityNumber || '*'.repeat(LENGTH)).toUpperCase();
  if (mask.length !== LENGTH) throw new RangeError(`an identity number shows 18 characters; got ${mask.length}`);
  const isShown = (i: number) => mask[i] !== '*';

  const region = [...mask.slice(0, 6)].map((c, i) => (c === '*' ? shown.countyCode[i]! : c)).join('');
  const regionSum = weightedSum(region, 0);

  // How many sequences (positions 14–16) leave each residue of their weighted sum mod 11.
  const sequences = new Array<number>(11).fill(0);
  for (let n = 0; n < 1000; n += 1) {
    const digits = String(n).padStart(3, '0');
    if ([...digits].some((d, i) => isShown(14 + i) && mask[14 + i] !== d)) continue;
    if (shown.sex && (Number(digits[2]) % 2 === 1) !== (shown.sex === 'MALE')) continue;
    sequences[weightedSum(digits, 14) % 11] += 1;
  }
  const allSequences = sequences.reduce((a, b) => a + b, 0);

  let count = 0;
  for (const birthDate of birthDates(shown, mask)) {
    const digits = birthDate.replaceAll('-', '');
    if ([...digits].some((d, i) => isShown(6 + i) && mask[6 + i] !== d)) continue;
    const partial = (regionSum + weightedSum(digits, 6)) % 11;
    if (!isShown(17)) {
      count += allSequences;
      continue;
    }
    const wanted = CHECK_CHARACTERS.indexOf(mask[17]!);
    if (wanted < 0) continue;
    // The check character is CHECK_CHARACTERS[total mod 11]: one residue of the sequence part gives it.
    count += sequences[(((wanted - partial) % 11) + 11) % 11]!;
  }
  return count;
}

/** The first 17 characters with their GB 11643 check character (ISO 7064 MOD 11-2): a valid test number. */
export function withCheckCharacter(first17: string): string {
  return first17 + CHECK_CHARACTERS[weightedSum(first17, 0) % 11]!;
}

function weightedSum(digits: string, from: number): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += Number(digits[i]) * WEIGHTS[from + i]!;
  return sum;
}

/** Whole years on `day`: a year is complete on the birthday (29 February: on 28 February of a common year). */
export function wholeYears(birthDate: IsoDate, day: IsoDate): number {
  let years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (compareIsoDates(addYears(birthDate, years), day) > 0) years -= 1;
  return years;
}

function* birthDates(shown: ShownOfAPerson, mask: string): Iterable<IsoDate> {
  const digits = mask.slice(6, 14);
  const inNumber = /^\d{8}$/.test(digits) ? `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}` : '';
  if (shown.birthDate || inNumber) {
    const date = shown.birthDate || inNumber;
    if (isIsoDate(date) && (shown.age === undefined || wholeYears(date, shown.registeredOn) === shown.age)) yield date;
    return;
  }
  const [youngest, oldest] = shown.age === undefined ? [0, OLDEST] : [shown.age, shown.age];
  // Born within (registeredOn − (oldest + 1) years, registeredOn − youngest years]; only the days near
  // either end need their age worked out (29 February moves them by a day).
  const first = toDayNumber(addYears(shown.registeredOn, -(oldest + 1)));
  const last = Math.min(toDayNumber(addYears(shown.registeredOn, -youngest)) + 1, toDayNumber(shown.registeredOn));
  for (let day = first; day <= last; day += 1) {
    const date = fromDayNumber(day);
    const nearAnEnd = day - first < 3 || last - day < 3;
    if (!nearAnEnd) yield date;
    else {
      const years = wholeYears(date, shown.registeredOn);
      if (years >= youngest && years <= oldest) yield date;
    }
  }
}
