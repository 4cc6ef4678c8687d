// The three documents (文书) of a mediation, written from a plain view of the case the service maps its
// record to: 调解建议书 (recommendation to mediate first, to both parties), 调解协议书 (the sealed agreement)
// and 调解终止通知书 (the worker told in writing that mediation ended and how to go to arbitration). The
// wording follows 劳动争议调解仲裁法 Arts. 5, 14–16 and 27, 人民调解法 Arts. 3 and 33 and the seed's 五(一)3–4;
// the layout is libs/documents' (GB/T 9704-2012), as arbitration's notices are.
// - Pure: the same view renders to the same bytes (nothing random, no clock: every date is in the view).
// - Only names are printed: the view carries no identity or phone number, and free text that contains one
//   (a claim's description, a reason, other terms) is refused rather than printed.
// - Money is integer fen, printed as 人民币 12,345.67 元 by string arithmetic, never by dividing.
import { compareIsoDates, type IsoDate } from '@onewindow/calendar';
import { getCounty } from '@onewindow/county';
import { chineseDate, renderOfficialDocument, type OfficialDocument } from '@onewindow/documents';
import { CLAIM_CATEGORIES, parseIdentityNumber, parsePhoneNumber, type ClaimCategory } from '@onewindow/matter';
import {
  assertSealed,
  InvalidMediationInputError,
  MEDIATOR_KIND_ZH,
  MEDIATOR_KINDS,
  PAYMENT_ORDER_CATEGORIES,
  type MediationAgreement,
  type MediatorKind,
  type SignatureMethod,
  type SignerRole,
} from '../../domain';
import {
  assertArray,
  assertCounty,
  assertDate,
  assertFen,
  assertInstant,
  assertText,
} from '../../domain/mediation-input.validation';

/** What the documents need of a case, mapped from its record by the service. */
export interface MediationDocumentCase {
  caseId: string;
  countyCode: string;
  /** intake's matter number, e.g. 421303-2026-000001: the parties answer with it */
  matterNumber: string;
  workerName: string;
  employerName: string;
  claims: { category: ClaimCategory; description: string; amountFen: number }[];
  /** YYYY-MM-DD, the day mediation received the application (not counted, Art. 14 para 3) */
  receivedOn: string;
  /** the period's last day in force (the statutory one, or an extension both parties agreed) */
  periodDueOn: string;
  /** the assigned mediators, the presiding one first; none yet when the 调解建议书 goes out */
  mediators: { name: string; kind: MediatorKind }[];
}

export interface RecommendationLetterInput {
  /** 文号, e.g. 421303-调建-2026-000001 */
  number: string;
  issuedOn: string;
  /** why routing sent the matter to mediation (the referral's reason) */
  routingReason: string;
}

export interface AgreementDocumentInput {
  /** 文号, e.g. 421303-调协-2026-000001 */
  number: string;
  /** the agreement as sealed (SEALED, with its effective day) */
  agreement: MediationAgreement;
  /** signerId → the name printed beside the signature; the parties' default to their names on the agreement */
  signerNames: Record<string, string>;
}

export interface FailureNoticeInput {
  /** 文号, e.g. 421303-调终-2026-000001 */
  number: string;
  issuedOn: string;
  /** why mediation ended, in Chinese (the outcome's reason) */
  reason: string;
  /** the outcome's legal basis, e.g. 《劳动争议调解仲裁法》第十四条第三款 */
  citation: string;
}

export const RECOMMENDATION_TITLE = '调解建议书';
export const AGREEMENT_TITLE = '调解协议书';
export const FAILURE_NOTICE_TITLE = '调解终止通知书';

const SEED = '《随州市“一站式”劳动保障维权中心工作实施方案》（随人社函〔2023〕36号）';

/**
 * The center of the case's county that mediates and issues these documents (seed 三, 五(一)1 and 3): a
 * district or county under a prefecture city is named with the city (随州市曾都区…), a county-level city
 * or the city itself on its own, as arbitration names its commission.
 */
