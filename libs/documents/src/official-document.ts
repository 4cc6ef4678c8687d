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
  /**
   * 主送: the person or body addressed, printed with a full-width colon. Left out for a document addressed
   * to no one, such as an agreement (协议书) the parties sign: the body then starts under the title.
   */
  readonly addressee?: string;
  /** 正文, one entry per paragraph (自然段) */
  readonly paragraphs: readonly string[];
  /** A table after the body and before the signature, e.g. the signatures recorded on an agreement. */
  readonly table?: OfficialTable;
  /** 成文日期, YYYY-MM-DD; also the PDF's creation date, so the same document renders to the same bytes */
  readonly date: string;
}

/** A ruled table in 4号 (14 pt): headings in bold, repeated at the top of each page the table runs onto. */
export interface OfficialTable {
  readonly columns: readonly string[];
  /** each column's share of the type area's width (any positive numbers); equal shares when left out */
  readonly widths?: readonly number[];
  /** one entry per row, one cell per column; a cell may be empty */
  readonly rows: readonly (readonly string[])[];
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
// Tables in 4号 (14 pt), ruled, each cell padded; bounded so that every row fits on one page.
const TABLE_SIZE = 14;
const CELL_PADDING = { x: 2 * MM, y: 1.5 * MM };
const MAX_TABLE_COLUMNS = 8;
const MAX_TABLE_ROWS = 200;
const MAX_CELL_LENGTH = 200;

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
  (['issuingBody', 'number', 'title'] as const).forEach((field) => assertPrintable(field, document[field]));
  if (document.addressee !== undefined) assertPrintable('addressee', document.addressee);
  if (document.paragraphs.length === 0) throw new InvalidOfficialDocumentError('paragraphs', 'the body is empty');
  document.paragraphs.forEach((paragraph, i) => assertPrintable(`paragraphs[${i}]`, paragraph));
  if (document.table !== undefined) assertPrintableTable(document.table);
  if (!isIsoDate(document.date)) {
    throw new InvalidOfficialDocumentError('date', `"${document.date}" is not a calendar date (YYYY-MM-DD)`);
  }
}

/** A cell may be empty, but short and without control characters. */
function assertPrintableCell(field: string, value: unknown): void {
  if (typeof value !== 'string') throw new InvalidOfficialDocumentError(field, `must be text; got ${String(value)}`);
  if ([...value].length > MAX_CELL_LENGTH) {
    throw new InvalidOfficialDocumentError(field, `at most ${MAX_CELL_LENGTH} characters in a table cell`);
  }
  const control = CONTROL.exec(value);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).padStart(4, '0');
    throw new InvalidOfficialDocumentError(field, `contains the control character U+${code}`);
  }
}

function assertPrintableTable(table: OfficialTable): void {
  const { columns, widths, rows } = table;
  if (!Array.isArray(columns) || columns.length === 0 || columns.length > MAX_TABLE_COLUMNS) {
    throw new InvalidOfficialDocumentError('table.columns', `give 1 to ${MAX_TABLE_COLUMNS} column headings`);
  }
  columns.forEach((column, i) => assertPrintable(`table.columns[${i}]`, column));
  if (widths !== undefined) {
    if (!Array.isArray(widths) || widths.length !== columns.length) {
      throw new InvalidOfficialDocumentError('table.widths', `give one width per column (${columns.length})`);
    }
    widths.forEach((width, i) => {
      if (typeof width !== 'number' || !Number.isFinite(width) || width <= 0) {
        throw new InvalidOfficialDocumentError(`table.widths[${i}]`, `must be a positive number; got ${String(width)}`);
      }
    });
  }
  columnWidths(table).forEach((width, i) => {
    if (width - 2 * CELL_PADDING.x < 2 * TABLE_SIZE) {
      throw new InvalidOfficialDocumentError(`table.widths[${i}]`, 'the column is narrower than two characters');
    }
  });
  if (!Array.isArray(rows) || rows.length === 0 || rows.length > MAX_TABLE_ROWS) {
    throw new InvalidOfficialDocumentError('table.rows', `give 1 to ${MAX_TABLE_ROWS} rows`);
  }
  rows.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== columns.length) {
      throw new InvalidOfficialDocumentError(
        `table.rows[${r}]`,
        `has ${Array.isArray(row) ? row.length : 'no'} cells; the table has ${columns.length} columns`,
      );
    }
    row.forEach((cell, c) => assertPrintableCell(`table.rows[${r}][${c}]`, cell));
  });
}

/** Each column's width in points: its share of the type area's width. */
function columnWidths(table: OfficialTable): number[] {
  const shares = table.widths ?? table.columns.map(() => 1);
  const total = shares.reduce((sum, share) => sum + share, 0);
  return shares.map((share) => (TYPE_AREA.width * share) / total);
}

