import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  decideAcceptance,
  decideArrearsListing,
  endInvestigation,
  INSPECTION_DOCUMENT_KINDS,
  type InspectionCaseRecord,
  type InspectionDocumentKind,
  issueCorrectionOrder,
  issueInquiryNotice,
  issuePenaltyDecision,
  proposeArrearsListing,
  recordComplianceCheck,
  recordConstructionProject,
  transferToPublicSecurity,
  withdrawFiling,
} from '../../domain';
import { DEVELOPER, GENERAL, SUBCONTRACTOR, project } from '../../domain/testing/construction-project.fixture';
import {
  applied,
  filedCase,
  heardCase,
  INSPECTOR,
  matter,
  on,
  receivedCase,
} from '../../domain/testing/inspection-case.fixture';
import { inspectionDocument, renderInspectionDocument } from './inspection-documents';

// Every document of an inspection prints: PDF bytes, the same for the same case twice (the date is the
// document's, nothing random; checked on the order), each citing its article and addressed to its party; a report's documents never
// name the reporter. The PDFs are written to test-output/documents/inspection for a reader to look at.

const OUT = join(__dirname, '../../../../../test-output/documents/inspection');
const REPORTER = '赵秀兰';
const decision = (d: Parameters<typeof decideAcceptance>[1]['decision'], more: object = {}) => ({
  decision: d,
  violations: [],
  reason: '',
  redirectedTo: '',
  missingMaterial: [],
  ...more,
});

/** One case per way a case goes, together issuing every kind of document. */
function casesIssuingEveryKind(): InspectionCaseRecord[] {
  const migrant = heardCase(matter({ migrantWorker: true, workerCount: 12 }));
  const chained = applied(
    recordConstructionProject(
      migrant,
      { project: project([DEVELOPER, GENERAL, SUBCONTRACTOR], SUBCONTRACTOR.name) },
      INSPECTOR,
    ),
  ).record;
  const inquired = applied(
    issueInquiryNotice(
      chained,
      {
        appearAt: '2026-03-05T09:30:00+08:00',
        place: '曾都区劳动保障监察大队询问室',
        materials: ['工资表', '考勤记录'],
      },
      INSPECTOR,
    ),
  ).record;
  const ordered = applied(
    issueCorrectionOrder(
      inquired,
      { corrections: ['支付拖欠工资人民币360,000.00元'], correctBy: '2026-03-16', wagesOrderedFen: 36_000_000 },
      INSPECTOR,
    ),
  ).record;
  const unpaid = applied(recordComplianceCheck(ordered, { complied: false, note: '' }, on('2026-03-17'))).record;
  const proposed = applied(
    proposeArrearsListing(
      unpaid,
      { grounds: '拖欠12名农民工工资人民币360,000.00元，经责令支付逾期仍不支付', seriousSocialImpact: false },
      on('2026-03-17'),
    ),
  ).record;
  const listed = applied(
    decideArrearsListing(proposed, { list: true, employerStatement: '', reason: '' }, on('2026-03-25')),
  ).record;
  const transferred = applied(transferToPublicSecurity(listed, { reason: '' }, on('2026-03-26'))).record;

  const old = {
    category: 'WAGES',
    description: '拖欠工资',
    beganOn: '2022-01-01',
    endedOn: '2023-06-30',
    continuing: true,
    amountOwedFen: 100_000,
  };
  const notAccepted = applied(
    decideAcceptance(
      receivedCase(),
      decision('NOT_ACCEPTED', { violations: [old], reason: '违法行为终了已超过二年' }),
      INSPECTOR,
    ),
  ).record;
  const unclear = receivedCase();
  const material = applied(
    decideAcceptance(
      unclear,
      decision('MATERIAL_REQUESTED', { missingMaterial: ['用人单位地址或统一社会信用代码'] }),
      INSPECTOR,
    ),
  ).record;
  const dispute = applied(
    decideAcceptance(
      receivedCase(),
      decision('DISPUTE_PROCEDURE', { redirectedTo: 'ARBITRATION', reason: '双方对经济补偿数额存在争议，属劳动争议' }),
      INSPECTOR,
    ),
  ).record;
  const penalised = applied(
    issuePenaltyDecision(
      heardCase(),
      {
        violationBasis: '《劳动法》第五十条',
        penaltyBasis: '《劳动保障监察条例》第二十六条',
        fineFen: 500_000,
        facts: '',
      },
      INSPECTOR,
    ),
  ).record;
  const withdrawn = applied(
    withdrawFiling(filedCase(), { minor: true, alreadyCorrected: true, reason: '' }, INSPECTOR),
  ).record;
  const report = matter({
    kind: 'REPORT',
    applicant: { ...matter().applicant, name: REPORTER },
    factsAndReasons: `${REPORTER}反映该公司拖欠多名工人工资。`,
  });
  const ended = applied(endInvestigation(filedCase(report), { reason: '经查，举报内容不实' }, INSPECTOR)).record;
  return [transferred, notAccepted, material, dispute, penalised, withdrawn, ended];
}

