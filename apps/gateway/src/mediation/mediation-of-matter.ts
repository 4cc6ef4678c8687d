// Shared by the staff routes and the portal's: the matter's mediation case, and a case document as a PDF answer.
import type { Caller } from '@onewindow/access';
import type { mediation } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { documentDownloadSubject, pdfAttachment } from '../documents/pdf-attachment';
import type { ServiceClients } from '../service-clients/service-clients';

/**
 * The matter's latest mediation case as the caller may see it: the matter's id from intake (by its number),
 * then mediation's case of that matter; NOT_FOUND (404) when the matter never went to mediation.
 */
export async function mediationCaseOfMatter(
  services: ServiceClients,
  caller: Caller,
  matterNumber: string,
): Promise<mediation.MediationCase> {
  const { matter } = await services.call(caller, (s, m) => s.intake.getMatter({ matterId: '', matterNumber }, m));
  const { case: found } = await services.call(caller, (s, m) =>
    s.mediation.getMediationCaseByMatter({ matterId: matter!.matterId }, m),
  );
  return found!;
}

/** The PDF as an attachment, named by its kind and 文号. */
export const mediationPdfAttachment = (
  kind: rest.MediationDocumentKind,
  answer: mediation.GetMediationDocumentResponse,
) => pdfAttachment(`mediation-${kind}`, answer.document?.number ?? '', answer.fileName, answer.pdf);

/** What the audit log keeps of a download: the document's number and county. */
export const mediationDownloadSubject =
  (caseId: string, kind: string) => (answer: mediation.GetMediationDocumentResponse) =>
    documentDownloadSubject(answer.document?.number ?? '', `mediation case ${caseId}: ${kind}`, caseId);

export const PDF_ANSWER = {
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
};
