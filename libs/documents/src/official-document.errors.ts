/** A document that cannot be printed as given; names the field and what is wrong with it. */
export class InvalidOfficialDocumentError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`cannot print the document, ${field}: ${reason}`);
    this.name = 'InvalidOfficialDocumentError';
  }
}
