import { retractMediationStatement } from '../../domain';
import { caseDocumentOf } from './case-documents';
import { AWARD_REASONS, caseToItsAward, MIXED_AWARD, type ProceedingsCase } from './testing/proceedings-case.fixture';

// A MIXED award is written as two 裁决书 (办案规则 Art. 50): the final one names only the final claims, with
// the worker's 15 days to sue (Art. 48) and the employer's 30 days to apply to set it aside (Art. 49); the
// non-final one names only the others, with either party's 15 days to sue (Art. 50). Each states the
// reasons and the result per claim in yuan from fen, adding up exactly, and the arbitrators who sign it.

describe('the two documents of a MIXED award each list only their own claims', () => {
  let c: ProceedingsCase;
  const text = (i: number) => caseDocumentOf(c.record, c.issued('AWARD')[i]!);

  beforeAll(async () => {
    c = await caseToItsAward();
    await c.changeStatement((statement) =>
      retractMediationStatement(statement, {
        party: 'EMPLOYER',
        at: '2026-03-27T10:00:00+08:00',
        reason: '被申请人表示无力一次性支付',
      }),
    );
    await c.award(MIXED_AWARD);
  });

  it('issues the final document first and the non-final second, each under its own number and title', () => {
    const [final, nonFinal] = c.issued('AWARD');
    expect([final, nonFinal].map((d) => [d!.title, d!.number, d!.subject, d!.issuedOn])).toEqual([
      ['仲裁裁决书（终局裁决）', '421303-仲裁-2026-000001', '0:0', '2026-04-10'],
      ['仲裁裁决书（非终局裁决）', '421303-仲裁-2026-000002', '0:1', '2026-04-10'],
    ]);
    expect(c.record.awards![0]!.numbers).toEqual([final!.number, nonFinal!.number]);
  });

  it('names the final claim, its result and the Art. 48 and 49 remedies on the final document, and nothing of the others', () => {
    const document = text(0);
    const body = document.paragraphs.join('\n');
    expect(document.issuingBody).toBe('随州市曾都区劳动人事争议仲裁委员会');
    // Addressed to no one: both parties at its head.
    expect(document.addressee).toBeUndefined();
    expect(document.paragraphs.slice(0, 2)).toEqual(['申请人：李明', '被申请人：随州测试机械制造有限公司']);
    expect(body).toContain('第一项：支付2025年11月至2026年1月拖欠的工资18600元（18600.00元）。');
    expect(body).toContain(AWARD_REASONS[0]);
    expect(body).toContain(
      '一、就申请人的第一项仲裁请求，被申请人随州测试机械制造有限公司向申请人李明支付18600.00元。',
    );
    expect(body).toContain('该项适用终局裁决：裁决数额 18600.00 元不超过当地月最低工资标准十二个月金额 25560.00 元');
    expect(body).toContain('本裁决为终局裁决，自作出之日起发生法律效力（《劳动争议调解仲裁法》第四十七条）。');
    expect(body).toContain('可以自收到本裁决书之日起十五日内向人民法院提起诉讼（《劳动争议调解仲裁法》第四十八条）');
    expect(body).toContain(
      '第四十九条第一款规定情形之一的，可以自收到本裁决书之日起三十日内向本仲裁委员会所在地的中级人民法院申请撤销裁决',
    );
    expect(body).not.toContain('《劳动争议调解仲裁法》第五十条');
    expect(body).not.toContain('经济补偿');
    expect(body).not.toContain(AWARD_REASONS[1]);
    // It says why there are two, and which claims this one decides.
    expect(body).toContain('第一项适用终局裁决，第二项、第三项不适用终局裁决，本委分别制作裁决书');
    expect(body).toContain('以上被申请人应支付的款项合计18600.00元。');
  });

  it('names the non-final claims with the Art. 50 remedy, partly granted with the rest dismissed, the amounts adding up', () => {
    const body = text(1).paragraphs.join('\n');
    expect(body).toContain('第二项：支付解除劳动合同的经济补偿30000元（30000.00元）。');
    expect(body).toContain('第三项：确认申请人与被申请人自2023年3月1日起存在劳动关系。');
    expect(body).not.toContain('第一项：');
    expect(body).toContain(`关于第二项仲裁请求，${AWARD_REASONS[1]}。本委部分予以支持，支持28000.00元。`);
    expect(body).toContain(
      '一、就申请人的第二项仲裁请求，被申请人随州测试机械制造有限公司向申请人李明支付28000.00元，驳回该项请求超出部分（2000.00元）；',
    );
    expect(body).toContain('二、支持申请人的第三项仲裁请求（确认申请人与被申请人自2023年3月1日起存在劳动关系）。');
    expect(body).toContain('以上被申请人应支付的款项合计28000.00元。');
    expect(body).toContain('该项不适用终局裁决：裁决数额 28000.00 元超过当地月最低工资标准十二个月金额 25560.00 元。');
    expect(body).toContain('该项不适用终局裁决：该类请求不属于第四十七条规定的终局裁决事项。');
    expect(body).toContain('本裁决为非终局裁决。');
    expect(body).toContain('期满不起诉的，本裁决书发生法律效力（《劳动争议调解仲裁法》第五十条）');
    expect(body).not.toContain('第四十九条');
    expect(body).not.toContain('第四十八条）');
  });

  it('tells how the case came to the award and who decided it, on both documents', () => {
    for (const i of [0, 1]) {
      const { paragraphs } = text(i);
      const body = paragraphs.join('\n');
      expect(body).toContain(
        '申请人李明与被申请人随州测试机械制造有限公司劳动争议一案，本委于二〇二六年三月十日收到仲裁申请，于二〇二六年三月十日受理，依法组成仲裁庭（首席仲裁员王仲裁，仲裁员李仲裁、赵仲裁），于二〇二六年三月二十四日开庭审理。',
      );
      // The employer went back on the 调解书 before it was served and signed for (Art. 42).
      expect(body).toContain('但调解书送达前被申请人反悔，仲裁庭依法及时作出裁决');
      expect(paragraphs.slice(-3)).toEqual(['首席仲裁员：王仲裁', '仲裁员：李仲裁', '仲裁员：赵仲裁']);
    }
  });

  it('adds the two documents up to the award’s total, exactly in fen', () => {
    const award = c.record.awards![0]!;
    const totals = [0, 1].map((i) => {
      const line = text(i).paragraphs.find((p) => p.startsWith('以上被申请人应支付的款项合计'))!;
      return Number(line.replace(/[^\d]/gu, ''));
    });
    expect(totals).toEqual([1_860_000, 2_800_000]);
    expect(totals[0]! + totals[1]!).toBe(award.totalAwardedFen);
  });
});

