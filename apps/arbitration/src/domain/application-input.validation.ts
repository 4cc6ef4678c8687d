// Separates malformed input (throws InvalidApplicationError) from an incomplete application (a 补正
// notice). Blank text is "missing" and goes to the completeness check; text of the wrong type, an
// impossible date, a negative or absurd amount cannot be reviewed at all.
import { compareIsoDates, IsoDate, isIsoDate } from '@onewindow/calendar';
import { isCountyCodeFormat } from '@onewindow/county';
import { InvalidApplicationError } from './arbitration.errors';
// The bounds intake registers with: above them is a slip, such as yuan keyed into a fen field.
import {
  CLAIM_CATEGORIES,
  MATTER_KINDS,
  MatterContent,
  MAX_CLAIM_AMOUNT_FEN,
  MAX_WORKER_COUNT,
} from './matter-content';

/** Whether a text field holds something; throws when it holds a non-string. */
export function hasText(value: unknown, field: string): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'string') throw new InvalidApplicationError(field, `expected text; got ${typeof value}`);
  return value.trim() !== '';
}

export function assertReviewableApplication(content: MatterContent, receivedOn: IsoDate): void {
  if (!isIsoDate(receivedOn))
    throw new InvalidApplicationError('receivedOn', `not a calendar date 'YYYY-MM-DD': ${String(receivedOn)}`);
  if (content === null || typeof content !== 'object') throw new InvalidApplicationError('content', 'missing');
  if (!isCountyCodeFormat(content.countyCode)) {
    throw new InvalidApplicationError('countyCode', `a 行政区划代码 has six digits; got ${String(content.countyCode)}`);
  }
  if (!MATTER_KINDS.includes(content.kind))
    throw new InvalidApplicationError('kind', `unknown matter kind ${String(content.kind)}`);

  for (const part of ['applicant', 'employer', 'employment'] as const) {
    if (content[part] === null || typeof content[part] !== 'object') throw new InvalidApplicationError(part, 'missing');
  }
  for (const list of ['claims', 'evidence', 'witnesses'] as const) {
    if (!Array.isArray(content[list])) throw new InvalidApplicationError(list, 'expected a list');
  }

  const { applicant, employment } = content;
  if (hasText(applicant.sex, 'applicant.sex') && applicant.sex !== 'MALE' && applicant.sex !== 'FEMALE') {
    throw new InvalidApplicationError('applicant.sex', `expected MALE or FEMALE; got ${applicant.sex}`);
  }
  if (applicant.age !== undefined && !(Number.isInteger(applicant.age) && applicant.age >= 0 && applicant.age <= 150)) {
    throw new InvalidApplicationError('applicant.age', `expected whole years; got ${String(applicant.age)}`);
  }
  if (hasText(employment.startDate, 'employment.startDate')) {
    assertPastDate(employment.startDate, 'employment.startDate', receivedOn);
  }
  if (typeof employment.stillEmployed !== 'boolean') {
    throw new InvalidApplicationError('employment.stillEmployed', 'expected true or false');
  }
  if (hasText(employment.endDate, 'employment.endDate')) {
    const endDate = employment.endDate as IsoDate;
    if (employment.stillEmployed) {
      throw new InvalidApplicationError('employment.endDate', `set to ${endDate} although stillEmployed is true`);
    }
    assertPastDate(endDate, 'employment.endDate', receivedOn);
    if (hasText(employment.startDate, 'employment.startDate') && compareIsoDates(endDate, employment.startDate) < 0) {
      throw new InvalidApplicationError(
        'employment.endDate',
        `${endDate} is before the start date ${employment.startDate}`,
      );
    }
  }

  content.claims.forEach((claim, index) => {
    const path = `claims[${index}]`;
    if (claim === null || typeof claim !== 'object') throw new InvalidApplicationError(path, 'missing');
    if (!CLAIM_CATEGORIES.includes(claim.category)) {
      throw new InvalidApplicationError(`${path}.category`, `unknown claim category ${String(claim.category)}`);
    }
    if (!Number.isSafeInteger(claim.amountFen) || claim.amountFen < 0) {
      throw new InvalidApplicationError(
        `${path}.amountFen`,
        `must be a whole, non-negative number of fen; got ${String(claim.amountFen)}`,
      );
    }
    if (claim.amountFen > MAX_CLAIM_AMOUNT_FEN) {
      throw new InvalidApplicationError(
        `${path}.amountFen`,
        `${claim.amountFen} fen exceeds ${MAX_CLAIM_AMOUNT_FEN} (1亿元): check yuan vs fen`,
      );
    }
    hasText(claim.description, `${path}.description`);
  });
  content.evidence.forEach((item, index) => {
    if (item === null || typeof item !== 'object') throw new InvalidApplicationError(`evidence[${index}]`, 'missing');
    hasText(item.description, `evidence[${index}].description`);
    hasText(item.source, `evidence[${index}].source`);
  });
  content.witnesses.forEach((witness, index) => {
    if (witness === null || typeof witness !== 'object')
      throw new InvalidApplicationError(`witnesses[${index}]`, 'missing');
    hasText(witness.name, `witnesses[${index}].name`);
    hasText(witness.contact, `witnesses[${index}].contact`);
  });
  hasText(content.factsAndReasons, 'factsAndReasons');

  if (!Number.isInteger(content.workerCount) || content.workerCount < 1 || content.workerCount > MAX_WORKER_COUNT) {
    throw new InvalidApplicationError(
      'workerCount',
      `must be a whole number from 1 to ${MAX_WORKER_COUNT}; got ${String(content.workerCount)}`,
    );
  }
  if (typeof content.commonClaim !== 'boolean')
    throw new InvalidApplicationError('commonClaim', 'expected true or false');
}

/** The optional limitation facts given with a review: real dates, not after receipt, claims that exist. */
export function assertLimitationFacts(
  facts: { interruptedOn?: IsoDate; knewOfInfringementOn?: readonly { claimIndex: number; knewOn: IsoDate }[] },
  claimCount: number,
  receivedOn: IsoDate,
): void {
  if (facts.interruptedOn !== undefined) assertPastDate(facts.interruptedOn, 'limitation.interruptedOn', receivedOn);
  const known = facts.knewOfInfringementOn ?? [];
  if (!Array.isArray(known)) throw new InvalidApplicationError('limitation.knewOfInfringementOn', 'expected a list');
  known.forEach((entry, i) => {
    const path = `limitation.knewOfInfringementOn[${i}]`;
    if (!Number.isInteger(entry?.claimIndex) || entry.claimIndex < 0 || entry.claimIndex >= claimCount) {
      throw new InvalidApplicationError(
        `${path}.claimIndex`,
        `no claim ${String(entry?.claimIndex)} (the application has ${claimCount})`,
      );
    }
    assertPastDate(entry.knewOn, `${path}.knewOn`, receivedOn);
  });
}

function assertPastDate(value: unknown, field: string, receivedOn: IsoDate): void {
  if (!isIsoDate(value)) throw new InvalidApplicationError(field, `not a calendar date 'YYYY-MM-DD': ${String(value)}`);
  if (compareIsoDates(value, receivedOn) > 0) {
    throw new InvalidApplicationError(field, `${value} is after the application was received (${receivedOn})`);
  }
}
