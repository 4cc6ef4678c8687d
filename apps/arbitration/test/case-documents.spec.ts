// The four documents of the acceptance stage, rendered from cases the review recorded and read back as
// a viewer reads them (pdf.js in a child process): what each says must be what the case holds.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Caller } from '@onewindow/access';
import type {
  ArbitrationCaseRecord,
  ArbitrationCaseRepository,
  CaseDocumentKind,
} from '../src/application/arbitration-case.repository';
import { CaseDocumentsUseCase } from '../src/application/documents/get-case-document.use-case';
import { ReviewApplicationUseCase } from '../src/application/review-application.use-case';
import { COURT_REMEDY } from '../src/domain';
import {
  claimOf,
  completeApplication,
  type ApplicationOverrides,
} from '../src/domain/testing/complete-application.fixture';

const ROOT = join(__dirname, '../../..');
const OUT = join(ROOT, 'test-output/documents');
const INSPECT = join(ROOT, 'libs/documents/src/testing/inspect-pdf.mjs');
const CLERK: Caller = { userId: 'clerk', roles: ['ARBITRATION_CLERK'], counties: ['421303'] };
const AUDITOR: Caller = { userId: 'auditor', roles: ['AUDITOR'], counties: ['421303'] };

/** Keeps cases in memory, numbering each kind of document from 1. */
class InMemoryCases
  implements Pick<ArbitrationCaseRepository, 'exists' | 'nextNumber' | 'saveAndAnnounce' | 'findById'>
{
  readonly cases = new Map<string, ArbitrationCaseRecord>();
  private readonly sequences = new Map<string, number>();
  async exists(caseId: string) {
    return this.cases.has(caseId);
  }
  async nextNumber(kind: string, countyCode: string, year: number) {
    const key = `${kind}:${countyCode}:${year}`;
    this.sequences.set(key, (this.sequences.get(key) ?? 0) + 1);
    return this.sequences.get(key)!;
  }
  async saveAndAnnounce(record: ArbitrationCaseRecord) {
    this.cases.set(record.caseId, record);
    return 'saved' as const;
  }
  async findById(caseId: string) {
    return this.cases.get(caseId);
  }
}

interface Inspected {
  file: string;
  pages: string[];
  fonts: { name: string; embedded: boolean }[];
}

