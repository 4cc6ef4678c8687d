// The three documents of a mediation — 调解建议书, 调解协议书, 调解终止通知书 — built from a case view and an
// agreement the domain sealed, rendered as PDF and read back as a viewer reads them (pdf.js in a child
// process, as arbitration's documents are): what each says must be what the case holds.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficialDocument } from '@onewindow/documents';
import {
  mediationAgreementDocument,
  mediationDocumentFileName,
  mediationFailureNotice,
  recommendationLetter,
  renderMediationDocument,
  renminbi,
  type MediationDocumentCase,
} from '../src/application/documents/mediation-documents';
import {
  draftAgreement,
  InvalidMediationInputError,
  MediationPreconditionError,
  mediationPeriod,
  signAgreement,
  type AgreementDraftInput,
  type MediationAgreement,
} from '../src/domain';

const ROOT = join(__dirname, '../../..');
const OUT = join(ROOT, 'test-output/documents');
const INSPECT = join(ROOT, 'libs/documents/src/testing/inspect-pdf.mjs');

const COUNTY = '421303';
const MATTER = '421303-2026-000001';
const WORKER_ID = `worker:${MATTER}`;
const EMPLOYER_ID = 'employer:91421300MA4TEST01X';
const MEDIATOR_ID = 'staff-li';
const RECEIVED_ON = '2026-03-02';

const theCase: MediationDocumentCase = {
  caseId: 'mediation-case-1',
  countyCode: COUNTY,
  matterNumber: MATTER,
  workerName: '张三',
  employerName: '随州市某某建筑有限公司',
  claims: [
    { category: 'WAGES', description: '支付2026年1月至2月拖欠的工资', amountFen: 1_234_567 },
    { category: 'SEVERANCE', description: '支付解除劳动合同的经济补偿。', amountFen: 500_000 },
  ],
  receivedOn: RECEIVED_ON,
  // Fifteen days from receipt, counted by the one calendar (Art. 14 para 3).
  periodDueOn: mediationPeriod({ countyCode: COUNTY, receivedOn: RECEIVED_ON }).dueOn,
  mediators: [
    { name: '李调解', kind: 'HRSS_MEDIATOR' },
    { name: '王工会', kind: 'TRADE_UNION_MEDIATOR' },
  ],
};

const draftOf = (overrides: Partial<AgreementDraftInput> = {}): MediationAgreement =>
  draftAgreement({
    countyCode: COUNTY,
    agreedOn: '2026-03-10',
    worker: { partyId: WORKER_ID, name: '张三' },
    employer: { partyId: EMPLOYER_ID, name: '随州市某某建筑有限公司' },
    mediatorIds: [MEDIATOR_ID, 'staff-wang'],
    claims: theCase.claims.map(({ category, amountFen }) => ({ category, amountFen })),
    settledClaims: [
      { claimIndex: 0, amountFen: 1_234_567 },
      { claimIndex: 1, amountFen: 520_000, reasonAboveClaim: '含逾期支付经济补偿的利息200元' },
    ],
    instalments: [
      { dueOn: '2026-04-20', amountFen: 754_567 },
      { dueOn: '2026-03-20', amountFen: 1_000_000 },
    ],
    otherTerms:
      '乙方于2026年3月20日前为甲方出具解除劳动合同的证明，并将款项转入甲方尾号为6222021234567890123的银行账户',
    ...overrides,
  });

// The worker confirms online late in the evening of 10 March UTC, which is already 11 March in China.
const signedByTheParties = (agreement: MediationAgreement) =>
  signAgreement(
    signAgreement(agreement, {
      signerId: WORKER_ID,
      signedAt: '2026-03-10T16:30:00Z',
      method: 'ONLINE_ONE_TIME_CODE',
      oneTimeCodeVerified: true,
    }),
    { signerId: EMPLOYER_ID, signedAt: '2026-03-10T10:00:00+08:00', method: 'IN_PERSON' },
  );
