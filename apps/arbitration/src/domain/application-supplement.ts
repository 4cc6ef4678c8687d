// Supplementing an application (补正): what the applicant supplies on the supplement notice in force
// (补正通知书, 劳动争议调解仲裁法 Art. 28; 办案规则 Art. 29), applied to the application as it stands, and
// the same review again (application-review.ts).
//
// Choices:
// - A supplement answers its notice and nothing else: each text item names one of the notice's items (its
//   MissingItem.field) at most once; claims and evidence come as lists, and only when the notice asks for
//   them (`claims`, `evidence`). Changing what was not asked for is amending the application, not a 补正.
// - Part of the notice may be supplied: the review names only what is still missing, in a further notice.
// - The application counts as received on the day the complete material arrives (the notice says so;
//   DESIGN §5 "the clock restarts when it arrives"): the review runs with that day as receivedOn, so the
//   five days of Art. 29 (办案规则 Arts. 30, 80) and a same-day acceptance count from it. Limitation is
//   judged as of the first filing (Art. 27 para 2: the application was a request for relief).
// - Malformed input is refused whole, naming the request's own field (items[1].value, claims[0].amountFen),
//   with the validators the review uses (assertReviewableApplication) and GB 11643 for an identity number.
// - Arbitration's copy of the application is de-identified (docs/security.md): a supplied identity number
//   is kept masked as intake shows it, a supplied phone or witness's contact masked whole. The whole
//   values stay with the applicant's paper material.
import { compareIsoDates, IsoDate, isIsoDate } from '@onewindow/calendar';
import {
  MAX_ADDRESS_LENGTH,
  MAX_CLAIM_DESCRIPTION_LENGTH,
  MAX_CLAIMS,
  MAX_CONTACT_LENGTH,
  MAX_EVIDENCE_DESCRIPTION_LENGTH,
  MAX_EVIDENCE_ITEMS,
  MAX_EVIDENCE_SOURCE_LENGTH,
  MAX_FACTS_AND_REASONS_LENGTH,
  MAX_OCCUPATION_LENGTH,
  MAX_ORGANIZATION_NAME_LENGTH,
  MAX_PERSON_NAME_LENGTH,
  maskIdentityNumber,
  parseIdentityNumber,
  parsePhoneNumber,
} from '@onewindow/matter';
import { assertReviewableApplication } from './application-input.validation';
import { reviewApplication, ReviewDecision, ReviewInput } from './application-review';
import { ArbitrationDomainError, InvalidApplicationError } from './arbitration.errors';
import { Claim, EvidenceItem, MatterContent } from './matter-content';

/** One of the notice's items answered with text: `field` is its MissingItem.field. */
export interface SuppliedText {
  readonly field: string;
  readonly value: string;
}

/** What the applicant supplies on a supplement notice. */
export interface Supplement {
  readonly items: readonly SuppliedText[];
  /** 仲裁请求, when the notice asks for claims */
  readonly claims: readonly Claim[];
  /** 证据及证据来源, when the notice asks for evidence */
  readonly evidence: readonly EvidenceItem[];
}

/** A supplement that cannot be taken as given; `field` is the request's own path. */
export class InvalidSupplementError extends ArbitrationDomainError {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`invalid supplement, ${field}: ${reason}`);
  }
}

/** The case is not waiting for a supplement (never was, or the application has been completed or refused). */
export class SupplementNotAwaitedError extends ArbitrationDomainError {
  constructor(readonly status: string) {
    super(`the case awaits no supplement (status ${status}); only a case in AWAITING_SUPPLEMENT takes one`);
  }
}

export interface CaseAwaitingSupplement {
  readonly status: string;
  /** the application as it stands: as referred, with every earlier supplement applied */
  readonly application: MatterContent;
  /** what the notice in force asks for */
  readonly missingItems: readonly { readonly field: string; readonly description: string }[];
  /** the day the application was first filed */
  readonly filedOn: IsoDate;
}

