import { Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import type { InspectionCaseRecord, IssuedInspectionDocument } from '../../domain';
import { requireMayRead } from '../case-access';
import { InspectionCaseChanges } from '../inspection-case-changes';
import { renderInspectionDocument } from './inspection-documents';

/** The case exists but no document of that number was issued on it. */
export class InspectionDocumentNotIssuedError extends Error {
  constructor(record: InspectionCaseRecord, number: string) {
    super(`inspection case ${record.caseId} has no document ${number || '(no number given)'}`);
    this.name = 'InspectionDocumentNotIssuedError';
  }
}

/** A case's documents (文书) as issued, and one as PDF: the same bytes every time. */
@Injectable()
export class InspectionDocumentsUseCase {
  constructor(private readonly changes: InspectionCaseChanges) {}

  async list(
    caller: Caller,
    caseId: string,
  ): Promise<{ record: InspectionCaseRecord; documents: IssuedInspectionDocument[] }> {
    const record = await this.changes.load(caseId);
    requireMayRead(caller, record.countyCode);
    return { record, documents: record.documents };
  }

  async render(
    caller: Caller,
    caseId: string,
    number: string,
  ): Promise<{ issued: IssuedInspectionDocument; pdf: Buffer }> {
    const { record } = await this.list(caller, caseId);
    const issued = record.documents.find((document) => document.number === number);
    if (!issued) throw new InspectionDocumentNotIssuedError(record, number);
    return { issued, pdf: await renderInspectionDocument(record, issued) };
  }
}
