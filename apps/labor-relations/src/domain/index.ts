export * from './supervision.errors';
export * from './supervision-input.validation';
export * from './layoff-report';
export * from './check-findings';
export * from './supervision-conclusion';
