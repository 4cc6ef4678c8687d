import { countdownOf } from './countdown';

describe('deadline countdown', () => {
  it('counts calendar days left, due today and overdue', () => {
    expect(countdownOf('2026-03-10', '2026-03-05')).toEqual({ state: 'left', days: 5 });
    expect(countdownOf('2026-03-05', '2026-03-05')).toEqual({ state: 'today' });
    expect(countdownOf('2026-02-27', '2026-03-02')).toEqual({ state: 'overdue', days: 3 });
  });

  it('shows nothing for a date it cannot read', () => {
    expect(countdownOf('', '2026-03-05')).toBeUndefined();
    expect(countdownOf('2026-02-30', '2026-03-05')).toBeUndefined();
  });
});
