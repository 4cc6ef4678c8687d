// The three documents of labor-relations supervision — 裁员报告登记回执, 劳动关系监管指导意见书 and
// 移送劳动保障监察函 — rendered as PDF from a matter view, twice to the same bytes, and read back as a
// viewer reads them (pdf.js in a child process): what each says must be what the matter holds.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficialDocument } from '@onewindow/documents';
import { layoffFromFigures } from '../src/application/take-referral.use-case';
import {
  guidanceLetter,
  inspectionReferralLetter,
  layoffReportReceipt,
  renderSupervisionDocument,
  supervisionDocumentFileName,
  type SupervisionDocumentMatter,
} from '../src/application/documents/supervision-documents';
import { checkAdvanceExplanation, InvalidSupervisionInputError, judgeCheckFindings } from '../src/domain';

const ROOT = join(__dirname, '../../..');
const OUT = join(ROOT, 'test-output/documents/labor-relations');
const INSPECT = join(ROOT, 'libs/documents/src/testing/inspect-pdf.mjs');

const matter: SupervisionDocumentMatter = {
  countyCode: '421303',
  supervisionNumber: '421303-劳监-2026-000001',
  matterNumber: '421303-2026-000001',
  employerName: '随州市某某机械制造有限公司',
  openedOn: '2026-03-02',
};

const layoff = {
  ...layoffFromFigures(30, 200),
  ground: '生产经营发生严重困难的',
  ...checkAdvanceExplanation('2026-03-01', '2026-03-21', true),
  registered: true,
};
const dispatch = judgeCheckFindings(
  'LABOR_DISPATCH',
  '421303',
  {
    lowestMonthlyWageFen: 0,
    workersWithoutWrittenContract: 0,
    dispatchedWorkers: 15,
    contractWorkers: 100,
    maxOvertimeHoursPerDay: 0,
    maxOvertimeHoursPerMonth: 0,
    measuredOn: '2026-03-02',
  },
  '2026-03-02',
).breaches;

const samples: Record<string, OfficialDocument> = {
  'layoff-report-receipt': layoffReportReceipt(matter, {
    number: '421303-劳监登-2026-000001',
    issuedOn: '2026-03-02',
    layoff,
  }),
  guidance: guidanceLetter(matter, {
    number: '421303-劳监指-2026-000001',
    issuedOn: '2026-03-05',
    findings: ['未提前三十日向工会或者全体职工说明情况（相差10日）（《中华人民共和国劳动合同法》第四十一条第一款）'],
    guidance: ['推迟裁减人员实施日期至说明情况之日起满三十日后', '将裁减人员方案书面报告本局'],
    correctBy: '2026-03-20',
  }),
  'inspection-referral': inspectionReferralLetter(
    { ...matter, matterNumber: '' },
    { number: '421303-劳监移-2026-000001', issuedOn: '2026-03-05', findings: dispatch, reason: '' },
  ),
};

interface Inspected {
  file: string;
  pages: string[];
  fonts: { name: string; embedded: boolean }[];
}

describe('the documents of labor-relations supervision, as PDF', () => {
  const files = new Map<string, string>();
  const pdfs = new Map<string, Buffer>();
  let read: Map<string, Inspected>;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    for (const [name, document] of Object.entries(samples)) {
      const pdf = await renderSupervisionDocument(document);
      const file = join(OUT, `${name}.pdf`);
      writeFileSync(file, pdf);
      files.set(name, file);
      pdfs.set(name, pdf);
    }
    const output = execFileSync(process.execPath, [INSPECT, ...files.values()], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    read = new Map((JSON.parse(output.toString()) as Inspected[]).map((found) => [found.file, found]));
  }, 30_000);

  const textOf = (name: string) =>
    read
      .get(files.get(name)!)!
      .pages.map((page) => page.replace(/— \d+ —$/u, ''))
      .join('')
      .replace(/\s+/gu, '');

  it.each(Object.keys(samples))('%s renders to the same bytes twice, fonts embedded', async (name) => {
    expect(Buffer.compare(await renderSupervisionDocument(samples[name]!), pdfs.get(name)!)).toBe(0);
    expect(read.get(files.get(name)!)!.fonts.every((font) => font.embedded)).toBe(true);
  });

  it('the receipt records the report, the thresholds and the explanation too late, citing Art. 41', () => {
    const text = textOf('layoff-report-receipt');
    expect(text).toContain('随州市曾都区人力资源和社会保障局421303-劳监登-2026-000001裁员报告登记回执');
    expect(text).toContain('随州市某某机械制造有限公司：');
    expect(text).toContain('你单位企业职工总数200人。裁减人员30人，达到二十人以上');
    expect(text).toContain('属于规模裁员');
    expect(text).toContain('生产经营发生严重困难的（《中华人民共和国劳动合同法》第四十一条第一款）');
    expect(text).toContain('不足三十日（相差10日）');
    expect(text).toContain('第四十二条');
  });

  it('the guidance letter names the findings, what to put right and the correct-by day', () => {
    const text = textOf('guidance');
    expect(text).toContain('劳动关系监管指导意见书');
    expect(text).toContain('一、未提前三十日向工会或者全体职工说明情况');
    expect(text).toContain('二、将裁减人员方案书面报告本局。');
    expect(text).toContain('请你单位于二〇二六年三月二十日前完成整改');
  });

  it('the referral to inspection names the breaches with their article and the inspection body', () => {
    const text = textOf('inspection-referral');
    expect(text).toContain('随州市曾都区劳动保障监察机构：');
    expect(text).toContain('使用被派遣劳动者15人，超过用工总量115人的百分之十');
    expect(text).toContain('人力资源和社会保障部令第22号');
    expect(text).toContain('《劳动保障监察条例》第十八条');
    expect(text).not.toContain('事项编号');
  });

  it('names its file by title and number, and refuses a 文号 of another county', () => {
    expect(supervisionDocumentFileName(samples['guidance']!)).toBe(
      '劳动关系监管指导意见书-421303-劳监指-2026-000001.pdf',
    );
    expect(() =>
      guidanceLetter(matter, {
        number: '421321-劳监指-2026-000001',
        issuedOn: '2026-03-05',
        findings: [],
        guidance: ['x'],
        correctBy: '2026-03-20',
      }),
    ).toThrow(InvalidSupervisionInputError);
  });
});
