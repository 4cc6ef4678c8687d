// What the window (一窗受理) refuses to register: content that is malformed or absurd. Content that
// is well-formed but incomplete passes: completeness against 劳动争议调解仲裁法 Art. 28 is arbitration's
// review, which answers with a supplement notice (补正通知书), not a refusal at the window. So the
// employer's address, legal representative and credit code, the facts and reasons, evidence and
// witnesses may be empty here; whatever is given must be well-formed.
import { addYears, compareIsoDates, parseIsoDate, type IsoDate } from '@onewindow/calendar';
import { assertKnownCounty } from '@onewindow/county';
import { parseIdentityNumber, type IdentityNumber } from '@onewindow/matter';
import {
  CHANNELS,
  CLAIM_CATEGORIES,
  HANDLING_OFFICES,
  HANDLING_STATUSES,
  MATTER_KINDS,
  REQUESTED_REMEDIES,
  SEXES,
  type ClaimCategory,
  type Sex,
} from './matter-content';
import {
  MAXIMUM_PLAUSIBLE_AGE,
  MAX_ADDRESS_LENGTH,
  MAX_CLAIMS,
  MAX_CLAIM_AMOUNT_FEN,
  MAX_CLAIM_DESCRIPTION_LENGTH,
  MAX_CONTACT_LENGTH,
  MAX_EVIDENCE_DESCRIPTION_LENGTH,
  MAX_EVIDENCE_ITEMS,
  MAX_EVIDENCE_SOURCE_LENGTH,
  MAX_FACTS_AND_REASONS_LENGTH,
  MAX_OCCUPATION_LENGTH,
  MAX_ORGANIZATION_NAME_LENGTH,
  MAX_PERSON_NAME_LENGTH,
  MAX_PRIOR_HANDLINGS,
  MAX_WITNESSES,
  MAX_WITNESS_STATEMENT_LENGTH,
  MAX_WORKER_COUNT,
  MINIMUM_WORKING_AGE,
} from '@onewindow/matter';
import { parsed, rejected, type ParseResult } from '@onewindow/matter';
import { parsePhoneNumber } from '@onewindow/matter';
import { parseUnifiedSocialCreditCode } from './unified-social-credit-code';

export interface FieldViolation {
  /** Path into the matter content, e.g. 'applicant.identityNumber' or 'claims[1].amountFen'. */
  readonly field: string;
  readonly description: string;
}

/**
 * Every problem with the content at once, so the staff can fix them in one pass; an empty list means
 * the window may register it. `content` is untrusted (it comes off the wire); `today` is the date in
 * China, against which no date may lie in the future (an invalid `today` is a programming error and throws).
 */
export function validateMatterContent(content: unknown, today: IsoDate): FieldViolation[] {
  parseIsoDate(today, 'today');
  const checks = new FieldChecks(today);
  const matter = checks.record('', content);
  if (!matter) return checks.violations;

  try {
    assertKnownCounty(matter.countyCode);
  } catch (error) {
    checks.report('countyCode', (error as Error).message);
  }
  const kind = checks.oneOf('kind', matter.kind, MATTER_KINDS);
  // A consultation (咨询) may be about no particular employer or job, and asks for nothing.
  const consultation = kind === 'CONSULTATION';

  const categories = checkClaims(checks, matter.claims, !consultation);
  const birthDate = checkApplicant(checks, matter.applicant);
  checkEmployer(checks, matter.employer, !consultation);
  checkEmployment(checks, matter.employment, {
    required: !consultation,
    birthDate,
    childLaborClaimed: categories.includes('CHILD_LABOR'),
  });
  checks.text('factsAndReasons', matter.factsAndReasons, MAX_FACTS_AND_REASONS_LENGTH, { multiline: true });
  checks.list('evidence', matter.evidence, MAX_EVIDENCE_ITEMS, (item, field) => {
    checks.text(`${field}.description`, item.description, MAX_EVIDENCE_DESCRIPTION_LENGTH, { required: true });
    checks.text(`${field}.source`, item.source, MAX_EVIDENCE_SOURCE_LENGTH);
  });
  checks.list('witnesses', matter.witnesses, MAX_WITNESSES, (witness, field) => {
    checks.text(`${field}.name`, witness.name, MAX_PERSON_NAME_LENGTH, { required: true });
    checks.text(`${field}.contact`, witness.contact, MAX_CONTACT_LENGTH);
    checks.text(`${field}.statement`, witness.statement, MAX_WITNESS_STATEMENT_LENGTH, { multiline: true });
  });

  const workerCount = checks.integer('workerCount', matter.workerCount, 1, MAX_WORKER_COUNT);
  const commonClaim = checks.flag('commonClaim', matter.commonClaim);
  if (commonClaim && workerCount === 1) {
    checks.report('commonClaim', 'a common claim (共同请求) needs at least 2 workers; workerCount is 1');
  }
  checks.flag('consentToMediationFirst', matter.consentToMediationFirst);
  checks.oneOf('channel', matter.channel, CHANNELS);
  checks.flag('migrantWorker', matter.migrantWorker);
  checks.flag('declaresFinancialHardship', matter.declaresFinancialHardship);
  checkPriorHandling(checks, matter.priorHandling);
  // Not stated is allowed: routing then follows the rule set's choice for wage arrears.
  if (matter.requestedRemedy !== undefined) checks.oneOf('requestedRemedy', matter.requestedRemedy, REQUESTED_REMEDIES);
  if (matter.layoff !== undefined) checkLayoff(checks, matter.layoff);
  return checks.violations;
}