export function mediationCenterOf(countyCode: string): string {
  return `${placeOf(countyCode)}“一站式”劳动保障维权中心`;
}

/** The county's arbitration institution, where a failed mediation goes (named as arbitration names itself). */
function arbitrationOf(countyCode: string): string {
  return `${placeOf(countyCode)}劳动人事争议仲裁院`;
}

function placeOf(countyCode: string): string {
  const county = getCounty(countyCode);
  const city = county.parentCode && county.level !== 'COUNTY_LEVEL_CITY' ? getCounty(county.parentCode).nameZh : '';
  return `${city}${county.nameZh}`;
}

/** The 调解建议书: mediation first, with the parties' consent; to both parties. */
export function recommendationLetter(c: MediationDocumentCase, doc: RecommendationLetterInput): OfficialDocument {
  assertCase(c);
  assertNumber(doc?.number, c.countyCode);
  assertIssuedOn(doc.issuedOn, c.receivedOn);
  assertPrintableText(doc.routingReason, 'routingReason', 500);
  return {
    issuingBody: mediationCenterOf(c.countyCode),
    number: doc.number,
    title: RECOMMENDATION_TITLE,
    addressee: `${c.workerName.trim()}、${c.employerName.trim()}`,
    paragraphs: [
      `${chineseDate(c.receivedOn)}，本中心收到${theDispute(c)}。经分流审查，${withoutFinalStop(doc.routingReason)}。根据${SEED}五（一）3“坚持调解优先”，本中心建议双方当事人先行调解。`,
      ...claimList(c, '劳动者的请求事项：'),
      '调解遵循自愿原则，是否接受调解由双方当事人自行决定；不愿调解的，可以依法申请仲裁，调解不影响当事人依法申请仲裁的权利（《劳动争议调解仲裁法》第五条；《人民调解法》第三条）。',
      `调解期限为自本中心收到调解申请之日起十五日，最后一日为${chineseDate(c.periodDueOn)}；期满未达成调解协议的，任何一方当事人均可以依法申请仲裁（《劳动争议调解仲裁法》第十四条第三款）。`,
      `请双方当事人收到本建议书后及时答复本中心是否同意调解，并注明事项编号${c.matterNumber.trim()}；可以到本中心窗口当面答复，也可以书面答复。同意调解的，本中心将指定调解员并通知调解的时间、地点；不同意调解的，可以依法申请仲裁。`,
      '特此建议。',
    ],
    date: doc.issuedOn,
  };
}

