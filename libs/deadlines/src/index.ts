// @onewindow/deadlines: deadlines that watch themselves, one mechanism for every service.
export * from './domain/deadline';
export * from './application/deadline-store';
export * from './application/deadline-watch';
export * from './infrastructure/deadline.schema';
export * from './infrastructure/deadline-events';
export * from './infrastructure/due-day-index';
export * from './infrastructure/mongo-deadline.store';
export * from './transport/deadline-scan.timer';
