// The arbitration case's documents (文书) at the gateway: the REST kinds, the list and the PDF answer,
// shared by the staff routes and the portal's.
import type { Caller } from '@onewindow/access';
import { arbitration, fromProtoEnum, toProtoEnum } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import type { ServiceClients } from '../service-clients/service-clients';
import { documentDownloadSubject, pdfAttachment } from './pdf-attachment';

// 'acceptance-notice' in a path ↔ CASE_DOCUMENT_KIND_ACCEPTANCE_NOTICE on the wire.
export const toProtoKind = (kind: rest.CaseDocumentKind) =>
  toProtoEnum(kind.toUpperCase().replace(/-/g, '_'), 'CASE_DOCUMENT_KIND_', arbitration.CaseDocumentKind);

const toRestDocument = (document: arbitration.CaseDocument): rest.CaseDocument => ({
  caseId: document.caseId,
  kind: fromProtoEnum(document.kind, 'CASE_DOCUMENT_KIND_').toLowerCase().replace(/_/g, '-') as rest.CaseDocumentKind,
  title: document.title,
  number: document.number,
  issuedOn: document.issuedOn,
});

/** The documents of the matter's arbitration case; none when it has no case. */
export async function documentsOfMatter(
  services: ServiceClients,
  caller: Caller,
  matterNumber: string,
): Promise<rest.CaseDocumentList> {
  const { matter } = await services.call(caller, (s, m) => s.intake.getMatter({ matterId: '', matterNumber }, m));
  const { documents } = await services.call(caller, (s, m) =>
    s.arbitration.listCaseDocuments({ matterId: matter!.matterId }, m),
  );
  return { documents: documents.map(toRestDocument) };
}

/** The PDF as an attachment, named by its kind and 文号. */
export const casePdfAttachment = (kind: rest.CaseDocumentKind, answer: arbitration.GetCaseDocumentResponse) =>
  pdfAttachment(kind, answer.document!.number, answer.fileName, answer.pdf);

/** What the audit log keeps of a download: the document's number and county (its first six digits). */
export const downloadSubject = (caseId: string, kind: string) => (answer: arbitration.GetCaseDocumentResponse) =>
  documentDownloadSubject(answer.document!.number, `case ${caseId}: ${kind}`);