/** The 调解协议书 as sealed (Art. 14 para 2), with the signatures recorded on it. */
export function mediationAgreementDocument(c: MediationDocumentCase, doc: AgreementDocumentInput): OfficialDocument {
  assertCase(c);
  assertNumber(doc?.number, c.countyCode);
  const { agreement } = doc;
  assertSealed(agreement, 'agreement');
  assertAgreementOfCase(agreement, c);
  if (c.mediators.length === 0) {
    throw new InvalidMediationInputError('mediators', 'name the mediator(s) who mediated the agreement');
  }
  const signatures = signatureRows(agreement, doc.signerNames);
  const claimMark = (claimIndex: number) => `第${NUMERALS[claimIndex] ?? claimIndex + 1}项`;
  const settled = agreement.settledClaims.map((s, i) => {
    const claim = c.claims[s.claimIndex]!;
    const about = `关于${claimMark(s.claimIndex)}请求（${withoutFinalStop(claim.description)}），`;
    if (s.amountFen === 0) return `${itemMark(i)}${about}乙方无需就该项请求向甲方支付款项。`;
    const above =
      s.amountFen > s.claimedFen
        ? `，高于请求数额${renminbi(s.claimedFen)}，理由：${withoutFinalStop(s.reasonAboveClaim!)}`
        : '';
    return `${itemMark(i)}${about}乙方向甲方支付${renminbi(s.amountFen)}${above}。`;
  });
  const schedule =
    agreement.instalments.length === 0
      ? ['本协议不涉及款项支付。']
      : [
          `上述款项合计${renminbi(agreement.totalFen)}，由乙方按下列期限向甲方支付：`,
          ...agreement.instalments.map(
            (instalment, i, all) =>
              `（${NUMERALS[i] ?? i + 1}）${chineseDate(instalment.dueOn)}前（含当日）支付${renminbi(instalment.amountFen)}${i === all.length - 1 ? '。' : '；'}`,
          ),
        ];
  // Art. 16: only an agreement on wages, work-injury medical costs, severance or damages grounds a payment order.
  const paymentOrder = agreement.settledClaims.some(
    (s) => PAYMENT_ORDER_CATEGORIES.includes(s.category) && s.amountFen > 0,
  )
    ? [
        '因支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项达成调解协议，用人单位在协议约定期限内不履行的，劳动者可以持本调解协议书依法向人民法院申请支付令（《劳动争议调解仲裁法》第十六条）。',
      ]
    : [];
  return {
    issuingBody: mediationCenterOf(c.countyCode),
    number: doc.number,
    title: AGREEMENT_TITLE,
    paragraphs: [
      `劳动者（甲方）：${agreement.worker.name}`,
      `用人单位（乙方）：${agreement.employer.name}`,
      `调解员：${c.mediators.map((m) => `${m.name.trim()}（${MEDIATOR_KIND_ZH[m.kind]}）`).join('、')}`,
      `事项编号：${c.matterNumber.trim()}`,
      `争议事项：甲方与乙方劳动争议一事，本中心于${chineseDate(c.receivedOn)}收到调解申请。甲方的请求事项：`,
      ...claimList(c),
      `经本中心主持调解，双方当事人在自愿、平等的基础上，于${chineseDate(agreement.agreedOn)}达成如下协议：`,
      ...settled,
      ...schedule,
      ...(agreement.otherTerms ? [`其他约定：${sentence(agreement.otherTerms)}`] : []),
      `本协议书由双方当事人签名或者盖章，经调解员签名并加盖调解组织印章后生效，对双方当事人具有约束力，当事人应当履行（《劳动争议调解仲裁法》第十四条第二款）。本协议书于${chineseDate(agreement.effectiveOn)}生效。`,
      '达成调解协议后，一方当事人在协议约定期限内不履行调解协议的，另一方当事人可以依法申请仲裁（《劳动争议调解仲裁法》第十五条）。',
      ...paymentOrder,
      '双方当事人认为有必要的，可以自本协议书生效之日起三十日内共同向人民法院申请司法确认（《人民调解法》第三十三条；《中华人民共和国民事诉讼法》特别程序“确认调解协议案件”）。',
      '本协议书一式三份，甲方、乙方各执一份，本中心留存一份，具有同等效力。',
      '各方签名情况如下：',
    ],
    table: {
      columns: ['签署人', '姓名（名称）', '签名时间（北京时间）', '签名方式'],
      // 4号 characters: 用人单位 and a time (2026年12月31日 23:59) on one line, a company's name on two.
      widths: [16, 29, 36, 19],
      rows: signatures,
    },
    // The seal is pressed when the last signature is given: the day the agreement took effect.
    date: agreement.effectiveOn,
  };
}

