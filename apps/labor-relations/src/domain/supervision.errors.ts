// Domain errors of labor-relations supervision (劳动关系行政监管). Each names the request's own field so the
// service can answer with `violations: [{field, description}]`, and each rule checks everything before it
// builds a new value, so a refused input changes nothing. The subclass says how the service answers:
// - InvalidSupervisionInputError: malformed data (INVALID_ARGUMENT);
// - SupervisionPreconditionError: well-formed, but the matter's state forbids it (FAILED_PRECONDITION).

export class SupervisionRuleError extends Error {
  constructor(
    /** the field path in the request, e.g. 'findings.measuredOn' */
    readonly field: string,
    /** what is wrong and how to fix it, without the field name */
    readonly description: string,
  ) {
    super(`${field}: ${description}`);
    this.name = new.target.name;
  }
}

export class InvalidSupervisionInputError extends SupervisionRuleError {}

export class SupervisionPreconditionError extends SupervisionRuleError {}
