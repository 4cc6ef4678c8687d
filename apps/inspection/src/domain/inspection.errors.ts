// Domain errors of labor inspection (劳动保障监察). Each names the request's own field so the service can
// answer with `violations: [{field, description}]`; every rule checks everything before it builds a new
// value, so a refused input changes nothing. The subclass says how the service answers:
// - InvalidInspectionInputError: malformed data (INVALID_ARGUMENT);
// - InspectionPreconditionError: well-formed, but the case's state or the law forbids it (FAILED_PRECONDITION).

export class InspectionRuleError extends Error {
  constructor(
    /** the field path in the request, e.g. 'violations[0].began_on' */
    readonly field: string,
    /** what is wrong and how to fix it, without the field name */
    readonly description: string,
  ) {
    super(`${field}: ${description}`);
    this.name = new.target.name;
  }
}

export class InvalidInspectionInputError extends InspectionRuleError {}

export class InspectionPreconditionError extends InspectionRuleError {}
