import { Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import type { OfficialDocument } from '@onewindow/documents';
import { problemsOf } from '../../domain';
import { requireMayRead } from '../supervision-access';
import { SupervisionChanges } from '../supervision-changes';
import type { IssuedSupervisionDocument, SupervisionMatterRecord } from '../supervision-matter.repository';
import {
  guidanceLetter,
  inspectionReferralLetter,
  layoffReportReceipt,
  renderSupervisionDocument,
  type SupervisionDocumentMatter,
} from './supervision-documents';

/** The matter exists but no document of that number was issued on it. */
export class SupervisionDocumentNotIssuedError extends Error {
  constructor(record: SupervisionMatterRecord, number: string) {
    super(`supervision matter ${record.number} has no document ${number || '(none given)'}`);
    this.name = 'SupervisionDocumentNotIssuedError';
  }
}

export function documentOf(record: SupervisionMatterRecord, issued: IssuedSupervisionDocument): OfficialDocument {
  const view: SupervisionDocumentMatter = {
    countyCode: record.countyCode,
    supervisionNumber: record.number,
    matterNumber: record.matterNumber,
    employerName: record.employer.name,
    openedOn: record.openedOn,
  };
  switch (issued.kind) {
    case 'LAYOFF_REPORT_RECEIPT':
      return layoffReportReceipt(view, { number: issued.number, issuedOn: issued.issuedOn, layoff: record.layoff! });
    case 'GUIDANCE':
      return guidanceLetter(view, {
        number: issued.number,
        issuedOn: issued.issuedOn,
        findings: problemsOf(record),
        guidance: record.guidance,
        correctBy: record.correctBy,
      });
    case 'INSPECTION_REFERRAL':
      return inspectionReferralLetter(view, {
        number: issued.number,
        issuedOn: issued.issuedOn,
        findings: problemsOf(record),
        reason: record.conclusionReason,
      });
  }
}

/** A matter's documents as PDF, each printed from what the matter holds. */
@Injectable()
export class SupervisionDocumentsUseCase {
  constructor(private readonly changes: SupervisionChanges) {}

  async render(caller: Caller, supervisionId: string, number: string) {
    const record = await this.changes.load(supervisionId);
    requireMayRead(caller, record.countyCode);
    const issued = record.documents.find((document) => document.number === number);
    if (!issued) throw new SupervisionDocumentNotIssuedError(record, number);
    return { issued, pdf: await renderSupervisionDocument(documentOf(record, issued)) };
  }
}