/** Handling before the window (已经调解、仲裁、监察、诉讼或信访): routing reads it for 劳动保障监察条例 Art. 21 and petitions. */
function checkPriorHandling(checks: FieldChecks, value: unknown): void {
  checks.list('priorHandling', value, MAX_PRIOR_HANDLINGS, (handling, field) => {
    checks.oneOf(`${field}.office`, handling.office, HANDLING_OFFICES);
    const status = checks.oneOf(`${field}.status`, handling.status, HANDLING_STATUSES);
    const disputed = checks.flag(`${field}.conclusionDisputed`, handling.conclusionDisputed);
    if (disputed === true && status === 'IN_PROGRESS') {
      checks.report(
        `${field}.conclusionDisputed`,
        'a conclusion (处理结论) can be disputed only once there is one; the status is IN_PROGRESS',
      );
    }
  });
}

/** A layoff (裁员) the matter is about, 劳动合同法 Art. 41. */
function checkLayoff(checks: FieldChecks, value: unknown): void {
  const layoff = checks.record('layoff', value);
  if (!layoff) return;
  const laidOff = checks.integer('layoff.workersLaidOff', layoff.workersLaidOff, 1, MAX_WORKER_COUNT);
  const workforce = checks.integer('layoff.workforce', layoff.workforce, 1, MAX_WORKER_COUNT);
  if (laidOff !== undefined && workforce !== undefined && laidOff > workforce) {
    checks.report('layoff.workersLaidOff', `${laidOff} is more than the workforce of ${workforce}`);
  }
}

function checkClaims(checks: FieldChecks, value: unknown, required: boolean): ClaimCategory[] {
  const categories: ClaimCategory[] = [];
  const claims = checks.list('claims', value, MAX_CLAIMS, (claim, field) => {
    const category = checks.oneOf(`${field}.category`, claim.category, CLAIM_CATEGORIES);
    if (category) categories.push(category);
    // Zero is allowed: a claim such as confirming the labor relationship (确认劳动关系) has no amount.
    checks.integer(`${field}.amountFen`, claim.amountFen, 0, MAX_CLAIM_AMOUNT_FEN, ' fen');
    checks.text(`${field}.description`, claim.description, MAX_CLAIM_DESCRIPTION_LENGTH);
  });
  if (required && claims?.length === 0) {
    checks.report('claims', 'at least one claim (请求事项) is required unless the matter is a consultation');
  }
  return categories;
}

