import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serviceClock } from './service-clock';

describe('the service clock moves on by the offset file outside production only', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'clock-')), 'offset');

  it('is the system clock without the file', () => {
    const before = Date.now();
    expect(serviceClock({}).now().getTime()).toBeGreaterThanOrEqual(before);
  });

  it('reads the offset on every call, so a test moves a running service on', () => {
    writeFileSync(file, '0');
    const clock = serviceClock({ ONEWINDOW_CLOCK_OFFSET_FILE: file });
    const day = 86_400_000;
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1_000);
    writeFileSync(file, String(8 * day));
    expect(clock.now().getTime() - Date.now()).toBeGreaterThan(8 * day - 1_000);
  });

  it('is refused in production, and refuses an offset that is not whole milliseconds', () => {
    expect(() => serviceClock({ ONEWINDOW_CLOCK_OFFSET_FILE: file, NODE_ENV: 'production' })).toThrow(/production/);
    writeFileSync(file, '1.5');
    expect(() => serviceClock({ ONEWINDOW_CLOCK_OFFSET_FILE: file }).now()).toThrow(/whole milliseconds/);
  });
});
