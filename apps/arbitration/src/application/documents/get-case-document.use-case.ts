import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { renderOfficialDocument } from '@onewindow/documents';
import {
  ARBITRATION_CASE_REPOSITORY,
  ArbitrationCaseRepository,
  CaseDocumentKind,
  IssuedDocument,
} from '../arbitration-case.repository';
import { requireMaySeeCaseDocuments } from '../case-access';
import { CaseNotFoundError } from '../find-cases.use-case';
import { CaseDocumentNotIssuedError } from './case-document.errors';
import { caseDocumentOf } from './case-documents';

export { CaseDocumentNotIssuedError } from './case-document.errors';

export interface RenderedCaseDocument {
  caseId: string;
  issued: IssuedDocument;
  pdf: Buffer;
  /** e.g. 受理通知书-421303-仲受-2026-000001.pdf */
  fileName: string;
}

export interface CaseDocumentListing {
  caseId: string;
  documents: IssuedDocument[];
}

/** The documents (文书) a case has, and each as PDF, for the posts that see the case and the worker's own. */
@Injectable()
export class CaseDocumentsUseCase {
  constructor(@Inject(ARBITRATION_CASE_REPOSITORY) private readonly cases: ArbitrationCaseRepository) {}

  /** The documents of the matter's latest case, in the order issued; none when it has no case. */
  async ofMatter(caller: Caller, matterId: string): Promise<CaseDocumentListing | undefined> {
    const found = matterId ? await this.cases.findLatestByMatter(matterId) : undefined;
    if (!found) return undefined;
    requireMaySeeCaseDocuments(caller, found);
    return { caseId: found.caseId, documents: found.documents };
  }

  /**
   * One document as PDF: the one of `kind` numbered `number`, or the latest of the kind when no number is
   * given. Some kinds repeat: a 补正通知书 per supplement round, a 开庭通知书 per hearing, the two 裁决书 of a
   * MIXED award (and those of a partial award before the whole), a 先予执行裁决书 per application.
   */
  async render(caller: Caller, caseId: string, kind: CaseDocumentKind, number = ''): Promise<RenderedCaseDocument> {
    const found = caseId ? await this.cases.findById(caseId) : undefined;
    if (!found) throw new CaseNotFoundError(`with id ${caseId || '(none given)'}`);
    requireMaySeeCaseDocuments(caller, found);
    const issued = found.documents
      .filter((document) => document.kind === kind && (!number || document.number === number))
      .at(-1);
    if (!issued) throw new CaseDocumentNotIssuedError(caseId, kind, found.status, number);
    const pdf = await renderOfficialDocument(caseDocumentOf(found, issued));
    return { caseId, issued, pdf, fileName: `${issued.title}-${issued.number}.pdf` };
  }
}
