// Domain errors of mediation (调解). Each names the request's own field so the service can answer with
// `violations: [{field, description}]`, and each rule checks everything before it builds a new value, so
// a refused input changes nothing. The subclass says how the service answers:
// - InvalidMediationInputError: malformed data (INVALID_ARGUMENT);
// - MediationPreconditionError: well-formed, but the case's state forbids it (FAILED_PRECONDITION);
// - ConflictOfInterestError: a mediator who declared a conflict with a party (FAILED_PRECONDITION);
// - NotEntitledToSignError: someone who is neither a party nor the assigned mediator (PERMISSION_DENIED).

export class MediationRuleError extends Error {
  constructor(
    /** the field path in the request, e.g. 'settledClaims[1].reasonAboveClaim' */
    readonly field: string,
    /** what is wrong and how to fix it, without the field name */
    readonly description: string,
  ) {
    super(`${field}: ${description}`);
    this.name = new.target.name;
  }
}

export class InvalidMediationInputError extends MediationRuleError {}

export class MediationPreconditionError extends MediationRuleError {}

export type MediationParty = 'WORKER' | 'EMPLOYER';

export const PARTY_ZH: Record<MediationParty, string> = { WORKER: '劳动者', EMPLOYER: '用人单位' };

export class ConflictOfInterestError extends MediationRuleError {
  constructor(
    field: string,
    readonly staffUserId: string,
    readonly party: MediationParty,
    reason: string,
  ) {
    super(
      field,
      `mediator ${staffUserId} declared a conflict of interest (利益冲突) with the ${party === 'WORKER' ? 'worker' : 'employer'} ` +
        `(${PARTY_ZH[party]}): ${reason}; choose another mediator`,
    );
  }
}

export class NotEntitledToSignError extends MediationRuleError {
  constructor(
    field: string,
    readonly signerId: string,
  ) {
    super(
      field,
      `${signerId} is neither a party to the agreement nor its assigned mediator; only the worker, the employer and the ` +
        `assigned mediator sign a 调解协议书 (劳动争议调解仲裁法第十四条)`,
    );
  }
}
