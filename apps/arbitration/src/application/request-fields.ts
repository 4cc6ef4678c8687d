// The domain's rules speak of their own inputs (a decision's `reason`, a challenge's `replacement`); the
// answer names the request's field instead, and the parties in the contract's words (APPLICANT, RESPONDENT).
import {
  type ArbitrationParty,
  InvalidProceedingsInputError,
  ProceedingsPreconditionError,
  ProceedingsRuleError,
} from '../domain';

/**
 * Runs a rule, answering its refusal under the request's field: `fields` maps the rule's field to the
 * request's (a rule field not in it is already the request's own).
 */
export function asRequestFields<T>(fields: Readonly<Record<string, string>>, rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (!(error instanceof ProceedingsRuleError)) throw error;
    const field = fields[error.field];
    if (field === undefined) throw error;
    throw error instanceof ProceedingsPreconditionError
      ? new ProceedingsPreconditionError(field, error.description)
      : new InvalidProceedingsInputError(field, error.description);
  }
}

// In OneWindow the applicant (申请人) is the worker who came to the window and the respondent (被申请人)
// the employer: the tribunal's rules name them WORKER and EMPLOYER.
const BY_CONTRACT: Readonly<Record<string, ArbitrationParty>> = { APPLICANT: 'WORKER', RESPONDENT: 'EMPLOYER' };
const ON_WIRE: Readonly<Record<ArbitrationParty, string>> = { WORKER: 'APPLICANT', EMPLOYER: 'RESPONDENT' };
export const CONTRACT_PARTY_ZH: Readonly<Record<string, string>> = { APPLICANT: '申请人', RESPONDENT: '被申请人' };

/** APPLICANT or RESPONDENT as the rules' party, or INVALID_ARGUMENT naming `field`. */
export function partyOfRequest(value: string, field = 'party'): ArbitrationParty {
  const party = BY_CONTRACT[value];
  if (!party) {
    throw new InvalidProceedingsInputError(field, `must be APPLICANT or RESPONDENT; got ${value || '(none)'}`);
  }
  return party;
}

/** The rules' party as the contract names it (APPLICANT or RESPONDENT). */
export const partyOnWire = (party: ArbitrationParty): string => ON_WIRE[party] ?? party;
