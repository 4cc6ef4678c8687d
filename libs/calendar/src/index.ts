// @onewindow/calendar: the one calendar every OneWindow deadline comes from.
export * from './calendar.errors';
export * from './iso-date';
export * from './holiday-schedule';
export * from './period';
export { CHINA_HOLIDAY_NOTICE_2025 } from './china-holidays-2025.data';
export { CHINA_HOLIDAY_NOTICE_2026 } from './china-holidays-2026.data';