/**
 * Draws the table from the current line down, a page at a time: the headings open the table and each page it
 * runs onto, a row is never split, and the last row stays on the page of the signature and date (two blank
 * lines and three lines, as renderOfficialDocument places them), so the seal never stands on a page alone.
 * Leaves the cursor under the table in the body font.
 */
function drawTable(doc: PDFKit.PDFDocument, table: OfficialTable): void {
  const bottom = TYPE_AREA.top + TYPE_AREA.height;
  const widths = columnWidths(table);
  const lefts = widths.map((_, i) => TYPE_AREA.left + widths.slice(0, i).reduce((sum, width) => sum + width, 0));
  const cellOptions = (i: number) => ({ width: widths[i]! - 2 * CELL_PADDING.x, lineGap: 0 });
  const heightOf = (cells: readonly string[], font: 'body' | 'heading') => {
    doc.font(font).fontSize(TABLE_SIZE);
    const line = doc.currentLineHeight(true);
    return (
      Math.max(...cells.map((cell, i) => (cell === '' ? line : doc.heightOfString(cell, cellOptions(i))))) +
      2 * CELL_PADDING.y
    );
  };
  const drawRow = (cells: readonly string[], font: 'body' | 'heading', y: number, height: number) => {
    doc.font(font).fontSize(TABLE_SIZE).fillColor('black');
    cells.forEach((cell, i) => {
      if (cell !== '') doc.text(cell, lefts[i]! + CELL_PADDING.x, y + CELL_PADDING.y, cellOptions(i));
    });
    doc.lineWidth(0.5).strokeColor('black');
    cells.forEach((_, i) => doc.rect(lefts[i]!, y, widths[i]!, height).stroke());
  };
  const headingHeight = heightOf(table.columns, 'heading');
  const signatureBlock = 5 * LINE_PITCH + 1;
  let y = doc.y + LINE_PITCH / 4;
  table.rows.forEach((row, r) => {
    const height = heightOf(row, 'body');
    const below = r === table.rows.length - 1 ? signatureBlock : 0;
    if (headingHeight + height + below > TYPE_AREA.height) {
      throw new InvalidOfficialDocumentError(`table.rows[${r}]`, 'the row is taller than a page');
    }
    if (r === 0 || y + height + below > bottom) {
      if (r > 0 || y + headingHeight + height + below > bottom) {
        doc.addPage();
        y = TYPE_AREA.top;
      }
      drawRow(table.columns, 'heading', y, headingHeight);
      y += headingHeight;
    }
    drawRow(row, 'body', y, height);
    y += height;
  });
  doc.font('body').fontSize(BODY_SIZE).fillColor('black');
  doc.x = TYPE_AREA.left;
  doc.y = y;
}

/** Every character must have a glyph: a name the font lacks would print as an empty box. */
function assertGlyphs(doc: PDFKit.PDFDocument, document: OfficialDocument): void {
  const font = (doc as unknown as { _font: { font: { hasGlyphForCodePoint(code: number): boolean } } })._font.font;
  const fields: [string, string][] = [
    ['issuingBody', document.issuingBody],
    ['number', document.number],
    ['title', document.title],
    ...(document.addressee !== undefined ? [['addressee', document.addressee] as [string, string]] : []),
    ...document.paragraphs.map((p, i): [string, string] => [`paragraphs[${i}]`, p]),
    ...(document.table?.columns ?? []).map((c, i): [string, string] => [`table.columns[${i}]`, c]),
    ...(document.table?.rows ?? []).flatMap((row, r) =>
      row.map((cell, c): [string, string] => [`table.rows[${r}][${c}]`, cell]),
    ),
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
  // full-width colon (a document without one starts its body there); each paragraph indented two characters,
  // wrapped lines flush left; then the table, if any.
  blankLines(2);
  doc.font('heading').fontSize(TITLE_SIZE).text(document.title, TYPE_AREA.left, doc.y, centred);
  doc.font('body').fontSize(BODY_SIZE);
  blankLines(1);
  const bodyText = { width: TYPE_AREA.width, lineGap: bodyLineGap, characterSpacing: CHARACTER_SPACING };
  if (document.addressee !== undefined) doc.text(`${document.addressee}：`, TYPE_AREA.left, doc.y, bodyText);
  for (const paragraph of document.paragraphs) {
    doc.text(paragraph, TYPE_AREA.left, doc.y, { ...bodyText, indent: 2 * (BODY_SIZE + CHARACTER_SPACING) });
  }
  if (document.table !== undefined) drawTable(doc, document.table);

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
