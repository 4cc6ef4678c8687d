// A made-up 2027 notice for tests, marked as such in its title: the real one is not yet published.
import { join } from 'node:path';
import { HolidayNotice, readHolidayNoticeFolder } from '../index';

export const NOTICE_2027_FIXTURE_DIR = join(__dirname, 'notices-2027-fixture');

export const NOTICE_2027_FIXTURE: HolidayNotice = readHolidayNoticeFolder(NOTICE_2027_FIXTURE_DIR)[0];
