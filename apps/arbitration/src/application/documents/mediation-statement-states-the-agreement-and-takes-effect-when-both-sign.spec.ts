import { retractMediationStatement, signForMediationStatement } from '../../domain';
import { caseDocumentOf } from './case-documents';
import { caseToItsAward, type ProceedingsCase } from './testing/proceedings-case.fixture';

// 仲裁调解书 (劳动争议调解仲裁法 Art. 42): the claims and what the parties agreed, the amounts adding up in
// fen, the other terms; signed by the arbitrators under the committee's seal; in force once both parties
// have signed for it. What it says does not change as they sign, and one retracted keeps its own text when a
// new one is issued.

describe('the 调解书 states the agreement and takes effect when both parties sign for it', () => {
  let c: ProceedingsCase;
  const statementDocument = (i = 0) => caseDocumentOf(c.record, c.issued('MEDIATION_STATEMENT')[i]!);

  beforeAll(async () => {
    c = await caseToItsAward();
  });

  it('names both parties at its head, every claim, each amount agreed, their exact total and the other terms', () => {
    const document = statementDocument();
    expect(document.title).toBe('仲裁调解书');
    expect(document.number).toBe('421303-仲调-2026-000001');
    expect(document.issuingBody).toBe('随州市曾都区劳动人事争议仲裁委员会');
    expect(document.addressee).toBeUndefined();
    expect(document.paragraphs.slice(0, 2)).toEqual(['申请人：李明', '被申请人：随州测试机械制造有限公司']);
    const body = document.paragraphs.join('\n');
    expect(body).toContain('第三项：确认申请人与被申请人自2023年3月1日起存在劳动关系。');
    expect(body).toContain(
      '一、关于第一项仲裁请求（支付2025年11月至2026年1月拖欠的工资18600元，请求数额18600.00元），被申请人随州测试机械制造有限公司向申请人李明支付15000.00元；',
    );
    expect(body).toContain('被申请人随州测试机械制造有限公司向申请人李明支付10000.50元。');
    expect(body).toContain('上述款项合计25000.50元。');
    expect(c.record.mediationStatement!.totalFen).toBe(2_500_050);
    expect(body).toContain('其他约定：被申请人于2026年3月31日前一次性支付上述款项，并为申请人出具解除劳动合同的证明。');
    expect(body).toContain('经双方当事人签收后，即发生法律效力（《劳动争议调解仲裁法》第四十二条）');
    expect(document.paragraphs.slice(-3)).toEqual(['首席仲裁员：王仲裁', '仲裁员：李仲裁', '仲裁员：赵仲裁']);
  });

  it('reads the same once the parties have signed for it', async () => {
    const before = statementDocument();
    await c.changeStatement((s) =>
      signForMediationStatement(s, { party: 'WORKER', signedAt: '2026-03-26T10:00:00+08:00' }),
    );
    await c.changeStatement((s) =>
      signForMediationStatement(s, { party: 'EMPLOYER', signedAt: '2026-03-26T11:00:00+08:00' }),
    );
    expect(c.record.mediationStatement!.status).toBe('IN_FORCE');
    expect(statementDocument()).toEqual(before);
  });

  it('keeps the text of a retracted one when a new one is issued under the next number', async () => {
    const other = await caseToItsAward();
    const first = caseDocumentOf(other.record, other.issued('MEDIATION_STATEMENT')[0]!);
    await other.changeStatement((s) =>
      retractMediationStatement(s, { party: 'EMPLOYER', at: '2026-03-27T10:00:00+08:00', reason: '反悔' }),
    );
    const retracted = other.record.mediationStatement!;
    await other.mediate({ issuedOn: '2026-04-03', settledClaims: [{ claimIndex: 0, amountFen: 1_860_000 }] });
    other.cases.cases.set(other.caseId, { ...other.record, retractedMediationStatements: [retracted] });
    const [old, renewed] = other.issued('MEDIATION_STATEMENT').map((issued) => caseDocumentOf(other.record, issued));
    expect(old).toEqual(first);
    expect(renewed!.number).toBe('421303-仲调-2026-000002');
    expect(renewed!.paragraphs.join('\n')).toContain('向申请人李明支付18600.00元。');
    expect(renewed!.paragraphs.join('\n')).not.toContain('其他约定');
  });
});

describe('the 先予执行裁决书', () => {
  it('orders the wages paid in advance, to the people’s court for enforcement, without security from the worker', async () => {
    const c = await caseToItsAward();
    const document = caseDocumentOf(c.record, c.issued('ADVANCE_ENFORCEMENT')[0]!);
    expect(document.title).toBe('先予执行裁决书');
    expect(document.number).toBe('421303-仲先-2026-000001');
    const body = document.paragraphs.join('\n');
    expect(body).toContain('申请人李明于二〇二六年三月二十四日向本委申请先予执行');
    expect(body).toContain(
      '一、第一项仲裁请求（支付2025年11月至2026年1月拖欠的工资18600元，请求数额18600.00元）所涉款项18600.00元。',
    );
    expect(body).toContain(
      '本委认为：当事人之间权利义务关系明确，不先予执行将严重影响申请人的生活（第四十四条第二款）。',
    );
    expect(body).toContain('被申请人随州测试机械制造有限公司先行向申请人李明给付上述款项，合计18600.00元。');
    expect(body).toContain(
      '本裁决移送人民法院执行（《劳动争议调解仲裁法》第四十四条第一款）。劳动者申请先予执行的，可以不提供担保',
    );
  });
});
