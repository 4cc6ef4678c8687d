import { chinaTimeOf, maskMobile, noticeRecordOf, sessionNoticeText } from './session-notice';
import { plannedNotices } from './session-notice-sender';

describe('the 调解会议通知 by SMS', () => {
  it('says the matter, the time in China and the place of an on-site session', () => {
    expect(
      sessionNoticeText({
        matterNumber: '421303-2026-000042',
        startsAt: '2026-03-10T01:30:00Z',
        venue: { mode: 'ON_SITE', place: '曾都区劳动保障维权中心调解室' },
      }),
    ).toBe(
      '【随州市劳动保障维权中心】您的劳动争议调解（事项 421303-2026-000042）定于 2026年3月10日 09:30 ' +
        '在曾都区劳动保障维权中心调解室进行，请准时参加。',
    );
  });

  it('gives the meeting link of an online session', () => {
    expect(
      sessionNoticeText({
        matterNumber: '421303-2026-000042',
        startsAt: '2026-03-10T14:00:00+08:00',
        venue: { mode: 'ONLINE', meetingLink: 'https://meeting.example.cn/j/123456' },
      }),
    ).toBe(
      '【随州市劳动保障维权中心】您的劳动争议调解（事项 421303-2026-000042）定于 2026年3月10日 14:00 ' +
        '在线上会议（线上会议链接 https://meeting.example.cn/j/123456）进行，请准时参加。',
    );
  });

  it('reads the instant in China time across midnight and the year end', () => {
    expect(chinaTimeOf('2026-12-31T16:05:00Z')).toBe('2027年1月1日 00:05');
    expect(chinaTimeOf('2026-03-10T09:30:00+08:00')).toBe('2026年3月10日 09:30');
  });

  it('keeps only the masked number for mediation and the logs', () => {
    expect(maskMobile('13912344321')).toBe('139****4321');
    expect(noticeRecordOf({ party: 'EMPLOYER', shownAs: maskMobile('13912344321') })).toBe('用人单位 短信 139****4321');
    expect(noticeRecordOf({ party: 'WORKER', shownAs: '138****5678' })).toBe('劳动者 短信 138****5678');
  });

  it("texts the worker's mobile on record and the employer's contact when given, a landline not at all", () => {
    expect(plannedNotices('138****5678', '13912344321')).toEqual([
      { party: 'WORKER', shownAs: '138****5678' },
      { party: 'EMPLOYER', shownAs: '139****4321' },
    ]);
    expect(plannedNotices('138****5678')).toEqual([{ party: 'WORKER', shownAs: '138****5678' }]);
    expect(plannedNotices('0722-***2345', '13912344321')).toEqual([{ party: 'EMPLOYER', shownAs: '139****4321' }]);
    expect(JSON.stringify(plannedNotices('138****5678', '13912344321'))).not.toContain('13912344321');
  });
});
