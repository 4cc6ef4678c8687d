// The three documents (文书) of labor-relations supervision, written from a plain view of the matter:
// 裁员报告登记回执 (劳动合同法 Art. 41), 劳动关系监管指导意见书 (seed 四(一)) and 移送劳动保障监察函
// (劳动保障监察条例 Arts. 11 and 18, the findings passed to the labor inspection body). The layout is
// libs/documents' (GB/T 9704-2012), as mediation's and arbitration's are.
// - Pure: the same view renders to the same bytes (nothing random, no clock: every date is in the view).
import { getCounty } from '@onewindow/county';
import { chineseDate, renderOfficialDocument, type OfficialDocument } from '@onewindow/documents';
import {
  assertCounty,
  assertDate,
  assertText,
  InvalidSupervisionInputError,
  LAYOFF_CITATION,
  type LayoffReportState,
} from '../../domain';

/** What the documents need of a matter, mapped from its record by the service. */
export interface SupervisionDocumentMatter {
  countyCode: string;
  /** 监管编号, e.g. 421303-劳监-2026-000001 */
  supervisionNumber: string;
  /** intake's matter number when the matter came by referral; empty for the office's own */
  matterNumber: string;
  employerName: string;
  openedOn: string;
}

export const LAYOFF_RECEIPT_TITLE = '裁员报告登记回执';
export const GUIDANCE_TITLE = '劳动关系监管指导意见书';
export const INSPECTION_REFERRAL_TITLE = '移送劳动保障监察函';

const SEED = '《随州市“一站式”劳动保障维权中心工作实施方案》（随人社函〔2023〕36号）';

function placeOf(countyCode: string): string {
  const county = getCounty(countyCode);
  const city = county.parentCode && county.level !== 'COUNTY_LEVEL_CITY' ? getCounty(county.parentCode).nameZh : '';
  return `${city}${county.nameZh}`;
}

/** The county's human resources and social security bureau, whose 劳动关系科(股) supervises. */
export function supervisingBodyOf(countyCode: string): string {
  return `${placeOf(countyCode)}人力资源和社会保障局`;
}

