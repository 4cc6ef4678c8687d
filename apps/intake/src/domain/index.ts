// Intake domain: registering a matter (事项登记) at the one window.
export * from './matter-content';
export * from './matter-content.validator';
export * from './matter-number';
export * from './personal-data-masking';
export * from './unified-social-credit-code';
export * from './satisfaction';
export * from './matter-statistics';
