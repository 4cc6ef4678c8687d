// The documents (文书) of a case, written from what the case recorded when each was issued. This file
// writes the four of the acceptance stage — 收件回执 (receipt), 受理通知书 (acceptance notice), 不予受理通知书
// (non-acceptance notice) and 补正通知书 (supplement notice), after 劳动争议调解仲裁法 Arts. 28–29 and
// 劳动人事争议仲裁办案规则 (2017) Arts. 29–31 — and hands the others to their families: the notices of the
// proceedings (proceedings-notices.ts) and the documents that decide or settle the case (award-documents.ts).
// The layout is libs/documents' (GB/T 9704-2012).
import { chineseDate, type OfficialDocument } from '@onewindow/documents';
import type { ArbitrationCaseRecord, IssuedDocument } from '../arbitration-case.repository';
import { advanceEnforcementDocument, awardDocument, mediationStatementDocument } from './award-documents';
import { commissionOf, deadlineSentence, type DocumentBody, itemMark, withoutFinalStop, yuan } from './document-text';
import { applicationCopyNotice, defenceNotice, hearingNotice, tribunalNotice } from './proceedings-notices';

export { commissionOf, committeeOf } from './document-text';

function acceptanceParagraphsOf(
  record: ArbitrationCaseRecord,
  issued: IssuedDocument & { kind: 'RECEIPT' | 'ACCEPTANCE_NOTICE' | 'NON_ACCEPTANCE_NOTICE' | 'SUPPLEMENT_NOTICE' },
): string[] {
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

/** What the document of that kind says, and to whom. */
function bodyOf(record: ArbitrationCaseRecord, issued: IssuedDocument): DocumentBody {
  switch (issued.kind) {
    case 'RECEIPT':
    case 'ACCEPTANCE_NOTICE':
    case 'NON_ACCEPTANCE_NOTICE':
    case 'SUPPLEMENT_NOTICE':
      return {
        addressee: record.parties.applicantName || '申请人',
        paragraphs: acceptanceParagraphsOf(record, { ...issued, kind: issued.kind }),
      };
    case 'APPLICATION_COPY_NOTICE':
      return applicationCopyNotice(record, issued);
    case 'DEFENCE_NOTICE':
      return defenceNotice(record, issued);
    case 'TRIBUNAL_NOTICE':
      return tribunalNotice(record, issued);
    case 'HEARING_NOTICE':
      return hearingNotice(record, issued);
    case 'MEDIATION_STATEMENT':
      return mediationStatementDocument(record, issued);
    case 'AWARD':
      return awardDocument(record, issued);
    case 'ADVANCE_ENFORCEMENT':
      return advanceEnforcementDocument(record, issued);
  }
}

/**
 * The document as issued on the case, for libs/documents to print. A notice names its addressee (the
 * applicant, the respondent, or both parties); a 调解书 or 裁决书 names both parties at its head instead.
 */
export function caseDocumentOf(record: ArbitrationCaseRecord, issued: IssuedDocument): OfficialDocument {
  const { issuingBody, addressee, paragraphs, table } = bodyOf(record, issued);
  return {
    issuingBody: issuingBody ?? commissionOf(record.countyCode),
    number: issued.number,
    title: issued.title,
    ...(addressee === undefined ? {} : { addressee }),
    paragraphs,
    ...(table === undefined ? {} : { table }),
    date: issued.issuedOn,
  };
}
