// The documents that decide or settle the case, under the committee's seal (劳动争议调解仲裁法 Arts. 42, 46):
// - 仲裁裁决书: the claims it decides, the reasons and the result per claim with the amount in yuan, whether
//   final (Art. 47), the remedies printed on it (Arts. 48–50) and the arbitrators (Art. 46). A MIXED award is
//   two documents (办案规则 Art. 50), each with only its own claims and its own remedy;
// - 仲裁调解书: the claims, what the parties agreed, and that it takes effect when both sign for it (Art. 42);
// - 先予执行裁决书: the tribunal's decision on an application for advance enforcement (Art. 44).
// Each is written from what B's step stored (awards[i], mediationStatement, advanceEnforcement[i]), which
// does not change afterwards; amounts are summed in fen from the items printed, so the total is theirs.
import { chineseDate } from '@onewindow/documents';
import type { AwardDocument, ClaimDecision } from '../../domain';
import type { ArbitrationCaseRecord, IssuedDocument } from '../arbitration-case.repository';
import { CaseDocumentNotIssuedError } from './case-document.errors';
import {
  chinaDay,
  claimInline,
  claimMark,
  claimText,
  committeeOf,
  type DocumentBody,
  itemMark,
  partiesOf,
  sumOfFen,
  theCaseOf,
  withoutFinalStop,
  yuan,
} from './document-text';
import { seatLines } from './proceedings-notices';

const LAW = '《劳动争议调解仲裁法》';
const RULES = '《劳动人事争议仲裁办案规则》';

type RecordedAward = NonNullable<ArbitrationCaseRecord['awards']>[number];

function missing(record: ArbitrationCaseRecord, issued: IssuedDocument): never {
  throw new CaseDocumentNotIssuedError(record.caseId, issued.kind, record.status, issued.number);
}

/** 申请人：李明 / 被申请人：…, at the head of a document addressed to no one. */
function partyLines(record: ArbitrationCaseRecord): string[] {
  const { applicant, respondent } = partiesOf(record);
  return [`申请人：${applicant}`, `被申请人：${respondent}`];
}

/** The arbitrators who sign it (Arts. 42, 46): the tribunal's seats, or the ids a 调解书 named. */
function arbitratorLines(record: ArbitrationCaseRecord, arbitratorIds?: readonly string[]): string[] {
  const seats = record.tribunal?.arbitrators ?? [];
  if (arbitratorIds === undefined) return seatLines(seats);
  return seatLines(
    arbitratorIds.map(
      (id) => seats.find((seat) => seat.arbitratorId === id) ?? { arbitratorId: id, name: id, role: 'MEMBER' as const },
    ),
  );
}

/** 首席仲裁员王仲裁，仲裁员李仲裁、赵仲裁: the bench in a sentence. */
function benchInline(seats: NonNullable<ArbitrationCaseRecord['tribunal']>['arbitrators']): string {
  const named = (role: 'PRESIDING' | 'MEMBER', title: string) => {
    const names = seats.filter((seat) => seat.role === role).map((seat) => seat.name);
    return names.length ? [`${title}${names.join('、')}`] : [];
  };
  return [...named('PRESIDING', '首席仲裁员'), ...named('MEMBER', '仲裁员')].join('，');
}

/** 本委于…收到仲裁申请，于…受理，依法组成仲裁庭（首席仲裁员…） */
function proceedingsSoFar(record: ArbitrationCaseRecord): string {
  const seats = record.tribunal?.arbitrators ?? [];
  const bench = record.tribunal?.simpleProcedure
    ? `，适用简易程序，由独任仲裁员${seats.map((s) => s.name).join('、')}审理`
    : seats.length > 0
      ? `，依法组成仲裁庭（${benchInline(seats)}）`
      : '';
  return `${theCaseOf(record)}，本委于${chineseDate(record.receivedOn)}收到仲裁申请，于${chineseDate(record.acceptedOn)}受理${bench}`;
}

// ————— 仲裁裁决书 —————