const sealed = (agreement: MediationAgreement) =>
  signAgreement(signedByTheParties(agreement), {
    signerId: MEDIATOR_ID,
    signedAt: '2026-03-11T09:30:00+08:00',
    method: 'IN_PERSON',
  });

const agreement = sealed(draftOf());
const recommendationOf = (c: MediationDocumentCase = theCase) =>
  recommendationLetter(c, {
    number: '421303-调建-2026-000001',
    issuedOn: RECEIVED_ON,
    routingReason:
      '争议额度小（每项请求不超过当地月最低工资标准的十二倍）、当事人同意先行调解，出具《调解建议书》，由人社+工会+法院调解力量就地调解',
  });
const agreementOf = (
  a: MediationAgreement = agreement,
  signerNames: Record<string, string> = { [MEDIATOR_ID]: '李调解' },
) => mediationAgreementDocument(theCase, { number: '421303-调协-2026-000001', agreement: a, signerNames });
const failureOf = (reason = '自收到调解申请之日起十五日内未达成调解协议', c: MediationDocumentCase = theCase) =>
  mediationFailureNotice(c, {
    number: '421303-调终-2026-000001',
    issuedOn: '2026-03-18',
    reason,
    citation: '《劳动争议调解仲裁法》第十四条第三款',
  });

interface Inspected {
  file: string;
  pages: string[];
  fonts: { name: string; embedded: boolean }[];
}

/** The error `act` throws, to assert on its class, field and description; fails the test if none. */
function errorOf(act: () => unknown): Error & { field?: string; description?: string } {
  try {
    act();
  } catch (error) {
    return error as Error & { field?: string; description?: string };
  }
  throw new Error('expected an error, but none was thrown');
}