/** The 调解终止通知书: the worker told in writing that mediation ended, and the way to arbitration. */
export function mediationFailureNotice(c: MediationDocumentCase, doc: FailureNoticeInput): OfficialDocument {
  assertCase(c);
  assertNumber(doc?.number, c.countyCode);
  assertIssuedOn(doc.issuedOn, c.receivedOn);
  assertPrintableText(doc.reason, 'reason', 500);
  assertPrintableText(doc.citation, 'citation', 300);
  return {
    issuingBody: mediationCenterOf(c.countyCode),
    number: doc.number,
    title: FAILURE_NOTICE_TITLE,
    addressee: c.workerName.trim(),
    paragraphs: [
      `你与${c.employerName.trim()}劳动争议一事（事项编号：${c.matterNumber.trim()}），本中心于${chineseDate(c.receivedOn)}收到调解申请。调解未能化解该争议，本中心决定终止调解。`,
      `终止调解的原因：${withoutFinalStop(doc.reason)}（依据：${withoutFinalStop(doc.citation)}）。`,
      ...claimList(c, '你的请求事项：'),
      `本中心已将本事项转交${arbitrationOf(c.countyCode)}依法处理（${SEED}五（一）4：调解不成的，按照劳动者诉求分类处理）。`,
      '你可以依法向劳动人事争议仲裁委员会申请仲裁（《劳动争议调解仲裁法》第五条）。劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算；劳动关系存续期间因拖欠劳动报酬发生争议的，申请仲裁不受该时效期间的限制，但是劳动关系终止的，应当自劳动关系终止之日起一年内提出（《劳动争议调解仲裁法》第二十七条）。',
      '特此通知。',
    ],
    date: doc.issuedOn,
  };
}

/** The document as PDF bytes: A4, fonts embedded, the same bytes for the same document. */
export function renderMediationDocument(document: OfficialDocument): Promise<Buffer> {
  return renderOfficialDocument(document);
}

/** e.g. 调解协议书-421303-调协-2026-000001.pdf, as arbitration names its downloads. */
export function mediationDocumentFileName(document: Pick<OfficialDocument, 'title' | 'number'>): string {
  return `${document.title}-${document.number}.pdf`;
}

