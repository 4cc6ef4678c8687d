// A numbered official document (文书) as PDF, laid out after GB/T 9704-2012 《党政机关公文格式》 where it
// fits one commission's notice to one person. The fonts are Noto Sans Hans (SIL OFL 1.1, from the npm
// package @embedpdf/fonts-sc), embedded as subsets: the standard's 仿宋 and 小标宋 have no freely
// licensed equivalent, so the body is Noto Sans Regular and the issuing body and title Noto Sans Bold.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { isIsoDate } from '@onewindow/calendar';
import { chineseDate } from './chinese-date';
import { InvalidOfficialDocumentError } from './official-document.errors';

export interface OfficialDocument {
  /** 发文机关, e.g. 随州市曾都区劳动人事争议仲裁院; also the signature above the date */
  readonly issuingBody: string;
  /** 发文字号 (文号), e.g. 421303-仲受-2026-000001 */
  readonly number: string;
  /** 标题, e.g. 受理通知书 */
  readonly title: string;
  /** 主送: the person or body addressed, printed with a full-width colon */
  readonly addressee: string;
  /** 正文, one entry per paragraph (自然段) */
  readonly paragraphs: readonly string[];
  /** 成文日期, YYYY-MM-DD; also the PDF's creation date, so the same document renders to the same bytes */
  readonly date: string;
}

const MM = 72 / 25.4;
// GB/T 9704-2012 5.2.1: A4; 天头 (top) 37 mm, 订口 (left) 28 mm, 版心 156 mm × 225 mm.
const PAGE = { width: 210 * MM, height: 297 * MM };
const TYPE_AREA = { left: 28 * MM, top: 37 * MM, width: 156 * MM, height: 225 * MM };
const MARGINS = {
  top: TYPE_AREA.top,
  left: TYPE_AREA.left,
  right: PAGE.width - TYPE_AREA.left - TYPE_AREA.width,
  bottom: PAGE.height - TYPE_AREA.top - TYPE_AREA.height,
};
// 5.2.2–5.2.3: the body in 3号 (16 pt), 22 lines of 28 characters a page.
const BODY_SIZE = 16;
const LINE_PITCH = TYPE_AREA.height / 22;
const CHARACTER_SPACING = TYPE_AREA.width / 28 - BODY_SIZE;
// 7.3.1: the title in 2号 (22 pt); 7.5: page numbers in 4号 (14 pt).
const TITLE_SIZE = 22;
const PAGE_NUMBER_SIZE = 14;
// 7.2.2: the issuing body's mark 35 mm below the top of the type area, in red.
const MARK_OFFSET = 35 * MM;
const RED = '#d7000f';
// A county seal (公章) is commonly 42 mm across.
const SEAL_RADIUS = 21 * MM;

const FONT_FOLDER = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
let fonts: { regular: Buffer; bold: Buffer } | undefined;
// Read once per process: each file is about 8 MB.
const loadFonts = () =>
  (fonts ??= {
    regular: readFileSync(join(FONT_FOLDER, 'NotoSansHans-Regular.otf')),
    bold: readFileSync(join(FONT_FOLDER, 'NotoSansHans-Bold.otf')),
  });

const MAX_FIELD_LENGTH = 4000;
// Control characters would print as nothing or as boxes; a line break belongs between paragraphs.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

function assertPrintable(field: string, value: string): void {
  if (value.trim() === '') throw new InvalidOfficialDocumentError(field, 'must not be empty');
  if ([...value].length > MAX_FIELD_LENGTH) {
    throw new InvalidOfficialDocumentError(field, `at most ${MAX_FIELD_LENGTH} characters`);
  }
  const control = CONTROL.exec(value);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).padStart(4, '0');
    throw new InvalidOfficialDocumentError(field, `contains the control character U+${code}`);
  }
}

function assertPrintableDocument(document: OfficialDocument): void {
  (['issuingBody', 'number', 'title', 'addressee'] as const).forEach((field) =>
    assertPrintable(field, document[field]),
  );
  if (document.paragraphs.length === 0) throw new InvalidOfficialDocumentError('paragraphs', 'the body is empty');
  document.paragraphs.forEach((paragraph, i) => assertPrintable(`paragraphs[${i}]`, paragraph));
  if (!isIsoDate(document.date)) {
    throw new InvalidOfficialDocumentError('date', `"${document.date}" is not a calendar date (YYYY-MM-DD)`);
  }
}

/** Every character must have a glyph: a name the font lacks would print as an empty box. */
function assertGlyphs(doc: PDFKit.PDFDocument, document: OfficialDocument): void {
  const font = (doc as unknown as { _font: { font: { hasGlyphForCodePoint(code: number): boolean } } })._font.font;
  const fields: [string, string][] = [
    ['issuingBody', document.issuingBody],
    ['number', document.number],
    ['title', document.title],
    ['addressee', document.addressee],
    ...document.paragraphs.map((p, i): [string, string] => [`paragraphs[${i}]`, p]),
  ];
  for (const [field, value] of fields) {
    const missing = [...value].find((char) => char !== ' ' && !font.hasGlyphForCodePoint(char.codePointAt(0)!));
    if (missing) {
      const code = missing.codePointAt(0)!.toString(16).toUpperCase();
      throw new InvalidOfficialDocumentError(field, `the character ${missing} (U+${code}) is not in the embedded font`);
    }
  }
}

