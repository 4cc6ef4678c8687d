import { guardHolds } from './update-where';

describe('a guarded update reads its guard as MongoDB reads the filter', () => {
  const matter = { _id: 'm1', version: 3, timeline: [{ eventId: 'e1' }, { eventId: 'e2' }] };

  it('holds on an equal version and fails on another', () => {
    expect(guardHolds(matter, { version: 3 })).toBe(true);
    expect(guardHolds(matter, { version: 2 })).toBe(false);
  });

  it('reads $ne through an array: no element may equal the value', () => {
    expect(guardHolds(matter, { 'timeline.eventId': { $ne: 'e3' } })).toBe(true);
    expect(guardHolds(matter, { 'timeline.eventId': { $ne: 'e2' } })).toBe(false);
  });

  it('reads $exists: a rated matter is not rated again', () => {
    expect(guardHolds(matter, { satisfaction: { $exists: false } })).toBe(true);
    expect(guardHolds({ ...matter, satisfaction: { score: 5 } }, { satisfaction: { $exists: false } })).toBe(false);
  });

  it('refuses an operator it does not know instead of guessing', () => {
    expect(() => guardHolds(matter, { version: { $gt: 1 } })).toThrow('unsupported condition on version');
  });
});
