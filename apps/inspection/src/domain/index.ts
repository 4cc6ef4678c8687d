// Labor inspection's rules (劳动保障监察): plain functions, no I/O.
export * from './inspection.errors';
export * from './inspection-case';
export * from './inspection-periods';
export * from './watched-inspection-deadlines';
export * from './two-year-window';
export * from './case-steps';
export * from './taking';
export * from './acceptance';
export * from './investigation';
export * from './outcomes';
export * from './construction-project';
export * from './arrears-listing';
