// What an application must state (劳动争议调解仲裁法 Art. 28; 办案规则 Art. 29), checked so the
// supplement notice (补正通知书) can list everything missing at once (一次性告知, 办案规则 Art. 29).
//
// Choices:
// - Evidence: at least one item, each with its source. Art. 28(3) lists 证据和证据来源 as content of the
//   application. This is no barrier for a worker whose proof the employer holds: "工资发放记录 — 由用人
//   单位掌握" is a valid item and source (Art. 6 puts that burden on the employer).
// - Witnesses are optional; a witness who is listed needs a name and an address (证人姓名和住所).
// - Identity number and phone are required too (办案规则 Art. 29(1)); the law's list is the minimum.
// - When the employment has ended, its end date is required: it is a fact the claims rest on (Art. 28(2))
//   and the day limitation runs from (Art. 27).
import { hasText } from './application-input.validation';
import { MatterContent } from './matter-content';

export interface MissingItem {
  /** path in the matter content, e.g. 'evidence[0].source' (proto MissingItem.field) */
  readonly field: string;
  /** what is missing, in Chinese, e.g. '第1项证据的来源' (proto MissingItem.description) */
  readonly description: string;
  readonly citation: string;
}

const LAW_28 = '《劳动争议调解仲裁法》第二十八条';
const RULES_29 = '《劳动人事争议仲裁办案规则》第二十九条';
const PARTIES = `${LAW_28}第（一）项`;
const CLAIMS = `${LAW_28}第（二）项`;
const EVIDENCE = `${LAW_28}第（三）项`;
const RULES_WORKER = `${RULES_29}第二款第（一）项`;

export function findMissingItems(content: MatterContent): MissingItem[] {
  const missing: MissingItem[] = [];
  const need = (value: unknown, field: string, description: string, citation: string) => {
    if (!hasText(value, field)) missing.push({ field, description, citation });
  };

  const { applicant, employer, employment } = content;
  need(applicant.name, 'applicant.name', '申请人姓名', PARTIES);
  need(applicant.sex, 'applicant.sex', '申请人性别', PARTIES);
  // Art. 28 asks for the age (年龄), which intake shows in place of the birth date (de-identified); a
  // matter registered before that carries its birth date instead.
  if (!(applicant.age !== undefined && applicant.age > 0) && !hasText(applicant.birthDate, 'applicant.birthDate')) {
    missing.push({ field: 'applicant.age', description: '申请人年龄', citation: PARTIES });
  }
  need(applicant.identityNumber, 'applicant.identityNumber', '申请人身份证件号码', RULES_WORKER);
  need(applicant.occupation, 'applicant.occupation', '申请人职业', PARTIES);
  need(applicant.domicile, 'applicant.domicile', '申请人住所', PARTIES);
  need(applicant.phone, 'applicant.phone', '申请人联系电话', RULES_WORKER);

  need(employer.name, 'employer.name', '被申请人（用人单位）名称', PARTIES);
  need(employer.address, 'employer.address', '用人单位住所', PARTIES);
  need(employer.legalRepresentative, 'employer.legalRepresentative', '用人单位法定代表人或者主要负责人的姓名', PARTIES);

  if (!employment.stillEmployed) {
    need(
      employment.endDate,
      'employment.endDate',
      '劳动关系解除或者终止的日期',
      `${CLAIMS}；《劳动争议调解仲裁法》第二十七条`,
    );
  }

  if (content.claims.length === 0) {
    missing.push({ field: 'claims', description: '仲裁请求', citation: CLAIMS });
  }
  content.claims.forEach((claim, index) => {
    need(claim.description, `claims[${index}].description`, `第${index + 1}项仲裁请求的具体内容`, CLAIMS);
  });
  need(content.factsAndReasons, 'factsAndReasons', '仲裁请求所根据的事实和理由', CLAIMS);

  if (content.evidence.length === 0) {
    missing.push({ field: 'evidence', description: '证据及证据来源（至少一项）', citation: EVIDENCE });
  }
  content.evidence.forEach((item, index) => {
    need(item.description, `evidence[${index}].description`, `第${index + 1}项证据的名称或内容`, EVIDENCE);
    need(item.source, `evidence[${index}].source`, `第${index + 1}项证据的来源`, EVIDENCE);
  });

  content.witnesses.forEach((witness, index) => {
    need(witness.name, `witnesses[${index}].name`, `第${index + 1}名证人的姓名`, EVIDENCE);
    need(witness.contact, `witnesses[${index}].contact`, `第${index + 1}名证人的住所`, EVIDENCE);
  });

  return missing;
}
