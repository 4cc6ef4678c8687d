// Checks of request input shared by the steps: each throws InvalidInspectionInputError naming the field.
import { compareIsoDates, type IsoDate, isIsoDate } from '@onewindow/calendar';
import { InvalidInspectionInputError } from './inspection.errors';

const MAX_TEXT = 2000;

export function requiredText(value: string | undefined, field: string, what: string, max = MAX_TEXT): string {
  const text = (value ?? '').trim();
  if (text === '') throw new InvalidInspectionInputError(field, `give ${what}`);
  if ([...text].length > max) throw new InvalidInspectionInputError(field, `at most ${max} characters`);
  return text;
}

export function optionalText(value: string | undefined, field: string, max = MAX_TEXT): string {
  const text = (value ?? '').trim();
  if ([...text].length > max) throw new InvalidInspectionInputError(field, `at most ${max} characters`);
  return text;
}

export function date(value: string | undefined, field: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new InvalidInspectionInputError(field, `must be a calendar date YYYY-MM-DD; got "${value ?? ''}"`);
  }
  return value;
}

export function notInTheFuture(day: IsoDate, today: IsoDate, field: string): IsoDate {
  if (compareIsoDates(day, today) > 0) {
    throw new InvalidInspectionInputError(field, `${day} is after today (${today})`);
  }
  return day;
}

export function fen(value: number | undefined, field: string): number {
  const amount = value ?? 0;
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new InvalidInspectionInputError(field, `must be a whole number of fen, 0 or more; got ${String(value)}`);
  }
  return amount;
}

export function textList(values: readonly string[] | undefined, field: string, what: string, min = 0): string[] {
  const list = values ?? [];
  if (list.length < min) throw new InvalidInspectionInputError(field, `give at least ${min} ${what}`);
  if (list.length > 50) throw new InvalidInspectionInputError(field, 'at most 50 entries');
  return list.map((value, i) => requiredText(value, `${field}[${i}]`, what, 500));
}
