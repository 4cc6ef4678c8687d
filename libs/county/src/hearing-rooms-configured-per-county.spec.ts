import { hearingRoomsOf, listCounties, UnknownCountyError } from './index';

describe('each county’s hearing rooms come from configuration', () => {
  it.each(listCounties().map((county) => county.code))('county %s has rooms with distinct ids and names', (code) => {
    const rooms = hearingRoomsOf(code);
    expect(rooms.length).toBeGreaterThan(0);
    expect(new Set(rooms.map((room) => room.roomId)).size).toBe(rooms.length);
    rooms.forEach((room) => expect(room.name.length).toBeGreaterThanOrEqual(2));
  });

  it('gives the demo rooms of 曾都区 by id and name', () => {
    expect(hearingRoomsOf('421303')).toEqual([
      { roomId: 'room-1', name: '第一仲裁庭' },
      { roomId: 'room-2', name: '第二仲裁庭' },
    ]);
  });

  it('refuses a county OneWindow does not serve', () => {
    expect(() => hearingRoomsOf('110101')).toThrow(UnknownCountyError);
  });
});
