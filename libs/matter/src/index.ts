export * from './matter-content';
// Value objects the window and the web app both read from what people type.
export * from './parse-result';
export * from './identity-number';
export * from './phone-number';
