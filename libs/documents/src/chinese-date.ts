// 成文日期 in Chinese numerals (二〇二六年十二月一日), as arbitration and court 文书样式 print it.
// GB/T 9704-2012 7.3.5.4 would write Arabic numerals (2026年12月1日); the 文书 of 劳动人事争议仲裁
// follow the 文书样式 and spell the date out, which also keeps a date from being altered by hand.
import { isIsoDate } from '@onewindow/calendar';
import { InvalidOfficialDocumentError } from './official-document.errors';

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–31 as a Chinese numeral: 一 … 十, 十一 … 二十, 二十一 … 三十一. */
function smallNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? DIGITS[tens] : ''}${tens > 0 ? '十' : ''}${ones > 0 ? DIGITS[ones] : ''}`;
}

/** '2026-12-01' → '二〇二六年十二月一日': each digit of the year, the month and day as numbers. */
export function chineseDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) {
    throw new InvalidOfficialDocumentError('date', `"${isoDate}" is not a calendar date (YYYY-MM-DD)`);
  }
  const [year, month, day] = isoDate.split('-');
  const yearInDigits = [...year!].map((digit) => DIGITS[Number(digit)]).join('');
  return `${yearInDigits}年${smallNumber(Number(month))}月${smallNumber(Number(day))}日`;
}
