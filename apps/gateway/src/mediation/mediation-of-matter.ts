// Shared by the staff routes and the portal's: the matter's mediation case, and a case document as a PDF answer.
import { StreamableFile } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import type { mediation } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
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

/**
 * The PDF as an attachment, as the arbitration documents are: an ASCII file name for old clients (the kind
 * and the number's digits) and the Chinese one in filename* (RFC 6266, RFC 8187).
 */
export function mediationPdfAttachment(
  kind: rest.MediationDocumentKind,
  answer: mediation.GetMediationDocumentResponse,
) {
  const number = answer.document?.number ?? '';
  const ascii = `mediation-${kind}-${number.replace(/[^0-9A-Za-z-]/g, '').replace(/-+/g, '-')}.pdf`;
  return new StreamableFile(Buffer.from(answer.pdf), {
    type: 'application/pdf',
    disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(answer.fileName || ascii)}`,
    length: answer.pdf.length,
  });
}

/** What the audit log keeps of a download: the document's number and county. */
export const mediationDownloadSubject =
  (caseId: string, kind: string) => (answer: mediation.GetMediationDocumentResponse) => ({
    target: answer.document?.number ?? caseId,
    countyCode: (answer.document?.number ?? '').slice(0, 6),
    detail: `mediation case ${caseId}: ${kind}`,
  });

export const PDF_ANSWER = {
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
};
