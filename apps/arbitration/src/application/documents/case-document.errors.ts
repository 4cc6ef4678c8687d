import type { CaseDocumentKind } from '../arbitration-case.repository';

/**
 * The case exists but that document was never issued on it (a refused case has no 受理通知书), or what it
 * was issued about is no longer on the record (NOT_FOUND).
 */
export class CaseDocumentNotIssuedError extends Error {
  constructor(caseId: string, kind: CaseDocumentKind, status: string, number = '') {
    super(
      `arbitration case ${caseId} has no ${kind} document${number ? ` numbered ${number}` : ''} (status ${status})`,
    );
    this.name = 'CaseDocumentNotIssuedError';
  }
}