/** Returns the applicant's birth date when it is usable for the employment checks. */
function checkApplicant(checks: FieldChecks, value: unknown): IsoDate | undefined {
  const applicant = checks.record('applicant', value);
  if (!applicant) return undefined;
  checks.text('applicant.name', applicant.name, MAX_PERSON_NAME_LENGTH, { required: true });
  const sex = checks.oneOf('applicant.sex', applicant.sex, SEXES);
  const birthDate = checks.pastDate('applicant.birthDate', applicant.birthDate, true);
  if (birthDate && compareIsoDates(addYears(birthDate, MAXIMUM_PLAUSIBLE_AGE), checks.today) < 0) {
    checks.report('applicant.birthDate', `${birthDate} would make the applicant older than ${MAXIMUM_PLAUSIBLE_AGE}`);
  }
  const identity = checks.parse('applicant.identityNumber', applicant.identityNumber, true, parseIdentityNumber);
  if (identity) checkAgainstIdentityNumber(checks, identity, birthDate, sex);
  checks.parse('applicant.phone', applicant.phone, true, parsePhoneNumber);
  checks.text('applicant.domicile', applicant.domicile, MAX_ADDRESS_LENGTH, { required: true });
  checks.text('applicant.occupation', applicant.occupation, MAX_OCCUPATION_LENGTH, { required: true });
  return birthDate;
}

function checkAgainstIdentityNumber(
  checks: FieldChecks,
  identity: IdentityNumber,
  birthDate: IsoDate | undefined,
  sex: Sex | undefined,
): void {
  if (birthDate && birthDate !== identity.birthDate) {
    checks.report('applicant.birthDate', `${birthDate} differs from ${identity.birthDate} in the identity number`);
  }
  if (sex && sex !== identity.sex) {
    checks.report('applicant.sex', `${sex} differs from ${identity.sex} in the identity number (its 17th digit)`);
  }
}

function checkEmployer(checks: FieldChecks, value: unknown, nameRequired: boolean): void {
  const employer = checks.record('employer', value);
  if (!employer) return;
  checks.text('employer.name', employer.name, MAX_ORGANIZATION_NAME_LENGTH, { required: nameRequired });
  // Optional: an unregistered individual business (未登记的个体经营者) or a labor contractor has none,
  // and the worker often does not know it.
  checks.parse(
    'employer.unifiedSocialCreditCode',
    employer.unifiedSocialCreditCode,
    false,
    parseUnifiedSocialCreditCode,
  );
  checks.text('employer.address', employer.address, MAX_ADDRESS_LENGTH);
  checks.text('employer.legalRepresentative', employer.legalRepresentative, MAX_PERSON_NAME_LENGTH);
}

interface EmploymentExpectations {
  readonly required: boolean;
  readonly birthDate: IsoDate | undefined;
  readonly childLaborClaimed: boolean;
}

function checkEmployment(checks: FieldChecks, value: unknown, expected: EmploymentExpectations): void {
  const employment = checks.record('employment', value);
  if (!employment) return;
  const start = checks.pastDate('employment.startDate', employment.startDate, expected.required);
  const end = checks.pastDate('employment.endDate', employment.endDate, false);
  const stillEmployed = checks.flag('employment.stillEmployed', employment.stillEmployed);
  if (start && end && compareIsoDates(end, start) < 0) {
    checks.report('employment.endDate', `${end} is before the start date ${start}`);
  }
  if (stillEmployed === true && end) {
    checks.report('employment.endDate', 'must be empty while stillEmployed is true');
  }
  if (stillEmployed === false && start && !end) {
    checks.report('employment.endDate', 'is required when stillEmployed is false');
  }
  const { birthDate } = expected;
  if (!start || !birthDate) return;
  if (compareIsoDates(start, birthDate) < 0) {
    checks.report('employment.startDate', `${start} is before the applicant's birth date ${birthDate}`);
  } else if (!expected.childLaborClaimed && compareIsoDates(addYears(birthDate, MINIMUM_WORKING_AGE), start) > 0) {
    // A child worker is not turned away: recording the CHILD_LABOR claim sends the matter to labor
    // inspection (禁止使用童工规定 Art. 6) instead of treating the dates as a typing mistake.
    checks.report(
      'employment.startDate',
      `the applicant was under ${MINIMUM_WORKING_AGE} on ${start}; if so, record a CHILD_LABOR claim (使用童工), otherwise correct the date`,
    );
  }
}

