// Errors of the arbitration rules after acceptance: service, defence, award period, absence, withdrawal
// (送达、答辩、仲裁期限、缺席、撤回) and the tribunal to the award (组庭、开庭、仲裁调解、裁决). Each names the request's own
// field so the service can answer with `violations: [{field, description}]`, and every rule checks
// everything before it builds a new value, so a refused input changes nothing. The subclass says how the
// service answers:
// - InvalidProceedingsInputError: malformed data, an impossible or out-of-order date (INVALID_ARGUMENT);
// - ProceedingsPreconditionError: well-formed, but the case's state or the law forbids it now
//   (FAILED_PRECONDITION), e.g. a hearing with less than five days' notice, an award on a suspended case.
// A legal refusal the tribunal decides (a challenge refused, advance enforcement refused) is a decision
// in the returned value, never an error.
import { ArbitrationDomainError } from './arbitration.errors';

export class ProceedingsRuleError extends ArbitrationDomainError {
  constructor(
    /** the field path in the request, e.g. 'decisions[1].amountFen' or 'approval.approvedOn' */
    readonly field: string,
    /** what is wrong and how to fix it, without the field name */
    readonly description: string,
  ) {
    super(`${field}: ${description}`);
  }
}

export class InvalidProceedingsInputError extends ProceedingsRuleError {}

export class ProceedingsPreconditionError extends ProceedingsRuleError {}

export type ArbitrationParty = 'WORKER' | 'EMPLOYER';

export const ARBITRATION_PARTY_ZH: Record<ArbitrationParty, string> = { WORKER: '劳动者', EMPLOYER: '用人单位' };
