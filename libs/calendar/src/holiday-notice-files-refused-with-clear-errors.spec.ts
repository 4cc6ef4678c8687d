import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidHolidayScheduleError, loadHolidaySchedule } from './index';
import { NOTICE_2027_FIXTURE_DIR } from './testing/holiday-notice-2027.fixture';

const FIXTURE = join(NOTICE_2027_FIXTURE_DIR, '2027.json');
const REPOSITORY_NOTICES = join(__dirname, '../notices');

/** A folder with the repository's notices and the 2027 fixture, `edit`ed. */
const folderWith = (edit: (notice: Record<string, unknown>) => unknown, name = '2027.json') => {
  const folder = mkdtempSync(join(tmpdir(), 'onewindow-notices-'));
  for (const year of ['2025', '2026'])
    copyFileSync(join(REPOSITORY_NOTICES, `${year}.json`), join(folder, `${year}.json`));
  const notice = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
  writeFileSync(join(folder, name), JSON.stringify(edit(notice)));
  return { folder, file: join(folder, name) };
};

const refusal = (folder: string): string => {
  try {
    loadHolidaySchedule(folder);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidHolidayScheduleError);
    return (error as Error).message;
  }
  throw new Error('expected the folder to be refused');
};

describe('holiday notice files are checked when loaded, and a refusal names the file and the problem', () => {
  it('loads the fixture beside the repository notices', () => {
    expect(loadHolidaySchedule(folderWith((n) => n).folder).years).toEqual([2025, 2026, 2027]);
  });

  it('refuses a file that is not JSON', () => {
    const folder = mkdtempSync(join(tmpdir(), 'onewindow-notices-'));
    writeFileSync(join(folder, '2027.json'), '{ "year": 2027, ');
    expect(refusal(folder)).toMatch(new RegExp(`^${join(folder, '2027.json')}: not valid JSON`));
  });

  it.each<[string, (n: Record<string, unknown>) => unknown, string]>([
    ['a missing source', ({ sourceUrl: _, ...rest }) => rest, 'is missing sourceUrl'],
    ['an unknown field', (n) => ({ ...n, remarks: 'x' }), 'has unknown field(s) remarks'],
    [
      'a title of another year',
      (n) => ({ ...n, title: '国务院办公厅关于2028年部分节假日安排的通知' }),
      "title must begin '国务院办公厅关于2027年",
    ],
    [
      'an impossible date',
      (n) => ({ ...n, holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-02-30' }] }),
      'holidays[0].to must be a calendar date \'YYYY-MM-DD\'; got "2027-02-30"',
    ],
    ['a source that is not an address', (n) => ({ ...n, sourceUrl: 'gov.cn' }), 'sourceUrl must be an http(s) address'],
    ['a year as text', (n) => ({ ...n, year: '2027' }), 'year must be a whole number'],
  ])('refuses %s', (_, edit, problem) => {
    const { folder, file } = folderWith(edit);
    const message = refusal(folder);
    expect(message.startsWith(`${file}: `)).toBe(true);
    expect(message).toContain(problem);
  });

  it('refuses a notice that makes a statutory holiday (初一 2027, a Saturday) a working day', () => {
    const { folder, file } = folderWith((n) => ({
      ...n,
      holidays: [
        { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
        { name: '春节', from: '2027-02-05', to: '2027-02-05' },
        { name: '春节', from: '2027-02-07', to: '2027-02-13' },
        ...(n.holidays as unknown[]).slice(2),
      ],
      makeUpWorkingDays: [{ name: '春节', date: '2027-02-06' }],
    }));
    expect(refusal(folder)).toBe(
      `${file}: 2027-02-06 (春节) is a statutory holiday under 《全国年节及纪念日放假办法》（2024年修订，国务院令第795号）第二条, but the notice makes it a working day`,
    );
  });

  it('refuses a notice that leaves out a statutory holiday (除夕 2027)', () => {
    const { folder } = folderWith((n) => ({
      ...n,
      holidays: (n.holidays as { name: string }[]).map((h) => (h.name === '春节' ? { ...h, from: '2027-02-06' } : h)),
    }));
    expect(refusal(folder)).toContain('2027-02-05 (春节) is a statutory holiday');
    expect(refusal(folder)).toContain('does not list it as a rest day');
  });

  it('refuses a second notice for the same year, naming both files', () => {
    const { folder } = folderWith((n) => n);
    copyFileSync(join(folder, '2026.json'), join(folder, '2026-copy.json'));
    expect(refusal(folder)).toBe(
      `${join(folder, '2026.json')}: two holiday notices for 2026 (the other is ${join(folder, '2026-copy.json')}); a year has exactly one`,
    );
  });

  it('refuses a folder that does not exist', () => {
    expect(refusal('/nonexistent/onewindow-notices')).toBe('/nonexistent/onewindow-notices: no such folder');
  });

  it('reads the folder named by ONEWINDOW_HOLIDAY_NOTICES_DIR when the library loads', () => {
    const { folder } = folderWith((n) => n);
    const { folder: broken, file } = folderWith(({ sourceUrl: _, ...rest }) => rest);
    const saved = process.env.ONEWINDOW_HOLIDAY_NOTICES_DIR;
    try {
      process.env.ONEWINDOW_HOLIDAY_NOTICES_DIR = folder;
      jest.isolateModules(() => {
        expect((jest.requireActual('./index') as typeof import('./index')).CHINA_HOLIDAY_SCHEDULE.years).toEqual([
          2025, 2026, 2027,
        ]);
      });
      process.env.ONEWINDOW_HOLIDAY_NOTICES_DIR = broken;
      jest.isolateModules(() => {
        expect(() => jest.requireActual('./index')).toThrow(`${file}: is missing sourceUrl`);
      });
    } finally {
      if (saved === undefined) delete process.env.ONEWINDOW_HOLIDAY_NOTICES_DIR;
      else process.env.ONEWINDOW_HOLIDAY_NOTICES_DIR = saved;
    }
  });
});