describe('a partial award decided in the absence of the respondent', () => {
  it('says it is a partial award, which claims are left, and that the respondent was decided in absence', async () => {
    const c = await caseToItsAward();
    await c.changeStatement((statement) =>
      retractMediationStatement(statement, { party: 'WORKER', at: '2026-03-27T10:00:00+08:00', reason: '反悔' }),
    );
    c.cases.cases.set(c.caseId, {
      ...c.record,
      decidedInAbsence: {
        consequence: 'DECIDED_IN_ABSENCE',
        countyCode: '421303',
        party: 'RESPONDENT',
        hearingOn: '2026-03-24',
        hearingContinues: true,
        reason: '被申请人收到书面开庭通知后，无正当理由拒不到庭（2026-03-24），仲裁庭继续开庭，可以缺席裁决',
        citation: '《劳动争议调解仲裁法》第三十六条',
      },
    });
    await c.award({
      awardedOn: '2026-04-01',
      scope: 'PARTIAL',
      partialBasis: '拖欠工资的事实已经清楚',
      decisions: [MIXED_AWARD.decisions[0]!],
    });
    const body = caseDocumentOf(c.record, c.issued('AWARD')[0]!).paragraphs.join('\n');
    expect(c.record.awards![0]!.inAbsence).toBe(true);
    expect(body).toContain('本裁决为先行裁决：拖欠工资的事实已经清楚。第二项、第三项仲裁请求，本委另行裁决。');
    expect(body).toContain('无正当理由拒不到庭');
    expect(body).toContain('本案依法缺席裁决（《劳动争议调解仲裁法》第三十六条）');
    expect(body).toContain('调解书送达前申请人反悔');
    expect(body).not.toContain('分别制作裁决书');
  });
});
