// Mediation domain (调解): plain TypeScript rules, no transport or storage. The service around them
// (office contract, store, gRPC, web) calls these and persists what they return.
export * from './mediation.errors';
export type { CountyCode, Instant } from './mediation-input.validation';
export * from './mediation-period';
export * from './mediation-consent';
export * from './mediator-assignment';
export * from './mediation-session';
export * from './mediation-agreement';
export * from './agreement-performance';
export * from './court-routes';
export * from './mediation-outcome';
