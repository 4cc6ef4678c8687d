// Bounds that separate a malformed or absurd matter from a merely incomplete one. Lengths count
// characters (code points), so a rare character (生僻字) outside the BMP counts once.

// 劳动法 Art. 15 and 禁止使用童工规定 Art. 2: no one under 16 may be employed.
export const MINIMUM_WORKING_AGE = 16;
// An older birth date is a typing mistake, not a worker.
export const MAXIMUM_PLAUSIBLE_AGE = 120;

// 100 million yuan for one claim. The largest individual claims (years of wages plus damages) stay
// far below it, so anything above is a slip such as yuan keyed into a fen field; fifty claims at the
// cap still sum below Number.MAX_SAFE_INTEGER, so totals stay exact.
export const MAX_CLAIM_AMOUNT_FEN = 10_000_000_000;

// 劳动争议调解仲裁法 Art. 7 needs at least 10 workers for a collective dispute; no employer in a
// county has more than this many workers.
export const MAX_WORKER_COUNT = 100_000;

export const MAX_CLAIMS = 50;
// Earlier handling (mediation, arbitration, inspection, court, petition): a matter that has been
// through more than ten offices is a data-entry slip, or belongs in the petition office's own file.
export const MAX_PRIOR_HANDLINGS = 10;
export const MAX_EVIDENCE_ITEMS = 200;
export const MAX_WITNESSES = 50;

// Minority and foreign names in transliteration (with '·') run to a few dozen characters.
export const MAX_PERSON_NAME_LENGTH = 50;
// Branch and project-department names (…有限公司…分公司…项目部) are the longest employer names.
export const MAX_ORGANIZATION_NAME_LENGTH = 100;
export const MAX_ADDRESS_LENGTH = 200;
export const MAX_OCCUPATION_LENGTH = 50;
export const MAX_CONTACT_LENGTH = 100;
export const MAX_CLAIM_DESCRIPTION_LENGTH = 500;
export const MAX_EVIDENCE_DESCRIPTION_LENGTH = 500;
export const MAX_EVIDENCE_SOURCE_LENGTH = 200;
export const MAX_WITNESS_STATEMENT_LENGTH = 2_000;
// About ten pages of a written application (申请书); longer statements are attached as evidence.
export const MAX_FACTS_AND_REASONS_LENGTH = 10_000;
