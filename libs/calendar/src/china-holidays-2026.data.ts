// 2026 arrangement, entered from the published notice (Xinhua, 2025-11-04). The notice's document
// number (国办发明电〔2025〕…号) was not in the published text we checked: add it when verified.
import type { HolidayNotice } from './holiday-schedule';

export const CHINA_HOLIDAY_NOTICE_2026: HolidayNotice = {
  year: 2026,
  citation: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
  issuedOn: '2025-11-04',
  holidays: [
    { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
    { name: '春节', from: '2026-02-15', to: '2026-02-23' },
    { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
    { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
    { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
    { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
    { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
  ],
  makeUpWorkingDays: [
    { name: '元旦', date: '2026-01-04' }, // Sunday
    { name: '春节', date: '2026-02-14' }, // Saturday
    { name: '春节', date: '2026-02-28' }, // Saturday
    { name: '劳动节', date: '2026-05-09' }, // Saturday
    { name: '国庆节', date: '2026-09-20' }, // Sunday
    { name: '国庆节', date: '2026-10-10' }, // Saturday
  ],
};
