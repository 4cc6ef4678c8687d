// Errors of the calendar library. Each names the bad value so the caller can say what to fix.

export class CalendarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A value that is not a real calendar date 'YYYY-MM-DD' (e.g. '2026-02-30', '2026/01/01'). */
export class InvalidIsoDateError extends CalendarError {
  constructor(
    readonly value: unknown,
    readonly label: string,
    reason: string,
  ) {
    super(`${label} must be a calendar date 'YYYY-MM-DD' (China Standard Time); got ${describe(value)}: ${reason}`);
  }
}

/** A JavaScript Date that does not hold a time (new Date('nonsense')). */
export class InvalidInstantError extends CalendarError {
  constructor(readonly value: unknown) {
    super(`expected a valid Date instant; got ${describe(value)}`);
  }
}

/** A period (期间) whose amount or unit cannot be counted. */
export class InvalidPeriodError extends CalendarError {}

/** A holiday notice (节假日安排) that contradicts itself or the calendar. */
export class InvalidHolidayScheduleError extends CalendarError {}

/** A deadline rule without an id, a citation, or a countable period. */
export class InvalidDeadlineRuleError extends CalendarError {}

function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()})`;
  return String(value);
}