/** 人民币 12,345.67 元 from integer fen, by string arithmetic; the spaces do not break across lines. */
export function renminbi(fen: number): string {
  assertFen(fen, 'amountFen');
  const digits = String(fen).padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `人民币\u00a0${whole}.${digits.slice(-2)}\u00a0元`;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
// 一、二、… for up to ten items; the Arabic number with a full stop beyond, as arbitration prints long lists.
const itemMark = (i: number) => (i < NUMERALS.length ? `${NUMERALS[i]}、` : `${i + 1}. `);

/** A reason or term ends in one full stop; a trailing comma or stop it came with is dropped first. */
const withoutFinalStop = (text: string) => text.trim().replace(/[。.；;，,]+$/u, '');
const sentence = (text: string) => `${withoutFinalStop(text)}。`;

const theDispute = (c: MediationDocumentCase) =>
  `劳动者${c.workerName.trim()}与用人单位${c.employerName.trim()}劳动争议一事（事项编号：${c.matterNumber.trim()}）的调解申请`;

function claimList(c: MediationDocumentCase, heading?: string): string[] {
  if (c.claims.length === 0) return [];
  return [
    ...(heading ? [heading] : []),
    ...c.claims.map(
      (claim, i) =>
        `${itemMark(i)}${withoutFinalStop(claim.description)}${claim.amountFen > 0 ? `（${renminbi(claim.amountFen)}）` : ''}`,
    ),
  ];
}

const ROLE_ORDER: readonly SignerRole[] = ['WORKER', 'EMPLOYER', 'MEDIATOR'];
const ROLE_LABEL: Record<SignerRole, string> = { WORKER: '劳动者', EMPLOYER: '用人单位', MEDIATOR: '调解员' };
const METHOD_LABEL: Record<SignatureMethod, string> = {
  IN_PERSON: '当面签名',
  ONLINE_ONE_TIME_CODE: '线上一次性验证码确认',
};

/** One row per signature, worker, employer, mediator: who, the name, when in China time, how. */
function signatureRows(agreement: MediationAgreement, signerNames: Record<string, string>): string[][] {
  if (typeof signerNames !== 'object' || signerNames === null || Array.isArray(signerNames)) {
    throw new InvalidMediationInputError('signerNames', 'must map each signer id to the name to print');
  }
  return ROLE_ORDER.map((role) => {
    const found = agreement.signatures.filter((s) => s.role === role);
    if (found.length !== 1) {
      throw new InvalidMediationInputError(
        'agreement.signatures',
        `has ${found.length} signature(s) of the ${role}; a sealed agreement has exactly one`,
      );
    }
    const signature = found[0]!;
    const at = `agreement.signatures[${agreement.signatures.indexOf(signature)}]`;
    assertInstant(signature.signedAt, `${at}.signedAt`);
    if (!Object.prototype.hasOwnProperty.call(METHOD_LABEL, signature.method)) {
      throw new InvalidMediationInputError(
        `${at}.method`,
        `must be IN_PERSON or ONLINE_ONE_TIME_CODE; got ${String(signature.method)}`,
      );
    }
    const party = role === 'WORKER' ? agreement.worker : role === 'EMPLOYER' ? agreement.employer : undefined;
    const named = Object.prototype.hasOwnProperty.call(signerNames, signature.signerId)
      ? signerNames[signature.signerId]
      : party?.name;
    if (named === undefined) {
      throw new InvalidMediationInputError(
        `signerNames.${signature.signerId}`,
        `give the name of the mediator who signed (${signature.signerId})`,
      );
    }
    assertPrintableText(named, `signerNames.${signature.signerId}`, 100);
    return [ROLE_LABEL[role], named.trim(), chinaTime(signature.signedAt), METHOD_LABEL[signature.method]];
  });
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** 2026年3月10日 10:05 in China time (UTC+8, no daylight saving), whatever offset the instant was given in. */
function chinaTime(instant: string): string {
  const t = new Date(Date.parse(instant) + CHINA_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日\u00a0${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}

function assertCase(c: MediationDocumentCase): void {
  if (typeof c !== 'object' || c === null) throw new InvalidMediationInputError('case', 'give the case to print');
  assertText(c.caseId, 'caseId', { max: 200 });
  assertCounty(c.countyCode, 'countyCode');
  assertText(c.matterNumber, 'matterNumber', { max: 64 });
  assertPrintableText(c.workerName, 'workerName', 100);
  assertPrintableText(c.employerName, 'employerName', 100);
  assertArray(c.claims, 'claims');
  c.claims.forEach((claim, i) => {
    if (!CLAIM_CATEGORIES.includes(claim?.category)) {
      throw new InvalidMediationInputError(
        `claims[${i}].category`,
        `unknown claim category ${String(claim?.category)}`,
      );
    }
    assertPrintableText(claim.description, `claims[${i}].description`, 500);
    assertFen(claim.amountFen, `claims[${i}].amountFen`);
  });
  assertDate(c.receivedOn, 'receivedOn');
  assertDate(c.periodDueOn, 'periodDueOn');
  if (compareIsoDates(c.periodDueOn, c.receivedOn) <= 0) {
    throw new InvalidMediationInputError(
      'periodDueOn',
      `${c.periodDueOn} is not after the day of receipt ${c.receivedOn}: the period runs fifteen days from it`,
    );
  }
  assertArray(c.mediators, 'mediators');
  c.mediators.forEach((m, i) => {
    assertPrintableText(m?.name, `mediators[${i}].name`, 60);
    if (!MEDIATOR_KINDS.includes(m.kind)) {
      throw new InvalidMediationInputError(
        `mediators[${i}].kind`,
        `must be one of ${MEDIATOR_KINDS.join(', ')}; got ${String(m.kind)}`,
      );
    }
  });
}

/** Every record carries its county: a document's 文号 begins with the case's county code. */
function assertNumber(number: unknown, countyCode: string): asserts number is string {
  assertText(number, 'number', { max: 64 });
  if (!number.startsWith(`${countyCode}-`)) {
    throw new InvalidMediationInputError(
      'number',
      `${number} is not a 文号 of county ${countyCode} (e.g. ${countyCode}-调建-2026-000001)`,
    );
  }
}

function assertIssuedOn(issuedOn: unknown, receivedOn: IsoDate): asserts issuedOn is IsoDate {
  assertDate(issuedOn, 'issuedOn');
  if (compareIsoDates(issuedOn, receivedOn) < 0) {
    throw new InvalidMediationInputError(
      'issuedOn',
      `${issuedOn} is before the application was received (${receivedOn})`,
    );
  }
}

/** The sealed agreement must be this case's: its county, its parties, its claims. */
function assertAgreementOfCase(agreement: MediationAgreement, c: MediationDocumentCase): void {
  assertPrintableText(agreement.worker?.name, 'agreement.worker.name', 100);
  assertPrintableText(agreement.employer?.name, 'agreement.employer.name', 100);
  if (agreement.countyCode !== c.countyCode) {
    throw new InvalidMediationInputError(
      'agreement.countyCode',
      `the agreement is of county ${agreement.countyCode}, the case of ${c.countyCode}`,
    );
  }
  for (const [party, caseName] of [
    ['worker', c.workerName],
    ['employer', c.employerName],
  ] as const) {
    if (agreement[party].name.trim() !== caseName.trim()) {
      throw new InvalidMediationInputError(
        `agreement.${party}.name`,
        `${agreement[party].name} is not the case's ${party} ${caseName}`,
      );
    }
  }
  agreement.settledClaims.forEach((s, i) => {
    const claim = c.claims[s.claimIndex];
    if (!claim || claim.category !== s.category || claim.amountFen !== s.claimedFen) {
      throw new InvalidMediationInputError(
        `agreement.settledClaims[${i}].claimIndex`,
        `claim ${s.claimIndex} (${s.category}, ${s.claimedFen} fen) is not one of the case's claims`,
      );
    }
    assertFen(s.amountFen, `agreement.settledClaims[${i}].amountFen`);
    if (s.amountFen > s.claimedFen) {
      assertPrintableText(s.reasonAboveClaim, `agreement.settledClaims[${i}].reasonAboveClaim`, 500);
    }
  });
  agreement.instalments.forEach((instalment, i) => {
    assertDate(instalment.dueOn, `agreement.instalments[${i}].dueOn`);
    assertFen(instalment.amountFen, `agreement.instalments[${i}].amountFen`);
  });
  if (agreement.otherTerms !== undefined) assertPrintableText(agreement.otherTerms, 'agreement.otherTerms', 2000);
}

// An identity number (GB 11643: 18 characters with a valid check character) or a phone number (mobile, or a
// landline with its area code) inside free text; a longer run of digits (a bank account) is neither.
const IDENTITY_CANDIDATE = /(?<![0-9Xx])\d{17}[0-9Xx](?![0-9Xx])/gu;
const PHONE_CANDIDATE = /(?<!\d)(?:1[3-9]\d{9}|(?:010|02\d|0[3-9]\d{2})-?[2-9]\d{6,7})(?!\d)/gu;

/** Text printed on a document: present, bounded, and without an identity or phone number in it. */
function assertPrintableText(value: unknown, field: string, max: number): asserts value is string {
  assertText(value, field, { min: 1, max });
  if ([...value.matchAll(IDENTITY_CANDIDATE)].some(([candidate]) => parseIdentityNumber(candidate).ok)) {
    throw new InvalidMediationInputError(
      field,
      'contains an identity number (公民身份号码); a document prints names only, never identity or phone numbers',
    );
  }
  if ([...value.matchAll(PHONE_CANDIDATE)].some(([candidate]) => parsePhoneNumber(candidate).ok)) {
    throw new InvalidMediationInputError(
      field,
      'contains a phone number; a document prints names only, never identity or phone numbers',
    );
  }
}
