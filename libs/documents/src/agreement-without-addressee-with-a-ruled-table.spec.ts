// A document addressed to no one (an agreement, 协议书, that the parties sign) and a ruled table after its
// body (the signatures recorded on it), read back as a viewer reads them (pdf.js in a child process).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidOfficialDocumentError, renderOfficialDocument, type OfficialDocument } from './index';

const INSPECT = join(__dirname, 'testing/inspect-pdf.mjs');

const agreement: OfficialDocument = {
  issuingBody: '随州市曾都区“一站式”劳动保障维权中心',
  number: '421303-调协-2026-000001',
  title: '调解协议书',
  paragraphs: ['劳动者（甲方）：张三', '用人单位（乙方）：随州市某某建筑有限公司', '各方签名情况如下：'],
  table: {
    columns: ['签署人', '姓名（名称）', '签名时间（北京时间）', '方式'],
    widths: [2, 3, 3, 2],
    rows: [
      ['劳动者（甲方）', '张三', '2026年3月10日 10:00', '当面签名'],
      ['用人单位（乙方）', '随州市某某建筑有限公司', '2026年3月10日 10:05', '线上一次性验证码确认'],
      ['调解员', '李调解', '', '当面签名'],
    ],
  },
  date: '2026-03-10',
};

interface Inspected {
  file: string;
  pages: string[];
}

describe('a document without an addressee and with a table', () => {
  const folder = mkdtempSync(join(tmpdir(), 'official-document-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const read = (documents: Record<string, Buffer>): Map<string, string[]> => {
    const files = Object.entries(documents).map(([name, pdf]) => {
      const file = join(folder, `${name}.pdf`);
      writeFileSync(file, pdf);
      return file;
    });
    const output = execFileSync(process.execPath, [INSPECT, ...files], { maxBuffer: 16 * 1024 * 1024 });
    return new Map((JSON.parse(output.toString()) as Inspected[]).map((found) => [found.file, found.pages]));
  };
  // pdf.js puts a space between text drawn apart (the cells of a row), and a wrapped line loses the space it
  // broke at; the page numbers (— 1 —) sit between one page's text and the next.
  const pagesOf = (found: Map<string, string[]>, name: string) =>
    found.get(join(folder, `${name}.pdf`))!.map((page) => page.replace(/— \d+ —$/u, '').replace(/\s+/gu, ''));

  it('starts the body under the title and prints the table row by row, headings first, before the date', async () => {
    const text = pagesOf(read({ agreement: await renderOfficialDocument(agreement) }), 'agreement').join('');
    // No 主送 line between the title and the first paragraph.
    expect(text).toContain('调解协议书劳动者（甲方）：张三');
    expect(text).toContain(
      '各方签名情况如下：签署人姓名（名称）签名时间（北京时间）方式' + '劳动者（甲方）张三2026年3月10日10:00当面签名',
    );
    expect(text).toContain('随州市某某建筑有限公司');
    expect(text).toContain('线上一次性验证码');
    expect(text.indexOf('调解员李调解当面签名')).toBeGreaterThan(text.indexOf('劳动者（甲方）张三'));
    expect(text.indexOf('二〇二六年三月十日')).toBeGreaterThan(text.indexOf('调解员李调解'));
    expect(text).toContain('（印章）');
  });

  it('carries a long table onto the next page with its headings again, and renders the same bytes twice', async () => {
    const long: OfficialDocument = {
      ...agreement,
      table: {
        ...agreement.table!,
        rows: Array.from({ length: 40 }, (_, i) => [`第${i + 1}期`, '张三', '2026年3月10日 10:00', '当面签名']),
      },
    };
    const [first, second] = await Promise.all([renderOfficialDocument(long), renderOfficialDocument(long)]);
    expect(first.equals(second)).toBe(true);
    const pages = pagesOf(read({ long: first }), 'long');
    expect(pages.length).toBeGreaterThan(1);
    const headings = '签署人姓名（名称）签名时间（北京时间）方式';
    expect(pages[0]).toContain(headings);
    expect(pages[1]).toContain(headings);
    // Every row once, in order, none split or lost across the page break.
    const all = pages.join('');
    const at = Array.from({ length: 40 }, (_, i) => all.indexOf(`第${i + 1}期张三`));
    expect(at.every((position) => position >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The last row goes with the signature and date: the seal never stands on a page alone.
    const last = pages.at(-1)!;
    expect(last).toContain('第40期张三');
    expect(last).toContain('随州市曾都区“一站式”劳动保障维权中心二〇二六年三月十日（印章）');
  });

  it('moves the last row to the page of the signature and date rather than leave the seal on a page alone', async () => {
    // Five rows fill the first page just so far that the signature and date alone would go to a second.
    const tight: OfficialDocument = {
      ...agreement,
      paragraphs: ['劳动者（甲方）：张三'],
      table: {
        columns: ['签署人', '姓名', '时间', '方式'],
        rows: Array.from({ length: 5 }, (_, i) => [`第${i + 1}期`, '张三', 't', '当面签名']),
      },
    };
    const pages = pagesOf(read({ tight: await renderOfficialDocument(tight) }), 'tight');
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('第4期张三');
    expect(pages[1]).toContain(
      '签署人姓名时间方式第5期张三t当面签名随州市曾都区“一站式”劳动保障维权中心二〇二六年三月十日',
    );
  });

  it.each<[string, Partial<OfficialDocument>, string, RegExp]>([
    ['an empty addressee', { addressee: ' ' }, 'addressee', /must not be empty/],
    [
      'a row short of a cell',
      { table: { ...agreement.table!, rows: [['劳动者', '张三', '当面签名']] } },
      'table.rows[0]',
      /has 3 cells; the table has 4 columns/,
    ],
    [
      'a control character in a cell',
      { table: { ...agreement.table!, rows: [['劳动者', '张\u0007三', '', '当面签名']] } },
      'table.rows[0][1]',
      /control character U\+0007/,
    ],
    [
      'a character the font lacks',
      { table: { ...agreement.table!, rows: [['☐', '张三', '', '当面签名']] } },
      'table.rows[0][0]',
      /the character ☐ \(U\+2610\) is not in the embedded font/,
    ],
    [
      'widths that do not match the columns',
      { table: { ...agreement.table!, widths: [1, 1] } },
      'table.widths',
      /one width per column \(4\)/,
    ],
    [
      'a column too narrow to print in',
      { table: { ...agreement.table!, widths: [1, 1, 1, 0.05] } },
      'table.widths[3]',
      /narrower than two characters/,
    ],
    ['a table without rows', { table: { ...agreement.table!, rows: [] } }, 'table.rows', /give 1 to 200 rows/],
  ])('refuses %s, naming the field', async (_, change, field, reason) => {
    // The document is checked before anything is drawn, so the refusal is thrown at the call.
    const error = await Promise.resolve()
      .then(() => renderOfficialDocument({ ...agreement, ...change }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOfficialDocumentError);
    expect((error as InvalidOfficialDocumentError).field).toBe(field);
    expect((error as Error).message).toMatch(reason);
  });
});
