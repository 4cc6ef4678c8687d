/** The gateway's own store: users, refresh tokens, the audit log, tracking codes. Never the services' data. */
export const GATEWAY_STORE = Symbol('GatewayStore');
