// The national schedule every deadline uses by default: the statutory holidays of every year, and
// the notices in the folder ONEWINDOW_HOLIDAY_NOTICES_DIR (default libs/calendar/notices/), read once
// when a service starts; a bad file stops the start with an error naming the file.
import notice2025 from '../notices/2025.json';
import notice2026 from '../notices/2026.json';
import { dataFolder } from './data-folder';
import { parseHolidayNoticeFile, loadHolidaySchedule } from './holiday-notice-file';
import { createHolidaySchedule, DayStatus, HolidayNotice, HolidaySchedule } from './holiday-schedule';
import { IsoDate } from './iso-date';

export const HOLIDAY_NOTICES_DIR_ENV = 'ONEWINDOW_HOLIDAY_NOTICES_DIR';

// Without Node's module wrapper (in the web bundle) there is no __dirname and no folder.
declare const __dirname: string | undefined;
const REPOSITORY_NOTICES_DIR = typeof __dirname === 'string' ? `${__dirname}/../notices` : undefined;

/** The 2025 and 2026 notices as kept in the repository (libs/calendar/notices/). */
export const CHINA_HOLIDAY_NOTICE_2025: HolidayNotice = parseHolidayNoticeFile({
  path: 'libs/calendar/notices/2025.json',
  value: notice2025,
});
export const CHINA_HOLIDAY_NOTICE_2026: HolidayNotice = parseHolidayNoticeFile({
  path: 'libs/calendar/notices/2026.json',
  value: notice2026,
});

const noticesFolder = dataFolder(HOLIDAY_NOTICES_DIR_ENV, REPOSITORY_NOTICES_DIR);

/** The national schedule: the law for every year, and the notices loaded at start. */
export const CHINA_HOLIDAY_SCHEDULE: HolidaySchedule = noticesFolder
  ? loadHolidaySchedule(noticesFolder)
  : createHolidaySchedule([]);

/**
 * Whether public offices work on `date`. Where a missing notice could still change the answer this
 * is the law's and the weekend's answer; use describeDay (or addPeriod) to know that it is provisional.
 */
export function isWorkingDay(date: IsoDate, schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE): boolean {
  return schedule.statusOf(date).working;
}

export function describeDay(date: IsoDate, schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE): DayStatus {
  return schedule.statusOf(date);
}
