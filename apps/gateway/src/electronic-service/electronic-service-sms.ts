import { chinaMinuteOf } from '@onewindow/calendar';

/** The masked form of a mobile (138****5678), the only one that may reach a log or an answer. */
export const maskedMobile = (mobile: string) =>
  /^1\d{10}$/.test(mobile) ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : '*'.repeat(mobile.length);

/**
 * The 电子送达 SMS (民事诉讼法 Art. 90): the link to the copy and the one-time code that confirms receipt. The code is
 * in this text and nowhere else the gateway keeps or answers.
 */
export function electronicServiceText(notice: { matterNumber: string; link: string; code: string; expiresAt: string }) {
  return (
    `【随州市劳动保障维权中心】事项 ${notice.matterNumber} 的仲裁申请书副本已向贵单位电子送达。` +
    `请于 ${chinaMinuteOf(new Date(notice.expiresAt))} 前打开 ${notice.link} ，输入送达验证码 ${notice.code} 确认收悉；` +
    '确认后即为送达，答辩期自送达之日起计算。'
  );
}
