// The file format of a State Council General Office holiday notice, so that next year's notice is
// loaded as data without a release. One file per year, e.g. libs/calendar/notices/2027.json:
//   { "year", "title", "documentNumber" (null until known), "issuedOn", "sourceUrl",
//     "holidays": [{ "name", "from", "to" }], "makeUpWorkingDays": [{ "name", "date" }] }
// holidays are every rest day of the arrangement (放假调休), weekends inside a range included.
// The folder is checked as a whole by createHolidaySchedule: one notice a year, no statutory
// holiday made a working day (《全国年节及纪念日放假办法》第二条).
import { InvalidHolidayScheduleError } from './calendar.errors';
import { DataFile, DataFileError, DataFileReader, readJsonFolder } from './data-folder';
import { createHolidaySchedule, HolidayNotice, HolidaySchedule } from './holiday-schedule';
import { MAX_SUPPORTED_YEAR, MIN_SUPPORTED_YEAR } from './iso-date';

const NOTICE_FIELDS = ['year', 'title', 'documentNumber', 'issuedOn', 'sourceUrl', 'holidays', 'makeUpWorkingDays'];

/** Reads one notice file's content; throws InvalidHolidayScheduleError naming the file and the field. */
export function parseHolidayNoticeFile({ path, value }: DataFile): HolidayNotice {
  const read = new DataFileReader(path);
  try {
    const file = read.object(value, '', NOTICE_FIELDS, ['$schema']);
    const year = read.integer(file.year, 'year', MIN_SUPPORTED_YEAR, MAX_SUPPORTED_YEAR);
    const title = read.text(file.title, 'title');
    const expectedTitle = `国务院办公厅关于${year}年部分节假日安排的通知`;
    if (!title.startsWith(expectedTitle)) read.fail('title', `must begin '${expectedTitle}'; got '${title}'`);
    const documentNumber = read.textOrNull(file.documentNumber, 'documentNumber');
    const issuedOn = read.isoDate(file.issuedOn, 'issuedOn');
    const holidays = read.array(file.holidays, 'holidays', { nonEmpty: true }).map((item, i) => {
      const range = read.object(item, `holidays[${i}]`, ['name', 'from', 'to']);
      return {
        name: read.text(range.name, `holidays[${i}].name`),
        from: read.isoDate(range.from, `holidays[${i}].from`),
        to: read.isoDate(range.to, `holidays[${i}].to`),
      };
    });
    const makeUpWorkingDays = read.array(file.makeUpWorkingDays, 'makeUpWorkingDays').map((item, i) => {
      const day = read.object(item, `makeUpWorkingDays[${i}]`, ['name', 'date']);
      return {
        name: read.text(day.name, `makeUpWorkingDays[${i}].name`),
        date: read.isoDate(day.date, `makeUpWorkingDays[${i}].date`),
      };
    });
    return {
      year,
      citation: `${title}（${documentNumber ?? chineseDate(issuedOn)}）`,
      issuedOn,
      sourceUrl: read.url(file.sourceUrl, 'sourceUrl'),
      source: path,
      holidays,
      makeUpWorkingDays,
    };
  } catch (error) {
    if (error instanceof DataFileError) throw new InvalidHolidayScheduleError(error.message);
    throw error;
  }
}

/** Every notice file in `folder`, parsed (not yet checked against each other: see loadHolidaySchedule). */
export function readHolidayNoticeFolder(folder: string): HolidayNotice[] {
  try {
    return readJsonFolder(folder).map(parseHolidayNoticeFile);
  } catch (error) {
    if (error instanceof DataFileError) throw new InvalidHolidayScheduleError(error.message);
    throw error;
  }
}

/** The schedule of the notices in `folder`, checked against each other and against the law. */
export function loadHolidaySchedule(folder: string): HolidaySchedule {
  return createHolidaySchedule(readHolidayNoticeFolder(folder));
}

function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