describe('every inspection document renders to the same PDF', () => {
  const cases = casesIssuingEveryKind();
  const issued = cases.flatMap((c) => c.documents.map((doc) => ({ c, doc })));
  beforeAll(() => mkdirSync(OUT, { recursive: true }));

  it('issues every kind of document between them, each numbered per county and kind', () => {
    expect(new Set(issued.map(({ doc }) => doc.kind))).toEqual(
      new Set<InspectionDocumentKind>(INSPECTION_DOCUMENT_KINDS),
    );
  });

  it.each(INSPECTION_DOCUMENT_KINDS.map((kind) => [kind]))(
    '%s renders to PDF bytes (the order the same twice), citing its article and addressed to its party',
    async (kind) => {
      const { c, doc } = issued.find((one) => one.doc.kind === kind)!;
      const written = inspectionDocument(c, doc);
      expect(written.issuingBody).toBe('随州市曾都区人力资源和社会保障局');
      expect(written.paragraphs.join('')).toMatch(/《[^》]+》第[一二三四五六七八九十百]+条/u);
      expect(written.addressee).toBeTruthy();
      const first = await renderInspectionDocument(c, doc);
      expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // Rendering is CPU-heavy (fonts subset per document): the same bytes again is checked on the order,
      // the document built from the most parts of the record (the project's chain, the wages, the hearing).
      if (kind === 'CORRECTION_ORDER') expect(first.equals(await renderInspectionDocument(c, doc))).toBe(true);
      writeFileSync(join(OUT, `${kind.toLowerCase().replaceAll('_', '-')}.pdf`), first);
    },
    30_000,
  );

  it('names no reporter in a report’s documents, addressing the reporter as 举报人', () => {
    const report = cases.at(-1)!;
    expect(report.source).toBe('REPORT');
    for (const doc of report.documents) {
      const written = inspectionDocument(report, doc);
      expect(JSON.stringify(written)).not.toContain(REPORTER);
    }
    expect(inspectionDocument(report, report.documents.at(-1)!).addressee).toBe('举报人');
  });

  it('prints who pays under the project’s chain on the order, and the remedies on the penalty', () => {
    const transferred = cases[0]!;
    const order = transferred.documents.find((d) => d.kind === 'CORRECTION_ORDER')!;
    expect(inspectionDocument(transferred, order).paragraphs.join('')).toContain(
      '由湖北某建工集团有限公司先行清偿（《保障农民工工资支付条例》第三十条）',
    );
    const penalised = cases[4]!;
    const penalty = inspectionDocument(penalised, penalised.documents.at(-1)!).paragraphs.join('');
    expect(penalty).toContain('行政复议法》第二十条');
    expect(penalty).toContain('行政诉讼法》第四十六条');
    expect(penalty).toContain('人民币5,000.00元');
  });
});