export interface SupplementReview {
  /** the supplemented application, de-identified */
  readonly application: MatterContent;
  /** the notice's items this supplement answered, as the notice named them */
  readonly supplied: readonly { readonly field: string; readonly description: string }[];
  /** the review of the supplemented application, received on the supplement day */
  readonly decision: ReviewDecision;
}

type Parse = 'text' | 'multiline' | 'sex' | 'age' | 'identityNumber' | 'phone' | 'date' | 'contact';

/** The notice's text items (findMissingItems' fields; list indexes as []), with how each value is read, in intake's bounds. */
const TEXT_ITEMS: Readonly<Record<string, { readonly maxLength: number; readonly parse: Parse }>> = {
  'applicant.name': { maxLength: MAX_PERSON_NAME_LENGTH, parse: 'text' },
  'applicant.sex': { maxLength: 6, parse: 'sex' },
  'applicant.age': { maxLength: 3, parse: 'age' },
  'applicant.identityNumber': { maxLength: 18, parse: 'identityNumber' },
  'applicant.occupation': { maxLength: MAX_OCCUPATION_LENGTH, parse: 'text' },
  'applicant.domicile': { maxLength: MAX_ADDRESS_LENGTH, parse: 'text' },
  'applicant.phone': { maxLength: 20, parse: 'phone' },
  'employer.name': { maxLength: MAX_ORGANIZATION_NAME_LENGTH, parse: 'text' },
  'employer.address': { maxLength: MAX_ADDRESS_LENGTH, parse: 'text' },
  'employer.legalRepresentative': { maxLength: MAX_PERSON_NAME_LENGTH, parse: 'text' },
  'employment.endDate': { maxLength: 10, parse: 'date' },
  'claims[].description': { maxLength: MAX_CLAIM_DESCRIPTION_LENGTH, parse: 'text' },
  factsAndReasons: { maxLength: MAX_FACTS_AND_REASONS_LENGTH, parse: 'multiline' },
  'evidence[].description': { maxLength: MAX_EVIDENCE_DESCRIPTION_LENGTH, parse: 'text' },
  'evidence[].source': { maxLength: MAX_EVIDENCE_SOURCE_LENGTH, parse: 'text' },
  'witnesses[].name': { maxLength: MAX_PERSON_NAME_LENGTH, parse: 'text' },
  'witnesses[].contact': { maxLength: MAX_CONTACT_LENGTH, parse: 'contact' },
};

const LIST_ITEMS = ['claims', 'evidence'] as const;
// Control characters garble printed notices; facts and reasons may keep line breaks and tabs.
const SINGLE_LINE_FORBIDDEN = /\p{Cc}/u;
const MULTILINE_FORBIDDEN = /[^\P{Cc}\t\n\r]/u;

const patternOf = (field: string) => field.replace(/\[\d+\]/g, '[]');
/** A list as given, entries that are no object read as empty ones (validation refuses them later). */
const listed = <T extends object>(value: readonly T[] | undefined): T[] =>
  Array.isArray(value) ? value.map((entry) => (entry && typeof entry === 'object' ? entry : ({} as T))) : [];
const masked = (value: string) => '*'.repeat([...value].length);

/**
 * The supplement as arbitration keeps it: values trimmed, personal data masked. A repeat under the same
 * request id is recognised by this form (the whole numbers are never kept to compare).
 */
export function deidentifiedSupplement(supplement: Supplement): Supplement {
  return {
    items: listed(supplement?.items).map(({ field, value }) => {
      const text = typeof value === 'string' ? value.trim() : String(value);
      const parse = TEXT_ITEMS[patternOf(String(field))]?.parse;
      return {
        field: String(field),
        value:
          parse === 'identityNumber'
            ? maskIdentityNumber(text.toUpperCase())
            : parse === 'phone' || parse === 'contact'
              ? masked(text)
              : text,
      };
    }),
    claims: listed(supplement?.claims).map(({ category, amountFen, description }) => ({
      category,
      amountFen,
      description: typeof description === 'string' ? description.trim() : description,
    })),
    evidence: listed(supplement?.evidence).map(({ description, source }) => ({
      description: typeof description === 'string' ? description.trim() : description,
      source: typeof source === 'string' ? source.trim() : source,
    })),
  };
}