function inspectionBodyOf(countyCode: string): string {
  return `${placeOf(countyCode)}劳动保障监察机构`;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const itemMark = (i: number) => (i < NUMERALS.length ? `${NUMERALS[i]}、` : `${i + 1}. `);
const withoutFinalStop = (text: string) => text.trim().replace(/[。.；;，,]+$/u, '');

function assertMatter(m: SupervisionDocumentMatter): void {
  if (typeof m !== 'object' || m === null) throw new InvalidSupervisionInputError('matter', 'give the matter to print');
  assertCounty(m.countyCode, 'countyCode');
  assertText(m.supervisionNumber, 'supervisionNumber', { max: 64 });
  if (m.matterNumber) assertText(m.matterNumber, 'matterNumber', { max: 64 });
  assertText(m.employerName, 'employerName', { max: 200 });
  assertDate(m.openedOn, 'openedOn');
}

/** Every record carries its county: a document's 文号 begins with the matter's county code. */
function assertNumber(number: unknown, countyCode: string): asserts number is string {
  assertText(number, 'number', { max: 64 });
  if (!number.startsWith(`${countyCode}-`)) {
    throw new InvalidSupervisionInputError('number', `${number} is not a 文号 of county ${countyCode}`);
  }
}

const reference = (m: SupervisionDocumentMatter) =>
  `监管编号：${m.supervisionNumber}${m.matterNumber ? `；事项编号：${m.matterNumber}` : ''}`;

/** 裁员报告登记回执: the report is on record; what the law asks and what the office found. */
export function layoffReportReceipt(
  m: SupervisionDocumentMatter,
  doc: { number: string; issuedOn: string; layoff: LayoffReportState },
): OfficialDocument {
  assertMatter(m);
  assertNumber(doc?.number, m.countyCode);
  assertDate(doc.issuedOn, 'issuedOn');
  const { layoff } = doc;
  if (!layoff?.reportable || !layoff.registered) {
    throw new InvalidSupervisionInputError('layoff', 'a receipt is issued for a registered 规模裁员 report only');
  }
  const explanation = layoff.advanceExplanationKept
    ? `你单位于${chineseDate(layoff.explainedOn)}向工会或者全体职工说明情况，计划自${chineseDate(layoff.plannedOn)}起裁减人员，已提前三十日说明情况。`
    : `你单位于${chineseDate(layoff.explainedOn)}向工会或者全体职工说明情况，计划自${chineseDate(layoff.plannedOn)}起裁减人员，距说明情况之日不足三十日（相差${layoff.daysShort}日），不符合提前三十日说明情况的规定，请依法调整裁减人员的实施日期。`;
  return {
    issuingBody: supervisingBodyOf(m.countyCode),
    number: doc.number,
    title: LAYOFF_RECEIPT_TITLE,
    addressee: m.employerName.trim(),
    paragraphs: [
      `你单位报送的裁减人员方案已于${chineseDate(doc.issuedOn)}登记（${reference(m)}）。`,
      `你单位企业职工总数${layoff.workforce}人。${withoutFinalStop(layoff.thresholdFinding)}。`,
      `裁减人员的理由：${withoutFinalStop(layoff.ground)}（${LAYOFF_CITATION}第一款）。`,
      explanation,
      layoff.unionOpinionHeard
        ? '你单位已听取工会或者职工的意见。'
        : `你单位尚未听取工会或者职工的意见，请依法听取后再行实施（${LAYOFF_CITATION}第一款）。`,
      `裁减人员时，应当优先留用与本单位订立较长期限的固定期限劳动合同的、订立无固定期限劳动合同的以及家庭无其他就业人员且有需要扶养的老人或者未成年人的人员（${LAYOFF_CITATION}第二款）；不得裁减《中华人民共和国劳动合同法》第四十二条规定的人员；并应当依法支付经济补偿（《中华人民共和国劳动合同法》第四十六条、第四十七条）。本局将对裁减人员方案进行审查。`,
      '特此回执。',
    ],
    date: doc.issuedOn,
  };
}

/** 劳动关系监管指导意见书: what the employer should put right, and by when (followed up on that day). */
export function guidanceLetter(
  m: SupervisionDocumentMatter,
  doc: { number: string; issuedOn: string; findings: string[]; guidance: string[]; correctBy: string },
): OfficialDocument {
  assertMatter(m);
  assertNumber(doc?.number, m.countyCode);
  assertDate(doc.issuedOn, 'issuedOn');
  assertDate(doc.correctBy, 'correctBy');
  if (!Array.isArray(doc.guidance) || doc.guidance.length === 0) {
    throw new InvalidSupervisionInputError('guidance', 'a 指导意见书 names at least one thing to put right');
  }
  doc.guidance.forEach((item, i) => assertText(item, `guidance[${i}]`, { max: 500 }));
  doc.findings.forEach((item, i) => assertText(item, `findings[${i}]`, { max: 1000 }));
  return {
    issuingBody: supervisingBodyOf(m.countyCode),
    number: doc.number,
    title: GUIDANCE_TITLE,
    addressee: m.employerName.trim(),
    paragraphs: [
      `本局依照${SEED}四（一）对你单位的劳动用工情况进行了监管（${reference(m)}）。`,
      ...(doc.findings.length > 0
        ? ['经查，存在以下问题：', ...doc.findings.map((f, i) => `${itemMark(i)}${withoutFinalStop(f)}。`)]
        : []),
      '本局提出如下指导意见：',
      ...doc.guidance.map((g, i) => `${itemMark(i)}${withoutFinalStop(g)}。`),
      `请你单位于${chineseDate(doc.correctBy)}前完成整改，并将整改情况书面报告本局。本局将于期满后进行复查；逾期未整改的，移送劳动保障监察机构依法处理（《劳动保障监察条例》第十一条）。`,
      '特此函告。',
    ],
    date: doc.issuedOn,
  };
}

/** 移送劳动保障监察函: the findings passed to the labor inspection body, which opens a case on them. */
export function inspectionReferralLetter(
  m: SupervisionDocumentMatter,
  doc: { number: string; issuedOn: string; findings: string[]; reason: string },
): OfficialDocument {
  assertMatter(m);
  assertNumber(doc?.number, m.countyCode);
  assertDate(doc.issuedOn, 'issuedOn');
  if (!Array.isArray(doc.findings) || doc.findings.length === 0) {
    throw new InvalidSupervisionInputError('findings', 'a referral to inspection names what was found');
  }
  doc.findings.forEach((item, i) => assertText(item, `findings[${i}]`, { max: 1000 }));
  return {
    issuingBody: supervisingBodyOf(m.countyCode),
    number: doc.number,
    title: INSPECTION_REFERRAL_TITLE,
    addressee: inspectionBodyOf(m.countyCode),
    paragraphs: [
      `本局在劳动关系监管中（${reference(m)}），发现${m.employerName.trim()}存在下列涉嫌违反劳动保障法律法规的行为：`,
      ...doc.findings.map((f, i) => `${itemMark(i)}${withoutFinalStop(f)}。`),
      `上述行为属于劳动保障监察事项（《劳动保障监察条例》第十一条），现移送你机构依法调查处理（《劳动保障监察条例》第十八条；${SEED}四（二））。请将处理结果函告本局。`,
      '特此函告。',
    ],
    date: doc.issuedOn,
  };
}

export function renderSupervisionDocument(document: OfficialDocument): Promise<Buffer> {
  return renderOfficialDocument(document);
}

/** e.g. 移送劳动保障监察函-421303-劳监移-2026-000001.pdf */
export function supervisionDocumentFileName(document: Pick<OfficialDocument, 'title' | 'number'>): string {
  return `${document.title}-${document.number}.pdf`;
}
