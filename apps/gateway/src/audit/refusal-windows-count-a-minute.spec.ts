import type { AuditRecord } from './audit-log';
import { RefusalWindows } from './refusal-windows';

const refusal = (actor: string, target = 'GET /api/audit'): AuditRecord => ({
  actor,
  roles: ['WINDOW_CLERK'],
  action: 'access.refused',
  target,
  countyCode: '421303',
  ip: '127.0.0.1',
  userAgent: 'spec',
  outcome: 'REFUSED',
});
const at = (seconds: number) => new Date(Date.UTC(2026, 2, 2, 1, 0, 0) + seconds * 1000);

describe('refusal windows', () => {
  it('writes the first refusal of a minute at once and counts the rest into one entry when the minute ends', () => {
    const windows = new RefusalWindows(100);
    expect(windows.add(refusal('clerk.zengdu'), at(0)).opens).toBe(true);
    for (let s = 1; s < 60; s++)
      expect(windows.add(refusal('clerk.zengdu'), at(s))).toEqual({ opens: false, closed: [] });
    expect(windows.closeBefore(at(59))).toEqual([]);
    expect(windows.closeBefore(at(60))).toEqual([
      { first: refusal('clerk.zengdu'), minute: expect.any(Number), more: 59, lastAt: at(59) },
    ]);
    expect(windows.add(refusal('clerk.zengdu'), at(61)).opens).toBe(true);
  });

  it('keeps callers and routes apart, and a window with nothing after its first leaves nothing to write', () => {
    const windows = new RefusalWindows(100);
    expect(windows.add(refusal('clerk.zengdu'), at(0)).opens).toBe(true);
    expect(windows.add(refusal('clerk.suixian'), at(1)).opens).toBe(true);
    expect(windows.add(refusal('clerk.zengdu', 'GET /api/dashboard'), at(2)).opens).toBe(true);
    expect(windows.closeAll()).toEqual([]);
  });

  it('closes the oldest window early rather than hold more than its capacity', () => {
    const windows = new RefusalWindows(2);
    windows.add(refusal('a'), at(0));
    windows.add(refusal('a'), at(1));
    windows.add(refusal('b'), at(2));
    const { opens, closed } = windows.add(refusal('c'), at(3));
    expect(opens).toBe(true);
    expect(closed.map((w) => [w.first.actor, w.more])).toEqual([['a', 1]]);
    expect(windows.closeAll()).toEqual([]);
  });

  it('closes a window when its caller is refused again in a later minute', () => {
    const windows = new RefusalWindows(100);
    windows.add(refusal('a'), at(0));
    windows.add(refusal('a'), at(30));
    expect(windows.add(refusal('a'), at(90)).closed.map((w) => w.more)).toEqual([1]);
  });
});
