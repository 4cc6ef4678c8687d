// Arbitration domain (劳动人事争议仲裁): plain TypeScript, no transport or storage.
export * from './matter-content';
export * from './arbitration.errors';
export * from './arbitration-deadline-rules';
export { assertReviewableApplication, assertLimitationFacts } from './application-input.validation';
export * from './application-completeness';
export * from './labor-dispute-scope';
export * from './limitation';
export * from './same-day-acceptance';
export * from './application-review';
export * from './application-supplement';
export * from './final-award-classification';
export * from './acceptance-decision';