/**
 * Applies a supplement to the case's application and reviews it again as received on `suppliedOn`.
 * Throws SupplementNotAwaitedError unless the case awaits a supplement, InvalidSupplementError for input
 * that cannot be taken (nothing is applied).
 */
export function reviewSupplement(
  current: CaseAwaitingSupplement,
  supplement: Supplement,
  suppliedOn: IsoDate,
  options: Pick<ReviewInput, 'schedule' | 'policy'> = {},
): SupplementReview {
  if (current.status !== 'AWAITING_SUPPLEMENT') throw new SupplementNotAwaitedError(current.status);
  if (!isIsoDate(suppliedOn) || compareIsoDates(suppliedOn, current.filedOn) < 0) {
    throw new InvalidSupplementError(
      'submittedOn',
      `${String(suppliedOn)} is not a date on or after the filing (${current.filedOn})`,
    );
  }
  const { application, supplied, origins } = applySupplement(current, supplement);
  try {
    assertReviewableApplication(application, suppliedOn);
  } catch (error) {
    if (error instanceof InvalidApplicationError) throw invalidSuppliedValue(error, origins);
    throw error;
  }
  const decision = reviewApplication({
    content: application,
    receivedOn: suppliedOn,
    filedOn: current.filedOn,
    ...options,
  });
  return { application, supplied, decision };
}

/** Which request field supplied which part of the application: [application path, request path]. */
type Origins = [string, string][];

function applySupplement(current: CaseAwaitingSupplement, supplement: Supplement) {
  const asked = new Map(current.missingItems.map((item) => [item.field, item.description]));
  const items = listOf(supplement?.items, 'items', asked.size);
  const claims = listOf(supplement?.claims, 'claims', MAX_CLAIMS);
  const evidence = listOf(supplement?.evidence, 'evidence', MAX_EVIDENCE_ITEMS);
  if (items.length + claims.length + evidence.length === 0) {
    throw new InvalidSupplementError('items', "supplies nothing: give at least one of the notice's items");
  }

  const application = structuredClone(current.application) as MatterContent;
  const supplied: { field: string; description: string }[] = [];
  const origins: Origins = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const path = `items[${index}]`;
    if (item === null || typeof item !== 'object') throw new InvalidSupplementError(path, 'missing');
    const { field, value } = item as SuppliedText;
    if (typeof field !== 'string' || !asked.has(field)) {
      throw new InvalidSupplementError(
        `${path}.field`,
        `${String(field)} is not among what the supplement notice asks for (${[...asked.keys()].join(', ')})`,
      );
    }
    if ((LIST_ITEMS as readonly string[]).includes(field)) {
      throw new InvalidSupplementError(`${path}.field`, `${field} is supplied as the request's ${field} list`);
    }
    if (seen.has(field)) throw new InvalidSupplementError(`${path}.field`, `${field} is supplied twice`);
    seen.add(field);
    setText(application, field, readValue(field, value, `${path}.value`));
    supplied.push({ field, description: asked.get(field)! });
    origins.push([field, `${path}.value`]);
  });

  for (const list of LIST_ITEMS) {
    const given = list === 'claims' ? claims : evidence;
    if (given.length === 0) continue;
    if (!asked.has(list)) {
      throw new InvalidSupplementError(list, `the supplement notice does not ask for ${list}`);
    }
    const existing = application[list].length;
    given.forEach((entry, index) => {
      if (entry === null || typeof entry !== 'object') throw new InvalidSupplementError(`${list}[${index}]`, 'missing');
      origins.push([`${list}[${existing + index}]`, `${list}[${index}]`]);
    });
    if (list === 'claims') {
      application.claims.push(
        ...claims.map(({ category, amountFen, description }) => ({
          category,
          amountFen,
          description: trim(description),
        })),
      );
    } else {
      application.evidence.push(
        ...evidence.map(({ description, source }) => ({ description: trim(description), source: trim(source) })),
      );
    }
    supplied.push({ field: list, description: asked.get(list)! });
  }
  return { application, supplied, origins };
}

