import { auditSearchCriteria, encodePageToken } from './audit-search';

const criteriaOf = (query: Parameters<typeof auditSearchCriteria>[0]) => {
  const parsed = auditSearchCriteria(query);
  if ('violations' in parsed) throw new Error(JSON.stringify(parsed.violations));
  return parsed.criteria;
};

describe('audit search criteria', () => {
  it('reads calendar days in China time, the end day taken whole', () => {
    const { from, before } = criteriaOf({ from: '2026-03-01', to: '2026-03-02' });
    expect(from).toEqual(new Date('2026-02-28T16:00:00Z'));
    expect(before).toEqual(new Date('2026-03-02T16:00:00Z'));
  });

  it('reads RFC 3339 instants, the end inclusive', () => {
    const { from, before } = criteriaOf({ from: '2026-03-01T09:00:00+08:00', to: '2026-03-01T10:00:00Z' });
    expect(from).toEqual(new Date('2026-03-01T01:00:00Z'));
    expect(before).toEqual(new Date('2026-03-01T10:00:00.001Z'));
  });

  it('pages 50 at a time unless asked, and resumes after the position a page token names', () => {
    const at = new Date('2026-03-01T10:00:00Z');
    const criteria = criteriaOf({ pageToken: encodePageToken({ at, id: 'e-7' }), actor: 'clerk.zengdu' });
    expect(criteria).toEqual({ actor: 'clerk.zengdu', pageSize: 50, after: { at, id: 'e-7' } });
  });

  it('lists every problem at once: bad dates, a reversed period, a made-up page token', () => {
    expect(auditSearchCriteria({ from: '2026-02-30', to: 'yesterday', pageToken: 'bm9wZQ' })).toEqual({
      violations: [
        { field: 'from', description: expect.stringContaining('2026-02-30') },
        { field: 'to', description: expect.stringContaining('yesterday') },
        { field: 'pageToken', description: expect.stringContaining('page token') },
      ],
    });
    expect(auditSearchCriteria({ from: '2026-03-02', to: '2026-03-01' })).toEqual({
      violations: [{ field: 'to', description: expect.stringContaining('不能早于开始时间') }],
    });
  });
});
