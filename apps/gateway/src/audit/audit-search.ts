import { addCalendarDays, isIsoDate } from '@onewindow/calendar';
import type { FieldViolation } from '@onewindow/gateway-api';

/** GET /api/audit's query, as strings from the URL (types already checked by the DTO). */
export interface AuditSearchQuery {
  actor?: string;
  action?: string;
  target?: string;
  from?: string;
  to?: string;
  pageSize?: number;
  pageToken?: string;
}

/** Where the previous page ended: entries strictly older than this come next. */
export interface PagePosition {
  at: Date;
  id: string;
}

export interface AuditSearchCriteria {
  actor?: string;
  /** An action and its sub-actions: auth.sign-in also finds auth.sign-in.failed. */
  action?: string;
  target?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  before?: Date;
  pageSize: number;
  after?: PagePosition;
}

export const AUDIT_PAGE_SIZE = { default: 50, max: 100 } as const;

const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;
const CHINA_OFFSET = '+08:00';

/**
 * A bound of the period searched: an RFC 3339 instant, or a calendar day in China time, in which
 * case `from` starts at the day's first moment and `to` takes in the whole day.
 */
function bound(value: string, edge: 'from' | 'to'): Date | undefined {
  if (isIsoDate(value)) {
    const day = edge === 'from' ? value : addCalendarDays(value, 1);
    return new Date(`${day}T00:00:00${CHINA_OFFSET}`);
  }
  if (!RFC_3339.test(value)) return undefined;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return undefined;
  return edge === 'from' ? instant : new Date(instant.getTime() + 1);
}

export function encodePageToken({ at, id }: PagePosition): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

function decodePageToken(token: string): PagePosition | undefined {
  try {
    const [at, id] = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown[];
    if (typeof at !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(at))) return undefined;
    return { at: new Date(at), id };
  } catch {
    return undefined;
  }
}

/** The query as search criteria, or every problem with it at once. */
export function auditSearchCriteria(
  query: AuditSearchQuery,
): { criteria: AuditSearchCriteria } | { violations: FieldViolation[] } {
  const violations: FieldViolation[] = [];
  const from = query.from === undefined ? undefined : bound(query.from, 'from');
  const before = query.to === undefined ? undefined : bound(query.to, 'to');
  const dateForm = '须为 RFC 3339 时间（如 2026-03-02T09:30:00+08:00）或日期 YYYY-MM-DD（北京时间）';
  if (query.from !== undefined && !from)
    violations.push({ field: 'from', description: `${dateForm}，收到 ${query.from}` });
  if (query.to !== undefined && !before) violations.push({ field: 'to', description: `${dateForm}，收到 ${query.to}` });
  if (from && before && from.getTime() >= before.getTime()) {
    violations.push({ field: 'to', description: `不能早于开始时间 from（${query.from}）` });
  }
  const after = query.pageToken ? decodePageToken(query.pageToken) : undefined;
  if (query.pageToken && !after) {
    violations.push({
      field: 'pageToken',
      description: '不是本接口给出的翻页令牌 (not a page token this API gave out)',
    });
  }
  if (violations.length > 0) return { violations };
  return {
    criteria: {
      ...(query.actor ? { actor: query.actor } : {}),
      ...(query.action ? { action: query.action } : {}),
      ...(query.target ? { target: query.target } : {}),
      ...(from ? { from } : {}),
      ...(before ? { before } : {}),
      pageSize: query.pageSize ?? AUDIT_PAGE_SIZE.default,
      ...(after ? { after } : {}),
    },
  };
}
