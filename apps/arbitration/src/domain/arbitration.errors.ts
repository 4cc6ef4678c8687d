// Domain errors of arbitration review. A legal refusal is a decision (NOT_ACCEPTED), never an error;
// these are for input no decision can be made on.

export class ArbitrationDomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Malformed or absurd data (an impossible date, a negative amount); names the field path. */
export class InvalidApplicationError extends ArbitrationDomainError {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`invalid arbitration application, ${field}: ${reason}`);
  }
}

/**
 * The matter is not an application for arbitration (申请仲裁): a complaint, report or consultation
 * was routed here. A 不予受理通知书 would wrongly open the court route for a person who never applied,
 * so this is a routing error, not a refusal.
 */
export class NotAnArbitrationApplicationError extends ArbitrationDomainError {
  constructor(readonly kind: string) {
    super(
      `matter kind '${kind}' is not an application for arbitration (only DISPUTE matters are reviewed); re-route it`,
    );
  }
}

/** A commission's review configuration that cannot be applied (no county, unknown screening mode). */
export class InvalidReviewPolicyError extends ArbitrationDomainError {}