/** The award and which of its documents an issue is: by subject `${award}:${document}`, else by number. */
function awardDocumentOf(
  record: ArbitrationCaseRecord,
  issued: IssuedDocument,
): { award: RecordedAward; document: AwardDocument } {
  const awards = record.awards ?? [];
  const [a, d] = (issued.subject ?? '').split(':').map(Number);
  const bySubject = a === undefined || d === undefined ? undefined : awards[a]?.documents[d];
  if (bySubject) return { award: awards[a!]!, document: bySubject };
  for (const award of awards) {
    const at = award.numbers.indexOf(issued.number);
    if (at >= 0 && award.documents[at]) return { award, document: award.documents[at] };
  }
  return missing(record, issued);
}

const OUTCOME_ZH = {
  GRANTED: () => '本委予以支持',
  PARTLY_GRANTED: (d: ClaimDecision) => `本委部分予以支持，支持${yuan(d.amountFen)}`,
  REFUSED: () => '本委不予支持',
} as const;

/** One line of the result (裁决结果): payment, a claim upheld without an amount, or a claim dismissed. */
function resultLine(record: ArbitrationCaseRecord, d: ClaimDecision, i: number): string {
  const { applicant, respondent } = partiesOf(record);
  const claim = `申请人的${claimMark(d.claimIndex)}仲裁请求`;
  if (d.outcome === 'REFUSED') return `${itemMark(i)}驳回${claim}；`;
  if (d.amountFen === 0) return `${itemMark(i)}支持${claim}（${claimInline(record, d.claimIndex)}）；`;
  const rest = d.outcome === 'PARTLY_GRANTED' ? `，驳回该项请求超出部分（${yuan(d.claimedFen - d.amountFen)}）` : '';
  return `${itemMark(i)}就${claim}，被申请人${respondent}向申请人${applicant}支付${yuan(d.amountFen)}${rest}；`;
}

function heardAndMediated(record: ArbitrationCaseRecord, award: RecordedAward): string[] {
  const held = (record.hearings ?? []).filter((h) => h.status === 'HELD');
  const days = [...new Set(held.map((h) => chineseDate(chinaDay(h.startsAt))))];
  const lines = [`${proceedingsSoFar(record)}${days.length ? `，于${days.join('、')}开庭审理` : ''}。`];
  if (award.inAbsence && record.decidedInAbsence) {
    lines.push(`${withoutFinalStop(record.decidedInAbsence.reason)}；本案依法缺席裁决（${LAW}第三十六条）。`);
  }
  const retraction = statementsOf(record)
    .filter((statement) => statement.status === 'RETRACTED')
    .at(-1)?.retraction;
  lines.push(
    retraction
      ? `仲裁庭主持调解，双方达成调解协议，但调解书送达前${retraction.party === 'WORKER' ? '申请人' : '被申请人'}反悔，仲裁庭依法及时作出裁决（${LAW}第四十二条）。本案现已审理终结。`
      : `仲裁庭依法先行调解，调解不成（${LAW}第四十二条）。本案现已审理终结。`,
  );
  return lines;
}

