import { matterContent, TODAY } from './matter-content.fixture';
import type { Employment } from './matter-content';
import { validateMatterContent } from './matter-content.validator';

const withEmployment = (employment: Employment) => validateMatterContent(matterContent({ employment }), TODAY);

describe('employment dates', () => {
  it('rejects an end date before the start date', () => {
    expect(withEmployment({ startDate: '2025-06-01', endDate: '2025-05-31', stillEmployed: false })).toEqual([
      { field: 'employment.endDate', description: '2025-05-31 is before the start date 2025-06-01' },
    ]);
  });

  it('rejects start and end dates in the future', () => {
    expect(withEmployment({ startDate: '2026-04-01', endDate: '2026-05-01', stillEmployed: false })).toEqual([
      { field: 'employment.startDate', description: '2026-04-01 is in the future (today is 2026-03-15)' },
      { field: 'employment.endDate', description: '2026-05-01 is in the future (today is 2026-03-15)' },
    ]);
  });

  it('accepts a job that started and ended today', () => {
    expect(withEmployment({ startDate: TODAY, endDate: TODAY, stillEmployed: false })).toEqual([]);
  });

  it('rejects an end date while the worker is still employed', () => {
    expect(withEmployment({ startDate: '2024-03-01', endDate: '2025-12-31', stillEmployed: true })).toEqual([
      { field: 'employment.endDate', description: 'must be empty while stillEmployed is true' },
    ]);
  });

  it('requires an end date once the worker has left', () => {
    expect(withEmployment({ startDate: '2024-03-01', stillEmployed: false })).toEqual([
      { field: 'employment.endDate', description: 'is required when stillEmployed is false' },
    ]);
  });

  it('names the impossible date and why', () => {
    expect(withEmployment({ startDate: '2025-02-29', endDate: '2025-12-31', stillEmployed: false })).toEqual([
      { field: 'employment.startDate', description: expect.stringContaining('month 2 of 2025 has 28 days') },
    ]);
  });

  it('requires a start date for anything but a consultation', () => {
    expect(withEmployment({ startDate: '', stillEmployed: true })).toEqual([
      { field: 'employment.startDate', description: 'is required' },
    ]);
  });
});