const pdfDate = (isoDate: string) => new Date(`${isoDate}T00:00:00+08:00`);

/**
 * Renders the document as PDF bytes. Deterministic: the creation date is the document's date, the
 * file id is derived from the document information, and the font subsets are named in order.
 */
export function renderOfficialDocument(document: OfficialDocument): Promise<Buffer> {
  assertPrintableDocument(document);
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `${document.title}（${document.number}）`,
      Author: document.issuingBody,
      Creator: 'OneWindow',
      Producer: 'OneWindow',
      CreationDate: pdfDate(document.date),
    },
  });
  const chunks: Buffer[] = [];
  const rendered = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('body', regular);
  doc.registerFont('heading', bold);
  doc.font('body').fontSize(BODY_SIZE);
  assertGlyphs(doc, document);
  const bodyLineGap = LINE_PITCH - doc.currentLineHeight(true);
  const centred = { width: TYPE_AREA.width, align: 'center' as const };
  const blankLines = (n: number) => doc.moveDown(n * (LINE_PITCH / doc.currentLineHeight(true)));

  // 版头 (7.2): the issuing body's mark in red, the number two lines below it, a red rule 4 mm under the number.
  doc.fillColor(RED).font('heading').fontSize(TITLE_SIZE);
  doc.text(document.issuingBody, TYPE_AREA.left, TYPE_AREA.top + MARK_OFFSET, centred);
  doc.font('body').fontSize(BODY_SIZE);
  blankLines(2);
  doc.fillColor('black').text(document.number, TYPE_AREA.left, doc.y, centred);
  const ruleY = doc.y + 4 * MM;
  doc
    .moveTo(TYPE_AREA.left, ruleY)
    .lineTo(TYPE_AREA.left + TYPE_AREA.width, ruleY)
    .lineWidth(1)
    .strokeColor(RED)
    .stroke();
  doc.y = ruleY;

  // 主体 (7.3): the title two lines under the rule, the addressee one line under the title, flush left with a
  // full-width colon; each paragraph indented two characters, wrapped lines flush left.
  blankLines(2);
  doc.font('heading').fontSize(TITLE_SIZE).text(document.title, TYPE_AREA.left, doc.y, centred);
  doc.font('body').fontSize(BODY_SIZE);
  blankLines(1);
  const bodyText = { width: TYPE_AREA.width, lineGap: bodyLineGap, characterSpacing: CHARACTER_SPACING };
  doc.text(`${document.addressee}：`, TYPE_AREA.left, doc.y, bodyText);
  for (const paragraph of document.paragraphs) {
    doc.text(paragraph, TYPE_AREA.left, doc.y, { ...bodyText, indent: 2 * (BODY_SIZE + CHARACTER_SPACING) });
  }

  // 7.3.5.1: the signature centred over the date, the date four characters from the right, the seal pressing
  // on both; here a placeholder where the commission stamps it.
  blankLines(2);
  if (doc.y + 3 * LINE_PITCH > TYPE_AREA.top + TYPE_AREA.height) doc.addPage();
  const date = chineseDate(document.date);
  const dateWidth = doc.widthOfString(date);
  const dateRight = TYPE_AREA.left + TYPE_AREA.width - 4 * BODY_SIZE;
  const blockWidth = Math.max(dateWidth, doc.widthOfString(document.issuingBody)) + BODY_SIZE;
  const blockLeft = dateRight - dateWidth / 2 - blockWidth / 2;
  const block = { width: blockWidth, align: 'center' as const, lineGap: bodyLineGap };
  const signatureY = doc.y;
  doc.text(document.issuingBody, blockLeft, signatureY, block);
  doc.text(date, blockLeft, doc.y, block);
  const sealX = blockLeft + block.width / 2;
  const sealY = signatureY + LINE_PITCH * 0.9;
  doc.circle(sealX, sealY, SEAL_RADIUS).lineWidth(1.5).dash(4, { space: 3 }).strokeColor(RED).stroke().undash();
  doc
    .fillColor(RED)
    .fontSize(PAGE_NUMBER_SIZE)
    .text('（印章）', sealX - SEAL_RADIUS, sealY - SEAL_RADIUS + 6 * MM, { width: 2 * SEAL_RADIUS, align: 'center' });

  // 7.5: page numbers 7 mm under the type area between em dashes, odd pages one character from the right,
  // even pages one from the left. The bottom margin is lifted while writing them, or pdfkit would start a page.
  const pages = doc.bufferedPageRange();
  doc.fillColor('black').font('body').fontSize(PAGE_NUMBER_SIZE);
  for (let i = pages.start; i < pages.start + pages.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    const odd = (i + 1) % 2 === 1;
    doc.text(`— ${i + 1} —`, TYPE_AREA.left + PAGE_NUMBER_SIZE, TYPE_AREA.top + TYPE_AREA.height + 7 * MM, {
      width: TYPE_AREA.width - 2 * PAGE_NUMBER_SIZE,
      align: odd ? 'right' : 'left',
      lineBreak: false,
    });
  }
  doc.end();
  return rendered;
}