/** 仲裁裁决书 (or one of the two of a MIXED award): only its own claims, its finality and its remedies. */
export function awardDocument(record: ArbitrationCaseRecord, issued: IssuedDocument): DocumentBody {
  const { award, document } = awardDocumentOf(record, issued);
  const own = new Set(document.claimIndexes);
  const decisions = award.decisions.filter((d) => own.has(d.claimIndex)).sort((x, y) => x.claimIndex - y.claimIndex);
  const final = document.finality === 'FINAL';
  const marks = (finalAward: boolean) =>
    award.decisions
      .filter((d) => d.finalAward === finalAward)
      .map((d) => claimMark(d.claimIndex))
      .join('、');
  const split =
    award.kind === 'MIXED'
      ? [
          `本案仲裁请求中，${marks(true)}适用终局裁决，${marks(false)}不适用终局裁决，本委分别制作裁决书（${RULES}第五十条）。本裁决书就${decisions.map((d) => claimMark(d.claimIndex)).join('、')}仲裁请求作出${final ? '终局' : '非终局'}裁决。`,
        ]
      : [];
  const partial =
    award.scope === 'PARTIAL'
      ? [
          `仲裁庭裁决劳动争议案件时，其中一部分事实已经清楚的，可以就该部分先行裁决（${LAW}第四十三条第二款）。本裁决为先行裁决：${withoutFinalStop(award.partialBasis ?? '')}。` +
            (award.openClaimIndexes.length
              ? `${award.openClaimIndexes.map(claimMark).join('、')}仲裁请求，本委另行裁决。`
              : ''),
        ]
      : [];
  const totalFen = sumOfFen(decisions.map((d) => d.amountFen));
  return {
    issuingBody: committeeOf(record.countyCode),
    paragraphs: [
      ...partyLines(record),
      ...heardAndMediated(record, award),
      ...partial,
      ...split,
      '申请人的仲裁请求：',
      ...decisions.map((d) => `${claimMark(d.claimIndex)}：${claimText(record, d.claimIndex)}。`),
      '本委认为：',
      ...decisions.map(
        (d) =>
          `关于${claimMark(d.claimIndex)}仲裁请求，${withoutFinalStop(d.reasons)}。${OUTCOME_ZH[d.outcome](d)}。` +
          `该项${d.finalAward ? '适用终局裁决' : '不适用终局裁决'}：${withoutFinalStop(d.finalityReason.replace(/，?不适用终局裁决[。]?$/u, ''))}。`,
      ),
      '根据上述事实和理由，本委裁决如下：',
      ...decisions
        .map((d, i) => resultLine(record, d, i))
        .map((line, i, all) => (i === all.length - 1 ? `${line.slice(0, -1)}。` : line)),
      ...(totalFen > 0 ? [`以上被申请人应支付的款项合计${yuan(totalFen)}。`] : []),
      final ? `本裁决为终局裁决，自作出之日起发生法律效力（${LAW}第四十七条）。` : '本裁决为非终局裁决。',
      ...document.remedies.map((remedy) => remedy.text),
      `当事人对发生法律效力的裁决书，应当依照规定的期限履行；一方当事人逾期不履行的，另一方当事人可以依照民事诉讼法的有关规定向人民法院申请执行（${LAW}第五十一条）。`,
      ...arbitratorLines(record),
    ],
  };
}

// ————— 仲裁调解书 —————

/** Every 调解书 issued on the case, oldest first. */
function statementsOf(record: ArbitrationCaseRecord) {
  return [
    ...(record.retractedMediationStatements ?? []),
    ...(record.mediationStatement ? [record.mediationStatement] : []),
  ];
}

