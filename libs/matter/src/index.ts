export * from './matter-content';
// The bounds every service checks matter content against (intake when registering, arbitration on a 补正).
export * from './matter-content.limits';
// Value objects the window and the web app both read from what people type.
export * from './parse-result';
export * from './identity-number';
export * from './phone-number';
export * from './input-checks';
export * from './settled-claims';
