import { caseDocumentOf } from './case-documents';
import { ProceedingsCase } from './testing/proceedings-case.fixture';

// 开庭通知书 (劳动争议调解仲裁法 Arts. 35–36): to both parties, the date, time and place — the room, or the
// link of an online hearing — served at least five (working) days ahead; a party may ask to postpone up to
// three days before; the applicant absent without good reason may be treated as withdrawn, the respondent
// decided in absence. One notice per hearing, each about its own.

describe('the hearing notice names the place and the consequence of absence', () => {
  let c: ProceedingsCase;
  const noticeOf = (i: number) => caseDocumentOf(c.record, c.issued('HEARING_NOTICE')[i]!);

  beforeAll(async () => {
    c = await (await (await new ProceedingsCase().accept()).composeThree()).scheduleHearing('2026-03-24', '2026-03-13');
    await c.scheduleHearing('2026-04-07', '2026-03-25', 'https://meeting.example.cn/r/123456');
  });

  it('names the day, the hours and the commission’s room, dated the day it is served on both parties', () => {
    const notice = noticeOf(0);
    expect(notice.title).toBe('开庭通知书');
    expect(notice.number).toBe('421303-仲开-2026-000001');
    expect(notice.date).toBe('2026-03-13');
    expect(notice.addressee).toBe('申请人李明、被申请人随州测试机械制造有限公司');
    const body = notice.paragraphs.join('\n');
    expect(body).toContain(
      '申请人李明与被申请人随州测试机械制造有限公司劳动争议一案，本院定于二〇二六年三月二十四日（星期二）9时00分至11时30分在本院第一仲裁庭开庭审理。',
    );
    expect(body).toContain('本院于二〇二六年三月十三日将本通知书送达双方当事人');
    expect(body).toContain('《劳动争议调解仲裁法》第三十五条');
    expect(body).not.toContain('https://');
  });

  it('says until when a postponement may be asked for, and what absence without good reason leads to', () => {
    const body = noticeOf(0).paragraphs.join('\n');
    // Three working days before Tuesday 24 March: Thursday 19 March.
    expect(c.record.hearings![0]!.lastPostponementRequestDay).toBe('2026-03-19');
    expect(body).toContain('可以在开庭三日前请求延期开庭，最迟于二〇二六年三月十九日提出；是否延期，由本院决定');
    expect(body).toContain('申请人收到本通知书，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以视为撤回仲裁申请');
    expect(body).toContain(
      '被申请人收到本通知书，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以缺席裁决（《劳动争议调解仲裁法》第三十六条）',
    );
  });

  it('gives the link of an online hearing on its own notice, and leaves the first notice as it was', () => {
    const online = noticeOf(1).paragraphs.join('\n');
    expect(noticeOf(1).number).toBe('421303-仲开-2026-000002');
    expect(online).toContain('本院定于二〇二六年四月七日（星期二）9时00分至11时30分在线开庭审理');
    expect(noticeOf(1).paragraphs).toContain('在线庭审链接：https://meeting.example.cn/r/123456');
    expect(online).toContain('参加在线庭审');
    expect(online).not.toContain('第一仲裁庭');
    expect(noticeOf(0).paragraphs.join('\n')).toContain('第一仲裁庭');
  });
});
