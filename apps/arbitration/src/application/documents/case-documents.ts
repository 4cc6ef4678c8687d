// The four documents (文书) of the acceptance stage, written from what the case recorded when each was
// issued: 收件回执 (receipt), 受理通知书 (acceptance notice), 不予受理通知书 (non-acceptance notice)
// and 补正通知书 (supplement notice). The wording follows 劳动争议调解仲裁法 Arts. 28–29 and
// 劳动人事争议仲裁办案规则 (2017) Arts. 29–31; the layout is libs/documents' (GB/T 9704-2012).
import { getCounty } from '@onewindow/county';
import { chineseDate, type OfficialDocument } from '@onewindow/documents';
import type { ArbitrationCaseRecord, CaseDeadline, IssuedDocument } from '../arbitration-case.repository';

/**
 * The commission of the case's county (劳动人事争议仲裁院): a district or county under a prefecture city
 * is named with the city (随州市曾都区…), a county-level city or the city itself on its own.
 */
export function commissionOf(countyCode: string): string {
  const county = getCounty(countyCode);
  const city = county.parentCode && county.level !== 'COUNTY_LEVEL_CITY' ? getCounty(county.parentCode).nameZh : '';
  return `${city}${county.nameZh}劳动人事争议仲裁院`;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
// 一、二、… for up to ten items; the Arabic number with a full stop beyond, as long lists are printed.
const itemMark = (i: number) => (i < NUMERALS.length ? `${NUMERALS[i]}、` : `${i + 1}. `);

const yuan = (fen: number) => `${(fen / 100).toFixed(2)}元`;

const deadlineSentence = (deadline: CaseDeadline) =>
  `${deadline.label}：${chineseDate(deadline.dueOn)}前` +
  `${deadline.provisional ? '（节假日安排未公布，暂按双休日计算）' : ''}（依据：${deadline.citation}）。`;

/** A stated reason ends in its own full stop; the notice adds the decision after it. */
const withoutFinalStop = (text: string) => text.trim().replace(/[。.；;，,]+$/u, '');

function paragraphsOf(record: ArbitrationCaseRecord, issued: IssuedDocument): string[] {
  const { applicantName, respondentName, claims } = record.parties;
  const applicant = applicantName || '申请人';
  const respondent = respondentName || '被申请人';
  const received = chineseDate(record.receivedOn);
  // A receipt or notice keeps the days of the material it answered: the first filing and, after a 补正,
  // the supplement (the case's receivedOn moves to the day the material was complete).
  const filed = chineseDate(issued.applicationReceivedOn ?? record.receivedOn);
  const supplied = issued.supplementReceivedOn ? chineseDate(issued.supplementReceivedOn) : '';
  const theCase = `你（申请人${applicant}）与被申请人${respondent}劳动争议一案`;
  const claimList = claims.length
    ? [
        '仲裁请求：',
        ...claims.map(
          (claim, i) =>
            `${itemMark(i)}${claim.description}${claim.amountFen > 0 ? `（${yuan(claim.amountFen)}）` : ''}`,
        ),
      ]
    : [];
  const deadline = issued.deadline ? [deadlineSentence(issued.deadline)] : [];

  switch (issued.kind) {
    // 办案规则 Art. 29(5): the commission gives a receipt for the material it takes in.
    case 'RECEIPT':
      return [
        supplied
          ? `本院于${filed}收到${theCase}的仲裁申请材料，于${supplied}收到补正材料，材料齐全，予以收件；以收到全部补正材料之日为收到仲裁申请之日。`
          : `本院于${filed}收到${theCase}的仲裁申请材料，材料齐全，予以收件。`,
        ...claimList,
        ...(issued.deadline
          ? [`本院将自收到仲裁申请之日起五日内决定是否受理（《劳动争议调解仲裁法》第二十九条）。`, ...deadline]
          : ['本院已于收件当日决定受理，受理通知书一并送达。']),
        '特此回执。',
      ];
    // Art. 29: accepted within five days, the applicant told; 办案规则 Art. 30.
    case 'ACCEPTANCE_NOTICE':
      return [
        `${theCase}，本院于${received}收到你的仲裁申请。经审查，符合受理条件，本院决定予以受理。`,
        ...claimList,
        '本院将自受理之日起五日内将仲裁申请书副本送达被申请人（《劳动争议调解仲裁法》第三十条）。',
        ...deadline,
        '特此通知。',
      ];
    // Art. 29: a refusal in writing with its reasons; the applicant may then sue in the people's court.
    case 'NON_ACCEPTANCE_NOTICE':
      return [
        `${theCase}，本院于${received}收到你的仲裁申请。经审查，${withoutFinalStop(record.nonAcceptanceReason)}，本院决定不予受理。`,
        record.remedy,
        '特此通知。',
      ];
    // Art. 28 and 办案规则 Art. 29: everything missing, told at once (一次性告知); after a supplement that
    // left something missing, what is still missing, told at once again.
    case 'SUPPLEMENT_NOTICE':
      return [
        supplied
          ? `本院于${filed}收到${theCase}的仲裁申请材料，于${supplied}收到你提交的补正材料。经审查，仲裁申请书仍欠缺下列内容（《劳动争议调解仲裁法》第二十八条；《劳动人事争议仲裁办案规则》第二十九条），现一次性告知，请予补正：`
          : `本院于${filed}收到${theCase}的仲裁申请材料。经审查，仲裁申请书欠缺下列内容（《劳动争议调解仲裁法》第二十八条；《劳动人事争议仲裁办案规则》第二十九条），现一次性告知，请予补正：`,
        ...(issued.missingItems ?? record.missingItems).map((item, i) => `${itemMark(i)}${item.description}`),
        ...deadline,
        '本院收到全部补正材料之日为收到仲裁申请之日，受理审查期限自该日起重新计算。',
        '特此通知。',
      ];
  }
}

/** The document as issued on the case, for libs/documents to print. */
export function caseDocumentOf(record: ArbitrationCaseRecord, issued: IssuedDocument): OfficialDocument {
  return {
    issuingBody: commissionOf(record.countyCode),
    number: issued.number,
    title: issued.title,
    addressee: record.parties.applicantName || '申请人',
    paragraphs: paragraphsOf(record, issued),
    date: issued.issuedOn,
  };
}
