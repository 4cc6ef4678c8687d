// The words the case's documents (文书) share: who issues them, how parties, claims, dates and money are
// printed. Money is integer fen, printed in yuan by integer arithmetic (never by dividing), so what a
// document adds up is exact.
import { weekdayOf } from '@onewindow/calendar';
import { getCounty } from '@onewindow/county';
import { yuanOf } from '@onewindow/matter';
import { chineseDate, type OfficialTable } from '@onewindow/documents';
import type { ArbitrationCaseRecord, CaseDeadline } from '../arbitration-case.repository';

/** What one kind of document prints under the commission's head; the number, title and date are the issue's. */
export interface DocumentBody {
  /** the committee for a 调解书 or 裁决书 (Art. 42, 46: its seal); the commission's 仲裁院 otherwise */
  issuingBody?: string;
  /** left out where the document names the parties at its head instead (调解书, 裁决书) */
  addressee?: string;
  paragraphs: string[];
  table?: OfficialTable;
}

function placeOf(countyCode: string): string {
  const county = getCounty(countyCode);
  const city = county.parentCode && county.level !== 'COUNTY_LEVEL_CITY' ? getCounty(county.parentCode).nameZh : '';
  return `${city}${county.nameZh}`;
}

/**
 * The commission of the case's county (劳动人事争议仲裁院): a district or county under a prefecture city
 * is named with the city (随州市曾都区…), a county-level city or the city itself on its own.
 */
export function commissionOf(countyCode: string): string {
  return `${placeOf(countyCode)}劳动人事争议仲裁院`;
}

/**
 * The committee (劳动人事争议仲裁委员会) whose seal a 调解书 and a 裁决书 bear (劳动争议调解仲裁法 Arts. 42, 46)
 * and near which a final award is set aside (Art. 49: 仲裁委员会所在地的中级人民法院).
 */
export function committeeOf(countyCode: string): string {
  return `${placeOf(countyCode)}劳动人事争议仲裁委员会`;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
// 一、二、… for up to ten items; the Arabic number with a full stop beyond, as long lists are printed.
export const itemMark = (i: number) => (i < NUMERALS.length ? `${NUMERALS[i]}、` : `${i + 1}. `);
/** 第一项, 第二项 … the claim as the application numbered it (kept in a MIXED award's two documents). */
export const claimMark = (claimIndex: number) => `第${NUMERALS[claimIndex] ?? claimIndex + 1}项`;

/** 18600.00元 from integer fen, exactly. */
export const yuan = (fen: number): string => `${yuanOf(fen)}元`;

/** The sum of integer fen amounts, refusing anything that is not a safe integer (money is never a float). */
export function sumOfFen(amounts: readonly number[]): number {
  return amounts.reduce((sum, fen) => {
    if (!Number.isSafeInteger(fen)) throw new RangeError(`an amount of ${fen} fen is not a whole number of fen`);
    return sum + fen;
  }, 0);
}

export const deadlineSentence = (deadline: CaseDeadline) =>
  `${deadline.label}：${chineseDate(deadline.dueOn)}前` +
  `${deadline.provisional ? '（节假日安排未公布，暂按双休日计算）' : ''}（依据：${deadline.citation}）。`;

/** A stated reason ends in its own full stop; the document adds what follows it. */
export const withoutFinalStop = (text: string) => text.trim().replace(/[。.；;，,]+$/u, '');

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** 二〇二六年三月二十四日（星期二）9时30分, in China time whatever offset the instant was given in. */
export function chineseDateTime(instant: string): string {
  const { day, time } = chinaParts(instant);
  return `${chineseDate(day)}（星期${WEEKDAYS[weekdayOf(day) - 1]}）${time}`;
}

/** 11时00分, in China time. */
export const chineseTime = (instant: string) => chinaParts(instant).time;

/** The China day (YYYY-MM-DD) an instant falls on. */
export const chinaDay = (instant: string) => chinaParts(instant).day;

function chinaParts(instant: string): { day: string; time: string } {
  const shifted = new Date(Date.parse(instant) + CHINA_OFFSET_MS).toISOString();
  return { day: shifted.slice(0, 10), time: `${Number(shifted.slice(11, 13))}时${shifted.slice(14, 16)}分` };
}

/** The names as the documents print them: the name only (identity and phone stay sealed in intake). */
export function partiesOf(record: ArbitrationCaseRecord): { applicant: string; respondent: string } {
  return {
    applicant: record.parties.applicantName || '申请人',
    respondent: record.parties.respondentName || '被申请人',
  };
}

/** 申请人李明与被申请人随州测试机械制造有限公司劳动争议一案 */
export function theCaseOf(record: ArbitrationCaseRecord): string {
  const { applicant, respondent } = partiesOf(record);
  return `申请人${applicant}与被申请人${respondent}劳动争议一案`;
}

/** Both parties, for a notice to both (组庭通知书, 开庭通知书). */
export function bothParties(record: ArbitrationCaseRecord): string {
  const { applicant, respondent } = partiesOf(record);
  return `申请人${applicant}、被申请人${respondent}`;
}

/** A claim as the application worded it, with the amount claimed. */
export function claimText(record: ArbitrationCaseRecord, claimIndex: number): string {
  const claim = record.parties.claims[claimIndex];
  if (!claim) return `${claimMark(claimIndex)}仲裁请求`;
  return `${withoutFinalStop(claim.description)}${claim.amountFen > 0 ? `（${yuan(claim.amountFen)}）` : ''}`;
}

/** The claim inside parentheses of a sentence: 支付…工资18600元，请求数额18600.00元. */
export function claimInline(record: ArbitrationCaseRecord, claimIndex: number): string {
  const claim = record.parties.claims[claimIndex];
  if (!claim) return `${claimMark(claimIndex)}仲裁请求`;
  return `${withoutFinalStop(claim.description)}${claim.amountFen > 0 ? `，请求数额${yuan(claim.amountFen)}` : ''}`;
}
