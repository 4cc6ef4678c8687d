import { mediationPeriod, scheduleSession } from './index';

const period = mediationPeriod({ countyCode: '421381', receivedOn: '2026-03-02' });
const now = new Date('2026-03-05T02:00:00Z');
const at = (meetingLink: string) => () =>
  scheduleSession(
    { countyCode: '421381', startsAt: '2026-03-10T14:00:00+08:00', venue: { mode: 'ONLINE', meetingLink } },
    { now, period },
  );

describe('online sessions (在线调解, seed 五(三)): the link is recorded, the video stays on the platform', () => {
  it('records an https meeting link', () => {
    expect(at('https://meeting.tencent.com/dm/abc123')().venue).toEqual({
      mode: 'ONLINE',
      meetingLink: 'https://meeting.tencent.com/dm/abc123',
    });
  });

  it.each([
    ['http://meeting.example.cn/abc', 'plain http'],
    ['javascript:alert(1)', 'a script'],
    ['meeting.example.cn/abc', 'no scheme'],
    ['https://user:secret@meeting.example.cn/abc', 'credentials in the link'],
    [`https://meeting.example.cn/${'a'.repeat(600)}`, 'too long'],
  ])('refuses %s (%s)', (link) => {
    expect(at(link)).toThrow(expect.objectContaining({ field: 'venue.meetingLink' }));
  });
});
