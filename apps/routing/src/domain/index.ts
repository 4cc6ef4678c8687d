// Routing domain: the county's “1+X” referral rules (分流规则) and the decisions they make.
export * from './arbitration-limitation';
export * from './matter-content';
export * from './matter-facts';
export * from './routing-decision';
export * from './routing.engine';
export * from './rule-set';
export * from './rule-set-invalid.error';
export * from './rule-set.compiler';
export * from './rule-set.parser';
export * from './rule-set.publishing';
export * from './rule-set.schema';