function listOf<T>(value: readonly T[] | undefined, field: string, max: number): readonly T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new InvalidSupplementError(field, 'expected a list');
  if (value.length > max) throw new InvalidSupplementError(field, `at most ${max} entries`);
  return value;
}

const trim = <T>(value: T): T => (typeof value === 'string' ? (value.trim() as T) : value);

/** The value as the application holds it: checked, then de-identified where it is personal data. */
function readValue(field: string, value: unknown, path: string): string | number {
  const { maxLength, parse } = TEXT_ITEMS[patternOf(field)]!;
  if (typeof value !== 'string') throw new InvalidSupplementError(path, `expected text; got ${typeof value}`);
  const text = value.trim();
  if (text === '') throw new InvalidSupplementError(path, 'is blank: supply the item or leave it out');
  if ([...text].length > maxLength) throw new InvalidSupplementError(path, `at most ${maxLength} characters`);
  if ((parse === 'multiline' ? MULTILINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(text)) {
    throw new InvalidSupplementError(path, 'contains control characters');
  }
  switch (parse) {
    case 'age': {
      const age = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
      if (!(age >= 1 && age <= 150))
        throw new InvalidSupplementError(path, `expected whole years, e.g. 35; got ${text}`);
      return age;
    }
    case 'identityNumber': {
      const identity = parseIdentityNumber(text.toUpperCase());
      if (!identity.ok) throw new InvalidSupplementError(path, identity.reason);
      return maskIdentityNumber(text.toUpperCase());
    }
    case 'phone': {
      const phone = parsePhoneNumber(text);
      if (!phone.ok) throw new InvalidSupplementError(path, phone.reason);
      return masked(text);
    }
    case 'contact':
      return masked(text);
    case 'date':
      if (!isIsoDate(text)) throw new InvalidSupplementError(path, `not a calendar date 'YYYY-MM-DD': ${text}`);
      return text;
    default:
      return text;
  }
}

/** Writes one of the notice's text items into the application (the path exists: the notice named it). */
function setText(application: MatterContent, field: string, value: string | number): void {
  const listed = /^(claims|evidence|witnesses)\[(\d+)\]\.(\w+)$/.exec(field);
  if (listed) {
    const [, list, index, key] = listed as unknown as [string, 'claims' | 'evidence' | 'witnesses', string, string];
    const entry = application[list][Number(index)] as unknown as Record<string, unknown> | undefined;
    if (!entry) throw new InvalidSupplementError(field, 'the application has no such entry');
    entry[key] = value;
    return;
  }
  if (field === 'factsAndReasons') {
    application.factsAndReasons = String(value);
    return;
  }
  const [part, key] = field.split('.') as ['applicant' | 'employer' | 'employment', string];
  (application[part] as unknown as Record<string, unknown>)[key] = value;
}

/** The review's validators name the application's path; the caller named it in the request. */
function invalidSuppliedValue(error: InvalidApplicationError, origins: Origins): InvalidSupplementError {
  const reason = error.message.replace(/^invalid arbitration application, [^:]+: /, '');
  const origin = origins.find(
    ([applicationPath]) =>
      error.field === applicationPath ||
      error.field.startsWith(`${applicationPath}.`) ||
      error.field.startsWith(`${applicationPath}[`),
  );
  if (!origin) return new InvalidSupplementError(error.field, reason);
  const [applicationPath, requestPath] = origin;
  // A text item is one value; a listed claim or evidence item keeps its own field names.
  const rest = requestPath.startsWith('items[') ? '' : error.field.slice(applicationPath.length);
  return new InvalidSupplementError(`${requestPath}${rest}`, reason);
}
