// @onewindow/calendar: the one calendar every OneWindow deadline comes from.
export * from './calendar.errors';
export * from './iso-date';
export * from './statutory-holidays';
export * from './holiday-schedule';
export * from './holiday-notice-file';
export * from './china-holiday-schedule';
export * from './data-folder';
export * from './period';
