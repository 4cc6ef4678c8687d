// Checks of request input shared by the steps: libs/matter's input checks, each throwing
// InvalidInspectionInputError naming the field, answering the value the step goes on with.
import { compareIsoDates, type IsoDate } from '@onewindow/calendar';
import { type InputChecks, inputChecks } from '@onewindow/matter';
import { InvalidInspectionInputError } from './inspection.errors';

const MAX_TEXT = 2000;
const checks: InputChecks = inputChecks((field, message) => new InvalidInspectionInputError(field, message));

export function requiredText(value: string | undefined, field: string, what: string, max = MAX_TEXT): string {
  const text = (value ?? '').trim();
  if (text === '') throw new InvalidInspectionInputError(field, `give ${what}`);
  checks.text(text, field, { max });
  return text;
}

export function optionalText(value: string | undefined, field: string, max = MAX_TEXT): string {
  const text = (value ?? '').trim();
  checks.text(text, field, { min: 0, max });
  return text;
}

export function date(value: string | undefined, field: string): IsoDate {
  checks.date(value, field);
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
  checks.fen(amount, field);
  return amount;
}

export function textList(values: readonly string[] | undefined, field: string, what: string, min = 0): string[] {
  const list = values ?? [];
  if (list.length < min) throw new InvalidInspectionInputError(field, `give at least ${min} ${what}`);
  if (list.length > 50) throw new InvalidInspectionInputError(field, 'at most 50 entries');
  return list.map((value, i) => requiredText(value, `${field}[${i}]`, what, 500));
}
