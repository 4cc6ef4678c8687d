// Test data for the intake domain. Check characters are computed here from the standards' formulas
// (written differently from the production tables), so a fixture never rests on a made-up number.
import type { MatterContent } from './matter-content';

export const TODAY = '2026-03-15';

/** GB 11643-1999: check = (12 − Σ dᵢ·2^(17−i) mod 11) mod 11, with 10 written 'X'. */
export function identityNumberFor(regionCode: string, birthDate: string, sequence: string): string {
  const body = `${regionCode}${birthDate.replaceAll('-', '')}${sequence}`;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(body[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return body + (check === 10 ? 'X' : String(check));
}

/** GB 32100-2015: check = 31 − Σ cᵢ·3^i mod 31 (31 written 0), over the 31-character alphabet. */
export function creditCodeFor(first17: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += alphabet.indexOf(first17[i]) * (3 ** i % 31);
  return first17 + alphabet[(31 - (sum % 31)) % 31];
}

/** A complete, well-formed wage-arrears dispute in Zengdu; override what a test is about. */
export function matterContent(overrides: Partial<MatterContent> = {}): MatterContent {
  return {
    countyCode: '421303',
    kind: 'DISPUTE',
    applicant: {
      name: '张建国',
      sex: 'MALE',
      birthDate: '1990-05-17',
      identityNumber: identityNumberFor('421303', '1990-05-17', '123'),
      phone: '13872345678',
      domicile: '湖北省随州市曾都区东城街道舜井大道8号',
      occupation: '钢筋工',
    },
    employer: {
      name: '随州市某建筑劳务有限公司',
      unifiedSocialCreditCode: creditCodeFor('91421303MA4F1234X'),
      address: '湖北省随州市曾都区交通大道100号',
      legalRepresentative: '李某',
    },
    employment: { startDate: '2024-03-01', endDate: '2025-12-31', stillEmployed: false },
    claims: [{ category: 'WAGES', amountFen: 3_600_000, description: '拖欠2025年9月至12月工资' }],
    factsAndReasons: '申请人在被申请人处从事钢筋工工作，被申请人拖欠工资至今未付。',
    evidence: [{ description: '考勤记录', source: '申请人保存' }],
    witnesses: [{ name: '王某', contact: '13912345678', statement: '同班组工友，可证明出勤情况' }],
    workerCount: 1,
    commonClaim: false,
    consentToMediationFirst: true,
    channel: 'WINDOW',
    migrantWorker: true,
    declaresFinancialHardship: false,
    priorHandling: [],
    ...overrides,
  };
}