/** 仲裁调解书: the claims, what was agreed, in force when both parties sign for it (Art. 42). */
export function mediationStatementDocument(record: ArbitrationCaseRecord, issued: IssuedDocument): DocumentBody {
  // The one issued under this number: the current one, or one retracted before a new one was issued.
  const statement =
    statementsOf(record).find((candidate) => candidate.number === issued.number) ??
    (record.mediationStatement && !record.mediationStatement.number ? record.mediationStatement : undefined) ??
    missing(record, issued);
  const settled = [...statement.settledClaims].sort((x, y) => x.claimIndex - y.claimIndex);
  const totalFen = sumOfFen(settled.map((s) => s.amountFen));
  const terms = settled.map((s, i, all) => {
    const about = `关于${claimMark(s.claimIndex)}仲裁请求（${claimInline(record, s.claimIndex)}），`;
    const end = i === all.length - 1 ? '。' : '；';
    if (s.amountFen === 0) return `${itemMark(i)}${about}双方确认被申请人无需就该项请求向申请人支付款项${end}`;
    const above = s.reasonAboveClaim
      ? `（高于请求数额${yuan(s.claimedFen)}，理由：${withoutFinalStop(s.reasonAboveClaim)}）`
      : '';
    return `${itemMark(i)}${about}被申请人${statement.employer.name}向申请人${statement.worker.name}支付${yuan(s.amountFen)}${above}${end}`;
  });
  return {
    issuingBody: committeeOf(record.countyCode),
    paragraphs: [
      `申请人：${statement.worker.name}`,
      `被申请人：${statement.employer.name}`,
      `${proceedingsSoFar(record)}。`,
      '申请人的仲裁请求：',
      ...record.parties.claims.map((_, i) => `${claimMark(i)}：${claimText(record, i)}。`),
      `本案在仲裁庭主持下，经调解，双方当事人自愿达成如下协议（${LAW}第四十二条）：`,
      ...terms,
      ...(totalFen > 0 ? [`上述款项合计${yuan(totalFen)}。`] : []),
      ...(statement.otherTerms ? [`其他约定：${withoutFinalStop(statement.otherTerms)}。`] : []),
      `本调解书由仲裁员签名，加盖本委印章，送达双方当事人；经双方当事人签收后，即发生法律效力（${LAW}第四十二条）。调解书送达前，一方当事人反悔的，仲裁庭将及时作出裁决。`,
      `当事人对发生法律效力的调解书，应当依照规定的期限履行；一方当事人逾期不履行的，另一方当事人可以依照民事诉讼法的有关规定向人民法院申请执行（${LAW}第五十一条）。`,
      ...arbitratorLines(record, statement.arbitratorIds),
    ],
  };
}

// ————— 先予执行裁决书 —————

/** 先予执行裁决书: granted (to the people's court for enforcement) or refused, with its reasons (Art. 44). */
export function advanceEnforcementDocument(record: ArbitrationCaseRecord, issued: IssuedDocument): DocumentBody {
  const decisions = record.advanceEnforcement ?? [];
  const index = issued.subject === undefined ? -1 : Number(issued.subject);
  const decision =
    (Number.isSafeInteger(index) ? decisions[index] : undefined) ??
    decisions.find((d) => d.number === issued.number) ??
    missing(record, issued);
  const { applicant, respondent } = partiesOf(record);
  // The worker applies (申请人); should the employer, the worker would be the one to pay in advance.
  const byWorker = decision.applicant === 'WORKER';
  const who = byWorker ? `申请人${applicant}` : `被申请人${respondent}`;
  const payer = byWorker ? `被申请人${respondent}` : `申请人${applicant}`;
  const items = [...decision.items].sort((x, y) => x.claimIndex - y.claimIndex);
  const totalFen = sumOfFen(items.map((item) => item.amountFen));
  const asked = items.map(
    (item, i, all) =>
      `${itemMark(i)}${claimMark(item.claimIndex)}仲裁请求（${claimInline(record, item.claimIndex)}）所涉款项${yuan(item.amountFen)}${i === all.length - 1 ? '。' : '；'}`,
  );
  const granted = decision.outcome === 'GRANTED';
  return {
    issuingBody: committeeOf(record.countyCode),
    paragraphs: [
      ...partyLines(record),
      `${proceedingsSoFar(record)}。${who}于${chineseDate(decision.appliedOn)}向本委申请先予执行，请求裁决先行给付下列款项：`,
      ...asked,
      `以上合计${yuan(totalFen)}。`,
      `本委认为：${decision.reasons.map(withoutFinalStop).join('；')}。`,
      ...(granted
        ? [
            `依照${LAW}第四十四条的规定，裁决如下：`,
            `${payer}先行向${who}给付上述款项，合计${yuan(totalFen)}。`,
            `本裁决移送人民法院执行（${LAW}第四十四条第一款）。` +
              (byWorker ? `劳动者申请先予执行的，可以不提供担保（${LAW}第四十四条第三款）。` : ''),
          ]
        : [`不符合${LAW}第四十四条第二款规定的先予执行条件，裁决如下：`, `驳回${who}的先予执行申请。`]),
      ...arbitratorLines(record),
    ],
  };
}
