import { movesForward, needsAttention, type Deadline } from './deadline';

// At-least-once delivery: a projection of deadlines (intake's supervisor alerts) must not bring back a
// warning that a later event ended, whatever order repeats arrive in.
describe('news of a deadline only moves a projection forward', () => {
  it('takes the first news of a deadline and every later state', () => {
    expect(movesForward(undefined, 'RUNNING')).toBe(true);
    expect(movesForward('RUNNING', 'WARNED')).toBe(true);
    expect(movesForward('WARNED', 'BREACHED')).toBe(true);
    expect(movesForward('BREACHED', 'MET')).toBe(true);
    expect(movesForward('RUNNING', 'CANCELLED')).toBe(true);
  });

  it('ignores a repeat, and a warning or breach that arrives after the end', () => {
    expect(movesForward('WARNED', 'WARNED')).toBe(false);
    expect(movesForward('MET', 'WARNED')).toBe(false);
    expect(movesForward('MET', 'BREACHED')).toBe(false);
    expect(movesForward('CANCELLED', 'MET')).toBe(false);
    expect(movesForward('BREACHED', 'WARNED')).toBe(false);
  });

  it('puts warnings and breaches, and nothing else, before the supervisor', () => {
    const states = ['RUNNING', 'WARNED', 'BREACHED', 'MET', 'CANCELLED'] as const;
    expect(states.filter((state) => needsAttention({ state } as Deadline))).toEqual(['WARNED', 'BREACHED']);
  });
});
