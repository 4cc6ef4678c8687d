// Errors of the county registry. Messages name the code or date so staff can see what to fix.

export class CountyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A county code (行政区划代码) that is malformed or not one OneWindow serves. */
export class UnknownCountyError extends CountyError {
  constructor(
    readonly code: unknown,
    reason: string,
  ) {
    super(`unknown county code (行政区划代码) ${typeof code === 'string' ? `'${code}'` : String(code)}: ${reason}`);
  }
}

/** No minimum-wage standard or tier is loaded for that county on that date; never guessed. */
export class MinimumWageUnknownError extends CountyError {}

/** Minimum-wage data that contradicts itself (negative amounts, duplicate dates, unknown counties). */
export class InvalidMinimumWageTableError extends CountyError {}
