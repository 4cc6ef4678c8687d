import { decideChallenge, fileChallenge } from '../../domain';
import { caseDocumentOf } from './case-documents';
import { ARBITRATOR, ProceedingsCase } from './testing/proceedings-case.fixture';

// 组庭通知书 (劳动争议调解仲裁法 Arts. 31–33): to both parties, the tribunal's members and roles — a sole
// arbitrator only under the simple procedure — and the right to challenge (回避) on the four grounds of
// Art. 33, raised before the hearing or, for a ground learned later, before the debate ends (办案规则 Art. 11).

describe('the tribunal notice names the members and the right to challenge', () => {
  const noticeOf = (c: ProceedingsCase) => caseDocumentOf(c.record, c.issued('TRIBUNAL_NOTICE').at(-1)!);

  it('names the presiding arbitrator and the two others, to both parties, with the four grounds and the time to challenge', async () => {
    const c = await (await new ProceedingsCase().accept()).composeThree('2026-03-13');
    const notice = noticeOf(c);
    expect(notice.title).toBe('组庭通知书');
    expect(notice.number).toBe('421303-仲庭-2026-000001');
    expect(notice.date).toBe('2026-03-13');
    expect(notice.addressee).toBe('申请人李明、被申请人随州测试机械制造有限公司');
    expect(notice.paragraphs).toEqual(
      expect.arrayContaining(['首席仲裁员：王仲裁', '仲裁员：李仲裁', '仲裁员：赵仲裁']),
    );
    const body = notice.paragraphs.join('\n');
    expect(body).not.toContain('简易程序');
    expect(body).toContain('有权以口头或者书面方式提出回避申请（《劳动争议调解仲裁法》第三十三条）');
    expect(body).toContain('（一）是本案当事人或者当事人、代理人的近亲属；');
    expect(body).toContain('（四）私自会见当事人、代理人，或者接受当事人、代理人的请客送礼。');
    expect(body).toContain('在案件开庭审理前提出；回避事由在开庭审理后知道的，也可以在庭审辩论终结前提出');
    expect(body).toContain('三日内作出是否回避的决定');
  });

  it('names the sole arbitrator and the simple procedure when the commission applied it', async () => {
    const c = await new ProceedingsCase().accept();
    await c.tribunal.compose(ARBITRATOR, c.caseId, {
      form: 'SOLE_ARBITRATOR',
      arbitrators: [{ arbitratorId: 'arb-zhou', name: '周仲裁', role: 'SOLE' }],
      composedOn: '2026-03-11',
      factsClear: true,
      bothPartiesAgree: false,
      notifiedOn: '2026-03-11',
    });
    const body = noticeOf(c).paragraphs.join('\n');
    expect(body).toContain(
      '本案适用简易程序，由独任仲裁员审理（《劳动争议调解仲裁法》第三十一条；《劳动人事争议仲裁办案规则》第五十六条）',
    );
    expect(body).toContain('独任仲裁员：周仲裁');
    expect(body).not.toContain('首席仲裁员');
  });

  it('still names the seats it was issued with after a granted challenge replaced one of them', async () => {
    const c = await (await new ProceedingsCase().accept()).composeThree('2026-03-13');
    const before = noticeOf(c);
    const challenged = fileChallenge(c.record.tribunal!, {
      arbitratorId: 'arb-li',
      party: 'EMPLOYER',
      ground: 'INTERESTED_IN_THE_CASE',
      reason: '李仲裁与申请人系同村邻居',
      filedOn: '2026-03-16',
      stage: 'BEFORE_HEARING',
    });
    const replaced = decideChallenge(challenged, {
      challengeIndex: 0,
      decision: 'GRANTED',
      decidedBy: 'COMMISSION_CHAIR',
      decidedOn: '2026-03-17',
      reason: '回避事由成立',
      replacement: { arbitratorId: 'arb-sun', name: '孙仲裁' },
    });
    c.cases.cases.set(c.caseId, { ...c.record, tribunal: replaced });
    expect(c.record.tribunal!.arbitrators.map((seat) => seat.name)).toContain('孙仲裁');
    expect(noticeOf(c)).toEqual(before);
  });
});
