// The arbitration case's documents (文书) at the gateway: the REST kinds, the list and the PDF answer,
// shared by the staff routes and the portal's.
import { StreamableFile } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { arbitration, fromProtoEnum, toProtoEnum } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import type { ServiceClients } from '../service-clients/service-clients';

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

/**
 * The PDF as an attachment: an ASCII file name for old clients (the number's digits and dashes) and the
 * Chinese one in filename* (RFC 6266, RFC 8187).
 */
export function pdfAttachment(kind: rest.CaseDocumentKind, answer: arbitration.GetCaseDocumentResponse) {
  const ascii = `${kind}-${answer.document!.number.replace(/[^0-9A-Za-z-]/g, '').replace(/-+/g, '-')}.pdf`;
  return new StreamableFile(Buffer.from(answer.pdf), {
    type: 'application/pdf',
    disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(answer.fileName)}`,
    length: answer.pdf.length,
  });
}

/** What the audit log keeps of a download: the document's number and county (its first six digits). */
export const downloadSubject = (caseId: string, kind: string) => (answer: arbitration.GetCaseDocumentResponse) => ({
  target: answer.document!.number,
  countyCode: answer.document!.number.slice(0, 6),
  detail: `case ${caseId}: ${kind}`,
});