describe('the documents of a mediation case, as PDF', () => {
  const samples: Record<string, OfficialDocument> = {
    'mediation-agreement': agreementOf(),
    'mediation-recommendation': recommendationOf(),
    'mediation-failure-notice': failureOf(),
  };
  const files = new Map<string, string>();
  const pdfs = new Map<string, Buffer>();
  let read: Map<string, Inspected>;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    for (const [name, document] of Object.entries(samples)) {
      const pdf = await renderMediationDocument(document);
      const file = join(OUT, `${name}.pdf`);
      writeFileSync(file, pdf);
      files.set(name, file);
      pdfs.set(name, pdf);
    }
    // The first file (the agreement) is also drawn as a PNG of its first page.
    const output = execFileSync(
      process.execPath,
      [INSPECT, '--png', join(OUT, 'mediation-agreement.png'), ...files.values()],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
    read = new Map((JSON.parse(output.toString()) as Inspected[]).map((found) => [found.file, found]));
  }, 30_000);

  // Page numbers (— 1 —) sit between one page's text and the next; pdf.js puts a space between text drawn
  // apart (a table's cells) and a wrapped line loses the space it broke at, so spaces are compared away.
  const rawTextOf = (name: string) =>
    read
      .get(files.get(name)!)!
      .pages.map((page) => page.replace(/— \d+ —$/u, ''))
      .join('');
  const textOf = (name: string) => rawTextOf(name).replace(/\s+/gu, '');

  it('prints amounts from integer fen as 人民币 12,345.67 元, and refuses anything but whole fen', () => {
    expect(renminbi(1_234_567)).toBe('人民币\u00a012,345.67\u00a0元');
    expect(renminbi(0)).toBe('人民币\u00a00.00\u00a0元');
    expect(renminbi(5)).toBe('人民币\u00a00.05\u00a0元');
    expect(renminbi(10_000_000_000)).toBe('人民币\u00a0100,000,000.00\u00a0元');
    expect(errorOf(() => renminbi(12.5))).toBeInstanceOf(InvalidMediationInputError);
    expect(errorOf(() => renminbi(-1)).message).toMatch(/whole number of fen/);
  });

  it('recommends mediation first to both parties: voluntary, the claims, the 15-day period and how to answer', () => {
    const text = textOf('mediation-recommendation');
    expect(text).toContain('随州市曾都区“一站式”劳动保障维权中心421303-调建-2026-000001调解建议书');
    expect(text).toContain('张三、随州市某某建筑有限公司：');
    expect(text).toContain('二〇二六年三月二日，本中心收到劳动者张三与用人单位随州市某某建筑有限公司劳动争议一事');
    expect(text).toContain('经分流审查，争议额度小（每项请求不超过当地月最低工资标准的十二倍）、当事人同意先行调解');
    expect(text).toContain('随人社函〔2023〕36号）五（一）3“坚持调解优先”，本中心建议双方当事人先行调解。');
    expect(text).toContain('一、支付2026年1月至2月拖欠的工资（人民币12,345.67元）');
    expect(text).toContain('二、支付解除劳动合同的经济补偿（人民币5,000.00元）');
    expect(text).toContain('调解遵循自愿原则');
    expect(text).toContain('（《劳动争议调解仲裁法》第五条；《人民调解法》第三条）');
    expect(theCase.periodDueOn).toBe('2026-03-17');
    expect(text).toContain(
      '调解期限为自本中心收到调解申请之日起十五日，最后一日为二〇二六年三月十七日；' +
        '期满未达成调解协议的，任何一方当事人均可以依法申请仲裁（《劳动争议调解仲裁法》第十四条第三款）',
    );
    expect(text).toContain('答复本中心是否同意调解，并注明事项编号421303-2026-000001');
    expect(text).toContain('同意调解的，本中心将指定调解员');
    expect(text).toContain('不同意调解的，可以依法申请仲裁');
    expect(text).toContain('特此建议。');
    expect(text).toContain('二〇二六年三月二日（印章）');
    // The amount keeps its spaces on one line (no-break spaces).
    expect(rawTextOf('mediation-recommendation')).toMatch(/人民币\s12,345\.67\s元/u);
  });

  it('writes the sealed agreement: parties, mediators, claims, settlement, schedule, effect, remedies and signatures', () => {
    const text = textOf('mediation-agreement');
    // No addressee: the parties follow the title.
    expect(text).toContain(
      '421303-调协-2026-000001调解协议书劳动者（甲方）：张三用人单位（乙方）：随州市某某建筑有限公司',
    );
    expect(text).toContain('调解员：李调解（人社调解员）、王工会（工会调解员）');
    expect(text).toContain('事项编号：421303-2026-000001');
    expect(text).toContain('本中心于二〇二六年三月二日收到调解申请');
    expect(text).toContain(
      '一、支付2026年1月至2月拖欠的工资（人民币12,345.67元）二、支付解除劳动合同的经济补偿（人民币5,000.00元）',
    );
    expect(text).toContain('于二〇二六年三月十日达成如下协议');
    expect(text).toContain('一、关于第一项请求（支付2026年1月至2月拖欠的工资），乙方向甲方支付人民币12,345.67元。');
    expect(text).toContain(
      '二、关于第二项请求（支付解除劳动合同的经济补偿），乙方向甲方支付人民币5,200.00元，高于请求数额人民币5,000.00元，理由：含逾期支付经济补偿的利息200元。',
    );
    // The schedule in date order, summing to the total.
    expect(agreement.totalFen).toBe(1_754_567);
    expect(text).toContain(
      '上述款项合计人民币17,545.67元，由乙方按下列期限向甲方支付：' +
        '（一）二〇二六年三月二十日前（含当日）支付人民币10,000.00元；' +
        '（二）二〇二六年四月二十日前（含当日）支付人民币7,545.67元。',
    );
    expect(text).toContain('其他约定：乙方于2026年3月20日前为甲方出具解除劳动合同的证明');
    expect(text).toContain(
      '经调解员签名并加盖调解组织印章后生效，对双方当事人具有约束力，当事人应当履行（《劳动争议调解仲裁法》第十四条第二款）',
    );
    expect(agreement.effectiveOn).toBe('2026-03-11');
    expect(text).toContain('本协议书于二〇二六年三月十一日生效');
    expect(text).toContain('另一方当事人可以依法申请仲裁（《劳动争议调解仲裁法》第十五条）');
    expect(text).toContain('劳动者可以持本调解协议书依法向人民法院申请支付令（《劳动争议调解仲裁法》第十六条）');
    expect(text).toContain('自本协议书生效之日起三十日内共同向人民法院申请司法确认（《人民调解法》第三十三条');
    // The signatures: role, name, time in China time, method; the worker's evening UTC is the next day in China.
    expect(text).toContain('签署人姓名（名称）签名时间（北京时间）签名方式');
    expect(text).toContain('劳动者张三2026年3月11日00:30线上一次性验证码确认');
    expect(text).toContain('用人单位随州市某某建筑有限公司2026年3月10日10:00当面签名');
    expect(text).toContain('调解员李调解2026年3月11日09:30当面签名');
    expect(text.indexOf('二〇二六年三月十一日（印章）')).toBeGreaterThan(text.indexOf('调解员李调解'));
  });

  it('tells the worker in writing that mediation ended, why, that arbitration has it, and the one-year limit', () => {
    const text = textOf('mediation-failure-notice');
    expect(text).toContain('421303-调终-2026-000001调解终止通知书张三：');
    expect(text).toContain(
      '你与随州市某某建筑有限公司劳动争议一事（事项编号：421303-2026-000001），本中心于二〇二六年三月二日收到调解申请',
    );
    expect(text).toContain('本中心决定终止调解');
    expect(text).toContain(
      '终止调解的原因：自收到调解申请之日起十五日内未达成调解协议（依据：《劳动争议调解仲裁法》第十四条第三款）。',
    );
    expect(text).toContain('本中心已将本事项转交随州市曾都区劳动人事争议仲裁院依法处理');
    expect(text).toContain('你可以依法向劳动人事争议仲裁委员会申请仲裁');
    expect(text).toContain('劳动争议申请仲裁的时效期间为一年');
    expect(text).toContain('（《劳动争议调解仲裁法》第二十七条）');
    expect(text).toContain('二〇二六年三月十八日（印章）');
  });

  it('prints names only: no identity or phone number in any document, and embeds its fonts as subsets', () => {
    for (const name of files.keys()) {
      const text = textOf(name);
      expect(text).not.toMatch(/4213\d{13}[\dX]/u);
      expect(text).not.toMatch(/1[3-9]\d{9}(?!\d)/u);
      const found = read.get(files.get(name)!)!;
      expect(found.fonts.length).toBeGreaterThan(0);
      expect(found.fonts.every((font) => font.embedded && /^[A-Z]{6}\+NotoSansHans/.test(font.name))).toBe(true);
    }
  });

  it('renders the same bytes every time for the same input', async () => {
    for (const [name, build] of [
      ['mediation-recommendation', () => recommendationOf()],
      ['mediation-agreement', () => agreementOf()],
      ['mediation-failure-notice', () => failureOf()],
    ] as const) {
      const again = await renderMediationDocument(build());
      expect(again.equals(pdfs.get(name)!)).toBe(true);
    }
    expect(mediationDocumentFileName(samples['mediation-agreement']!)).toBe('调解协议书-421303-调协-2026-000001.pdf');
  });

  it('names the payment order only for wages, injury medical costs, severance or damages (Art. 16)', () => {
    const onlyConfirmation: MediationDocumentCase = {
      ...theCase,
      claims: [{ category: 'CONFIRM_LABOR_RELATIONSHIP', description: '确认双方存在劳动关系', amountFen: 0 }],
    };
    const confirmed = sealed(
      draftOf({
        claims: [{ category: 'CONFIRM_LABOR_RELATIONSHIP', amountFen: 0 }],
        settledClaims: [{ claimIndex: 0, amountFen: 0 }],
        instalments: [],
        otherTerms: '双方确认自2025年6月1日起存在劳动关系',
      }),
    );
    const document = mediationAgreementDocument(onlyConfirmation, {
      number: '421303-调协-2026-000002',
      agreement: confirmed,
      signerNames: { [MEDIATOR_ID]: '李调解' },
    });
    const body = document.paragraphs.join('');
    expect(body).not.toContain('支付令');
    expect(body).toContain('乙方无需就该项请求向甲方支付款项。');
    expect(body).toContain('本协议不涉及款项支付。');
    expect(body).toContain('司法确认');
  });

  describe('refuses what it cannot print truthfully, naming the field', () => {
    it('an agreement not yet sealed: both parties and the mediator must have signed (Art. 14)', () => {
      const error = errorOf(() => agreementOf(signedByTheParties(draftOf())));
      expect(error).toBeInstanceOf(MediationPreconditionError);
      expect(error.field).toBe('agreement');
      expect(error.description).toMatch(/not yet in force: both parties and the mediator must sign/);
      expect(errorOf(() => agreementOf(draftOf())).field).toBe('agreement');
    });

    it('an agreement of another case, or a mediator signer without a name', () => {
      const other = sealed(draftOf({ worker: { partyId: WORKER_ID, name: '李四' } }));
      const error = errorOf(() => agreementOf(other));
      expect(error).toBeInstanceOf(InvalidMediationInputError);
      expect(error.field).toBe('agreement.worker.name');
      expect(error.description).toBe("李四 is not the case's worker 张三");
      const unnamed = errorOf(() => agreementOf(agreement, {}));
      expect(unnamed.field).toBe('signerNames.staff-li');
      const elsewhere = errorOf(() =>
        mediationAgreementDocument(
          { ...theCase, mediators: [] },
          { number: '421303-调协-2026-000001', agreement, signerNames: { [MEDIATOR_ID]: '李调解' } },
        ),
      );
      expect(elsewhere.field).toBe('mediators');
    });

    it('a 文号 of another county, a date before the application, a period that does not follow receipt', () => {
      const wrongCounty = errorOf(() =>
        mediationFailureNotice(theCase, {
          number: '421321-调终-2026-000001',
          issuedOn: '2026-03-18',
          reason: '调解不成',
          citation: '《劳动争议调解仲裁法》第十四条第三款',
        }),
      );
      expect(wrongCounty).toBeInstanceOf(InvalidMediationInputError);
      expect(wrongCounty.field).toBe('number');
      expect(wrongCounty.description).toMatch(/not a 文号 of county 421303/);
      const early = errorOf(() =>
        recommendationLetter(theCase, {
          number: '421303-调建-2026-000001',
          issuedOn: '2026-03-01',
          routingReason: '调解优先',
        }),
      );
      expect(early.field).toBe('issuedOn');
      expect(errorOf(() => recommendationOf({ ...theCase, periodDueOn: RECEIVED_ON })).field).toBe('periodDueOn');
      expect(errorOf(() => recommendationOf({ ...theCase, countyCode: '110101' })).field).toBe('countyCode');
      expect(errorOf(() => failureOf(undefined, { ...theCase, workerName: ' ' })).field).toBe('workerName');
    });

    it('an identity or phone number in free text, which a document never prints (a bank account is neither)', () => {
      const phone = errorOf(() =>
        recommendationOf({
          ...theCase,
          claims: [{ category: 'WAGES', description: '支付工资，联系电话13800000000', amountFen: 100 }],
        }),
      );
      expect(phone).toBeInstanceOf(InvalidMediationInputError);
      expect(phone.field).toBe('claims[0].description');
      expect(phone.description).toMatch(/contains a phone number/);
      const landline = errorOf(() => failureOf('用人单位电话0722-3312345无人接听'));
      expect(landline.field).toBe('reason');
      const identity = errorOf(() => failureOf('劳动者身份证号421303198804120018与登记不符'));
      expect(identity.field).toBe('reason');
      expect(identity.description).toMatch(/identity number/);
      // The agreement's other terms name a 19-digit bank account: printed, not mistaken for either.
      expect(agreementOf().paragraphs.join('')).toContain('6222021234567890123');
    });
  });
});
