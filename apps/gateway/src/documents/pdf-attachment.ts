// Every office's documents (文书) leave the gateway the same way: a PDF attachment, and an audit entry that
// names the document.
import { StreamableFile } from '@nestjs/common';

/**
 * The PDF as an attachment: an ASCII file name for old clients (`stem` and the 文号's digits and dashes) and
 * the Chinese one in filename* (RFC 6266, RFC 8187).
 */
export function pdfAttachment(stem: string, number: string, fileName: string, pdf: Uint8Array): StreamableFile {
  const ascii = `${stem}-${number.replace(/[^0-9A-Za-z-]/g, '').replace(/-+/g, '-')}.pdf`;
  return new StreamableFile(Buffer.from(pdf), {
    type: 'application/pdf',
    disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName || ascii)}`,
    length: pdf.length,
  });
}

/** What the audit log keeps of a download: the 文号 and its county (the 文号 starts with it). */
export const documentDownloadSubject = (number: string, detail: string, fallbackTarget = number) => ({
  target: number || fallbackTarget,
  countyCode: /^\d{6}/.test(number) ? number.slice(0, 6) : '',
  detail,
});