describe('the documents of an arbitration case, as PDF', () => {
  const cases = new InMemoryCases();
  const repository = cases as unknown as ArbitrationCaseRepository;
  const review = new ReviewApplicationUseCase(repository);
  const documents = new CaseDocumentsUseCase(repository);
  const files = new Map<string, string>();
  let read: Map<string, Inspected>;

  const receive = async (caseId: string, overrides: ApplicationOverrides) => {
    await review.execute({
      referralId: caseId,
      matterId: `matter-${caseId}`,
      matterNumber: '421303-2026-000001',
      content: completeApplication(overrides),
      issuedAt: '2026-12-01T02:00:00Z',
    });
    return cases.cases.get(caseId)!;
  };
  const render = async (caseId: string, kind: CaseDocumentKind, name: string) => {
    const rendered = await documents.render(CLERK, caseId, kind);
    const file = join(OUT, `${name}.pdf`);
    writeFileSync(file, rendered.pdf);
    files.set(name, file);
    return rendered;
  };

  let accepted: ArbitrationCaseRecord;
  let refused: ArbitrationCaseRecord;
  let incomplete: ArbitrationCaseRecord;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    accepted = await receive('wage-arrears/1', {});
    refused = await receive('not-a-labor-dispute/1', { claims: [claimOf('OTHER', 0, '要求被申请人公开赔礼道歉')] });
    incomplete = await receive('incomplete/1', {
      employer: { legalRepresentative: '' },
      evidence: [{ description: '工资条', source: '' }],
    });
    await render(accepted.caseId, 'RECEIPT', 'receipt');
    await render(accepted.caseId, 'ACCEPTANCE_NOTICE', 'acceptance-notice');
    await render(refused.caseId, 'NON_ACCEPTANCE_NOTICE', 'non-acceptance-notice');
    await render(incomplete.caseId, 'SUPPLEMENT_NOTICE', 'supplement-notice');
    const paths = [...files.values()];
    const output = execFileSync(
      process.execPath,
      [INSPECT, '--png', join(OUT, 'acceptance-notice.png'), ...paths.slice(1), paths[0]!],
      {
        cwd: ROOT,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    read = new Map((JSON.parse(output.toString()) as Inspected[]).map((found) => [found.file, found]));
  }, 30_000);

  // Page numbers (— 1 —) sit between one page's text and the next.
  const textOf = (name: string) =>
    read
      .get(files.get(name)!)!
      .pages.map((page) => page.replace(/— \d+ —$/u, ''))
      .join('');

  it('gives the wage-arrears case its receipt and acceptance notice, each with its number, the parties and claim', () => {
    const receipt = textOf('receipt');
    const notice = textOf('acceptance-notice');
    for (const text of [receipt, notice]) {
      expect(text).toContain('随州市曾都区劳动人事争议仲裁院');
      expect(text).toContain('李明：');
      expect(text).toContain('被申请人随州测试机械制造有限公司');
      expect(text).toContain('支付2025年11月至2026年1月拖欠的工资18600元（18600.00元）');
      expect(text).toContain('二〇二六年十二月一日');
      expect(text).toContain('（印章）');
      // Only the name: no identity or phone number of the worker is printed.
      expect(text).not.toContain('421303198804120018');
      expect(text).not.toContain('13800000000');
    }
    expect(accepted.receiptNumber).toBe('421303-仲收-2026-000001');
    expect(receipt).toContain('收件回执');
    expect(receipt).toContain(accepted.receiptNumber);
    expect(notice).toContain('受理通知书');
    expect(notice).toContain(accepted.acceptanceNoticeNumber);
    expect(notice).toContain('本院决定予以受理');
    const award = accepted.documents.find((d) => d.kind === 'ACCEPTANCE_NOTICE')!.deadline!;
    expect(notice).toContain(award.citation);
  });

  it('states the reason of a refusal and the remedy: the applicant may sue in the people’s court (Art. 29)', () => {
    const text = textOf('non-acceptance-notice');
    expect(text).toContain('不予受理通知书');
    expect(text).toContain(refused.documents[0]!.number);
    expect(refused.documents[0]!.number).toBe('421303-仲不受-2026-000001');
    expect(text).toContain(`经审查，${refused.nonAcceptanceReason}，本院决定不予受理。`);
    expect(text).toContain(COURT_REMEDY);
  });

  it('lists exactly what is missing, with the day to supply it by and its citation', () => {
    const text = textOf('supplement-notice');
    const issued = incomplete.documents[0]!;
    expect(text).toContain('补正通知书');
    expect(text).toContain(issued.number);
    expect(incomplete.missingItems.map((item) => item.description)).toEqual([
      '用人单位法定代表人或者主要负责人的姓名',
      '第1项证据的来源',
    ]);
    expect(text).toContain('一、用人单位法定代表人或者主要负责人的姓名二、第1项证据的来源');
    expect(text).toContain(issued.deadline!.citation);
  });

  it('embeds its fonts, as subsets, in every file', () => {
    for (const found of read.values()) {
      expect(found.fonts.length).toBeGreaterThan(0);
      expect(found.fonts.every((font) => font.embedded && /^[A-Z]{6}\+NotoSansHans/.test(font.name))).toBe(true);
    }
  });

  it('renders the same bytes for the same case, and refuses a document the case does not have', async () => {
    const [first, second] = await Promise.all([
      documents.render(CLERK, accepted.caseId, 'RECEIPT'),
      documents.render(CLERK, accepted.caseId, 'RECEIPT'),
    ]);
    expect(first.pdf.equals(second.pdf)).toBe(true);
    expect(first.fileName).toBe('收件回执-421303-仲收-2026-000001.pdf');
    await expect(documents.render(CLERK, refused.caseId, 'ACCEPTANCE_NOTICE')).rejects.toThrow(
      'has no ACCEPTANCE_NOTICE document (status NOT_ACCEPTED)',
    );
    await expect(documents.render(AUDITOR, accepted.caseId, 'RECEIPT')).rejects.toThrow(/posts that work on matters/);
  });
});