type UntrustedRecord = Readonly<Record<string, unknown>>;

interface TextOptions {
  readonly required?: boolean;
  /** Allows line breaks and tabs (statements, facts and reasons). */
  readonly multiline?: boolean;
}

// Control characters (Unicode Cc) garble printed notices; long texts may keep tabs and line breaks.
const SINGLE_LINE_FORBIDDEN = /\p{Cc}/u;
export const MULTILINE_FORBIDDEN = /[^\P{Cc}\t\n\r]/u;

/** Collects violations; each check returns the value when it is present and well-formed. */
class FieldChecks {
  readonly violations: FieldViolation[] = [];

  constructor(readonly today: IsoDate) {}

  report(field: string, description: string): void {
    this.violations.push({ field, description });
  }

  record(field: string, value: unknown): UntrustedRecord | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as UntrustedRecord;
    this.report(field, `must be an object; got ${show(value)}`);
    return undefined;
  }

  /** Checks each entry that is an object; an oversized list is reported without reading its entries. */
  list(
    field: string,
    value: unknown,
    max: number,
    checkEntry: (entry: UntrustedRecord, field: string) => void,
  ): readonly unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.report(field, `must be a list; got ${show(value)}`);
      return undefined;
    }
    if (value.length > max) {
      this.report(field, `has ${value.length} entries; at most ${max} are accepted`);
      return value;
    }
    value.forEach((entry, index) => {
      const entryField = `${field}[${index}]`;
      const record = this.record(entryField, entry);
      if (record) checkEntry(record, entryField);
    });
    return value;
  }

  /** Returns the text when it is given; '' and a missing value count as not given. */
  text(field: string, value: unknown, maxLength: number, options: TextOptions = {}): string | undefined {
    const text = this.given(field, value, options.required ?? false);
    if (text === undefined) return undefined;
    const length = [...text].length;
    if (length > maxLength) {
      this.report(field, `is ${length} characters long; at most ${maxLength} are accepted`);
      return undefined;
    }
    if ((options.multiline ? MULTILINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(text)) {
      this.report(
        field,
        options.multiline ? 'contains a control character' : 'contains a line break or control character',
      );
      return undefined;
    }
    return text;
  }

  parse<T>(field: string, value: unknown, required: boolean, read: (text: string) => ParseResult<T>): T | undefined {
    const text = this.given(field, value, required);
    if (text === undefined) return undefined;
    const result = read(text);
    if (result.ok) return result.value;
    this.report(field, result.reason);
    return undefined;
  }

  /** A calendar date that is not after today. */
  pastDate(field: string, value: unknown, required: boolean): IsoDate | undefined {
    const date = this.parse(field, value, required, readIsoDate);
    if (date && compareIsoDates(date, this.today) > 0) {
      this.report(field, `${date} is in the future (today is ${this.today})`);
      return undefined;
    }
    return date;
  }

  oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T | undefined {
    if ((allowed as readonly unknown[]).includes(value)) return value as T;
    this.report(field, `must be one of ${allowed.join(', ')}; got ${show(value)}`);
    return undefined;
  }

  flag(field: string, value: unknown): boolean | undefined {
    if (typeof value === 'boolean') return value;
    this.report(field, `must be true or false; got ${show(value)}`);
    return undefined;
  }

  integer(field: string, value: unknown, min: number, max: number, unit = ''): number | undefined {
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    this.report(field, `must be a whole number from ${min} to ${max}${unit}; got ${show(value)}`);
    return undefined;
  }

  private given(field: string, value: unknown, required: boolean): string | undefined {
    if (value === undefined || value === null || value === '') {
      if (required) this.report(field, 'is required');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report(field, `must be text; got ${show(value)}`);
      return undefined;
    }
    if (value.trim() === '') {
      if (required) this.report(field, 'is required (only blanks were given)');
      return undefined;
    }
    return value;
  }
}

function readIsoDate(text: string): ParseResult<IsoDate> {
  try {
    return parsed(parseIsoDate(text));
  } catch (error) {
    return rejected((error as Error).message);
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}
