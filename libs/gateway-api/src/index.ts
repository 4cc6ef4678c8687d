// @onewindow/gateway-api: the REST contract between the gateway (apps/gateway) and its clients — the
// web app (apps/web), the browser tests, and any county system calling it. Plain types; the gateway's
// OpenAPI document at /api/docs describes the same shapes. All money is integer fen, all dates
// YYYY-MM-DD in China time, all instants RFC 3339. See docs/rest-api.md.
export * from './rest-types';
export * from './proceedings-next-step';
export * from './inspection-types';
