import { Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { requireMaySee } from '../case-access';
import { MediationCaseChanges } from '../mediation-case-changes';
import type { IssuedMediationDocument, MediationCaseRecord, MediationDocumentKind } from '../mediation-case.repository';
import {
  type MediationDocumentCase,
  mediationAgreementDocument,
  mediationDocumentFileName,
  mediationFailureNotice,
  recommendationLetter,
  renderMediationDocument,
} from './mediation-documents';

/** The case exists but that document was never issued on it (a declined case has no 调解建议书). */
export class MediationDocumentNotIssuedError extends Error {
  constructor(record: MediationCaseRecord, kind: MediationDocumentKind) {
    super(`mediation case ${record.caseId} has no ${kind} document (status ${record.status})`);
    this.name = 'MediationDocumentNotIssuedError';
  }
}

export interface RenderedMediationDocument {
  issued: IssuedMediationDocument;
  pdf: Buffer;
  fileName: string;
}

/**
 * A mediation's documents as PDF, each printed as it was issued: the 调解建议书 with the statutory period
 * and before anyone was assigned, the 调解协议书 as sealed, the 调解终止通知书 as the case ended.
 */
@Injectable()
export class MediationDocumentsUseCase {
  constructor(private readonly changes: MediationCaseChanges) {}

  async render(caller: Caller, caseId: string, kind: MediationDocumentKind): Promise<RenderedMediationDocument> {
    const record = await this.changes.load(caseId);
    requireMaySee(caller, record);
    const issued = record.documents.filter((document) => document.kind === kind).at(-1);
    if (!issued) throw new MediationDocumentNotIssuedError(record, kind);
    const mediators = (record.assignment?.mediators ?? []).map(({ name, kind: mediatorKind }) => ({
      name,
      kind: mediatorKind,
    }));
    const view: MediationDocumentCase = {
      caseId: record.caseId,
      countyCode: record.countyCode,
      matterNumber: record.matterNumber,
      workerName: record.workerName,
      employerName: record.employerName,
      claims: record.claims,
      receivedOn: record.receivedOn,
      periodDueOn: record.period.dueOn,
      mediators,
    };
    const document =
      kind === 'RECOMMENDATION'
        ? recommendationLetter(
            { ...view, periodDueOn: record.period.statutoryDueOn, mediators: [] },
            { number: issued.number, issuedOn: issued.issuedOn, routingReason: record.routingReason },
          )
        : kind === 'AGREEMENT'
          ? mediationAgreementDocument(view, {
              number: issued.number,
              agreement: record.agreement!,
              signerNames: Object.fromEntries(
                (record.assignment?.mediators ?? []).map((m) => [m.staffUserId, m.name] as const),
              ),
            })
          : mediationFailureNotice(view, {
              number: issued.number,
              issuedOn: issued.issuedOn,
              reason: record.outcome?.reason ?? '',
              citation: record.outcome?.citation ?? '',
            });
    return { issued, pdf: await renderMediationDocument(document), fileName: mediationDocumentFileName(document) };
  }
}
