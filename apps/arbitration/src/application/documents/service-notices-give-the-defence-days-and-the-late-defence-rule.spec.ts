import { caseDocumentOf } from './case-documents';
import { ProceedingsCase } from './testing/proceedings-case.fixture';

// 送达 and 答辩 (劳动争议调解仲裁法 Art. 30): the 应诉通知书 goes to the respondent with the application copy
// and gives it ten days from receipt for the defence, with the last day as computed then; the 答辩通知书
// goes to the applicant with the defence copy, saying whether it came in time — a late one does not stop
// the case, and neither does none.

describe('the notices of service and defence', () => {
  it('tells the respondent the copy served, by what means, the ten days and their last day, and that none stops nothing', async () => {
    const c = await (await new ProceedingsCase().accept()).serveByPost('2026-03-12');
    const notice = caseDocumentOf(c.record, c.issued('APPLICATION_COPY_NOTICE')[0]!);
    expect(notice.title).toBe('仲裁申请书副本送达通知书');
    expect(notice.addressee).toBe('随州测试机械制造有限公司');
    expect(notice.date).toBe('2026-03-12');
    const body = notice.paragraphs.join('\n');
    expect(body).toContain('申请人李明与你单位劳动争议一案，本院已于二〇二六年三月十日受理');
    expect(body).toContain('以邮寄方式（邮件号EMS1234567890CN），于二〇二六年三月十二日送达你单位');
    expect(body).toContain('应当自收到仲裁申请书副本之日起十日内向本院提交答辩书（《劳动争议调解仲裁法》第三十条');
    // Ten working days after Thursday 12 March.
    expect(c.record.applicationCopyService!.defenceDue.dueOn).toBe('2026-03-26');
    expect(body).toContain('被申请人提交答辩书（收到仲裁申请书副本后十日内）：二〇二六年三月二十六日前（依据：');
    expect(body).toContain('你单位未提交答辩书或者逾期提交的，不影响仲裁程序的进行');
  });

  it('tells the applicant a defence in time came in time, and its copy is enclosed', async () => {
    const c = await (await (await new ProceedingsCase().accept()).serveByPost('2026-03-12')).defend('2026-03-20');
    const notice = caseDocumentOf(c.record, c.issued('DEFENCE_NOTICE')[0]!);
    expect(notice.addressee).toBe('李明');
    const body = notice.paragraphs.join('\n');
    expect(body).toContain(
      '被申请人于二〇二六年三月二十日向本院提交了答辩书，在答辩期限（二〇二六年三月二十六日届满）内',
    );
    expect(body).toContain('现将答辩书副本随本通知书送达你');
    expect(body).not.toContain('逾期');
  });

  it('tells the applicant a late defence was late and does not stop the case', async () => {
    const c = await (await (await new ProceedingsCase().accept()).serveByPost('2026-03-12')).defend('2026-03-30');
    expect(c.record.defence!.late).toBe(true);
    const body = caseDocumentOf(c.record, c.issued('DEFENCE_NOTICE')[0]!).paragraphs.join('\n');
    expect(body).toContain('已超过答辩期限（二〇二六年三月二十六日届满）');
    expect(body).toContain('被申请人逾期提交答辩书，不影响仲裁程序的进行（《劳动争议调解仲裁法》第三十条）');
  });
});
