// Shared by inspection's and labor-relations supervision's document routes: a document as a PDF answer, and
// what the audit log keeps of a download.
import { StreamableFile } from '@nestjs/common';

interface DocumentAnswer {
  document?: { number: string; title: string } | undefined;
  pdf: Uint8Array;
}

/**
 * The PDF as an attachment, as the arbitration and mediation documents are: an ASCII file name for old clients
 * (the office and the number's digits) and the Chinese one (title and 文号) in filename* (RFC 6266, RFC 8187).
 */
export function officePdfAttachment(office: string, answer: DocumentAnswer) {
  const number = answer.document?.number ?? '';
  const ascii = `${office}-${number.replace(/[^0-9A-Za-z-]/g, '').replace(/-+/g, '-')}.pdf`;
  const chinese = `${answer.document?.title ?? office}-${number}.pdf`;
  return new StreamableFile(Buffer.from(answer.pdf), {
    type: 'application/pdf',
    disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(chinese)}`,
    length: answer.pdf.length,
  });
}

/** What the audit log keeps of a download: the document's number and its county (the 文号 starts with it). */
export const officeDownloadSubject = (recordId: string, number: string, what: string) => () => ({
  target: number,
  countyCode: /^\d{6}/.test(number) ? number.slice(0, 6) : '',
  detail: `${what} ${recordId}: ${number}`,
});
