// The notices of the proceedings after acceptance, each written from the record as its step left it:
// - 仲裁申请书副本送达通知书 (应诉通知书) to the respondent with the application copy, and 答辩通知书 to the
//   applicant with the defence copy (劳动争议调解仲裁法 Art. 30);
// - 组庭通知书 to both parties (Arts. 31–33), with the right to challenge (回避);
// - 开庭通知书 to both parties, one per hearing (Arts. 35–36).
// What the record may move on from is read from the issue itself: the defence due (deadline), the seats the
// tribunal had (a granted challenge replaces one), the hearing (subject: a postponement adds a new one).
import { chineseDate } from '@onewindow/documents';
import { CHALLENGE_GROUND_ZH, CHALLENGE_GROUNDS, type Delivery, type Hearing, type Tribunal } from '../../domain';
import type { ArbitrationCaseRecord, IssuedDocument } from '../arbitration-case.repository';
import { CaseDocumentNotIssuedError } from './case-document.errors';
import {
  bothParties,
  chineseDateTime,
  chineseTime,
  deadlineSentence,
  type DocumentBody,
  partiesOf,
  theCaseOf,
} from './document-text';

const LAW = '《劳动争议调解仲裁法》';
const RULES = '《劳动人事争议仲裁办案规则》';

const ROLE_ZH = { PRESIDING: '首席仲裁员', MEMBER: '仲裁员', SOLE: '独任仲裁员' } as const;

/** The seats as the document prints them, presiding first: 首席仲裁员：王仲裁. */
export function seatLines(seats: Tribunal['arbitrators']): string[] {
  const order = { PRESIDING: 0, SOLE: 0, MEMBER: 1 } as const;
  return [...seats].sort((a, b) => order[a.role] - order[b.role]).map((seat) => `${ROLE_ZH[seat.role]}：${seat.name}`);
}

function missing(record: ArbitrationCaseRecord, issued: IssuedDocument): never {
  throw new CaseDocumentNotIssuedError(record.caseId, issued.kind, record.status, issued.number);
}

function deliveryText(delivery: Delivery): string {
  switch (delivery.method) {
    case 'POST':
      return `以邮寄方式（邮件号${delivery.trackingNumber}）`;
    case 'IN_PERSON':
      return `由本院直接送达（签收人${delivery.signedBy}）`;
    case 'ELECTRONIC':
      return '经你单位同意，以电子方式';
  }
}

/** 应诉通知书: the copy served on the respondent, the ten days for the defence (Art. 30). */
export function applicationCopyNotice(record: ArbitrationCaseRecord, issued: IssuedDocument): DocumentBody {
  const service = record.applicationCopyService ?? missing(record, issued);
  const { applicant } = partiesOf(record);
  return {
    addressee: partiesOf(record).respondent,
    paragraphs: [
      `申请人${applicant}与你单位劳动争议一案，本院已于${chineseDate(record.acceptedOn)}受理。现依照${LAW}第三十条，将申请人的仲裁申请书副本送达你单位。本通知书随仲裁申请书副本${deliveryText(service.delivery)}，于${chineseDate(service.servedOn)}送达你单位。`,
      `你单位应当自收到仲裁申请书副本之日起十日内向本院提交答辩书（${LAW}第三十条；${RULES}第三十三条）。`,
      ...(issued.deadline ? [deadlineSentence(issued.deadline)] : []),
      `你单位未提交答辩书或者逾期提交的，不影响仲裁程序的进行（${LAW}第三十条）。`,
      `与争议事项有关的证据属于你单位掌握管理的，你单位应当提供；不提供的，应当承担不利后果（${LAW}第六条）。`,
      `你单位可以委托代理人参加仲裁活动；委托他人参加的，应当向本院提交有你单位盖章的委托书，委托书应当载明委托事项和权限（${LAW}第二十四条）。`,
      '特此通知。',
    ],
  };
}

/** 答辩通知书: the defence received, on time or late, its copy enclosed for the applicant (Art. 30). */
export function defenceNotice(record: ArbitrationCaseRecord, issued: IssuedDocument): DocumentBody {
  const defence = record.defence ?? missing(record, issued);
  const { applicant, respondent } = partiesOf(record);
  return {
    addressee: applicant,
    paragraphs: [
      `你（申请人${applicant}）与被申请人${respondent}劳动争议一案，被申请人于${chineseDate(defence.submittedOn)}向本院提交了答辩书` +
        (defence.late
          ? `，已超过答辩期限（${chineseDate(defence.dueOn)}届满）。`
          : `，在答辩期限（${chineseDate(defence.dueOn)}届满）内。`) +
        `现将答辩书副本随本通知书送达你（${LAW}第三十条）。`,
      ...(defence.late ? [`被申请人逾期提交答辩书，不影响仲裁程序的进行（${LAW}第三十条）。`] : []),
      `你对答辩书所述事实和理由有异议的，可以在开庭时进行质证和辩论（${LAW}第三十八条）。`,
      '特此通知。',
    ],
  };
}

/** 组庭通知书: the members and their roles, the simple procedure if applied, the right to challenge (Arts. 31–33). */
export function tribunalNotice(record: ArbitrationCaseRecord, issued: IssuedDocument): DocumentBody {
  const tribunal = record.tribunal ?? missing(record, issued);
  const seats = issued.seats ?? tribunal.arbitrators;
  const grounds = CHALLENGE_GROUNDS.map(
    (ground, i, all) =>
      `（${['一', '二', '三', '四'][i]}）${CHALLENGE_GROUND_ZH[ground].replace(/（第三十三条第.项）$/u, '')}${i === all.length - 1 ? '。' : '；'}`,
  );
  return {
    addressee: bothParties(record),
    paragraphs: [
      `${theCaseOf(record)}，本院已于${chineseDate(record.acceptedOn)}受理。` +
        (tribunal.simpleProcedure
          ? `本案适用简易程序，由独任仲裁员审理（${LAW}第三十一条；${RULES}第五十六条）。`
          : '') +
        `依照${LAW}第三十一条、第三十二条，现将仲裁庭的组成情况通知如下：`,
      ...seatLines(seats),
      `仲裁员有下列情形之一的，应当回避，当事人也有权以口头或者书面方式提出回避申请（${LAW}第三十三条）：`,
      ...grounds,
      `回避申请应当说明理由，在案件开庭审理前提出；回避事由在开庭审理后知道的，也可以在庭审辩论终结前提出（${RULES}第十一条）。本院将在收到回避申请之日起三日内作出是否回避的决定，并以口头或者书面方式通知当事人（${LAW}第三十三条第二款；${RULES}第十一条、第十二条）。`,
      '特此通知。',
    ],
  };
}

/** The hearing a 开庭通知书 is about: its subject, or the n-th hearing for the n-th notice issued without one. */
function hearingOf(record: ArbitrationCaseRecord, issued: IssuedDocument): Hearing {
  const hearings = record.hearings ?? [];
  if (issued.subject !== undefined) {
    return hearings.find((hearing) => hearing.hearingId === issued.subject) ?? missing(record, issued);
  }
  const nth = record.documents.filter((d) => d.kind === 'HEARING_NOTICE').findIndex((d) => d.number === issued.number);
  return hearings[nth] ?? missing(record, issued);
}

/** A room of the commission's own (第一仲裁庭) is 本院第一仲裁庭; a place worded in full is printed as worded. */
const placeOf = (place: string) => (/仲裁院|仲裁委员会|[省市区县镇乡路街号]/u.test(place) ? place : `本院${place}`);

/** 开庭通知书: when and where (or the online link), the notice day, postponement and absence (Arts. 35–36). */
export function hearingNotice(record: ArbitrationCaseRecord, issued: IssuedDocument): DocumentBody {
  const hearing = hearingOf(record, issued);
  const when = `${chineseDateTime(hearing.startsAt)}至${chineseTime(hearing.endsAt)}`;
  const where =
    hearing.venue.mode === 'ON_SITE'
      ? [`${theCaseOf(record)}，本院定于${when}在${placeOf(hearing.venue.place)}开庭审理。`]
      : [
          `${theCaseOf(record)}，本院定于${when}在线开庭审理（网络视频方式）。`,
          // Nothing after the link, so no stop is read as part of it.
          `在线庭审链接：${hearing.venue.meetingLink}`,
          '请双方当事人提前登录并调试设备，按时进入在线庭审。',
        ];
  return {
    addressee: bothParties(record),
    paragraphs: [
      ...where,
      ...(hearing.priority ? [`本案为集体劳动争议，依法优先审理（${RULES}第五条）。`] : []),
      `本院于${chineseDate(hearing.noticeServedOn)}将本通知书送达双方当事人（仲裁庭应当在开庭五日前将开庭日期、地点书面通知双方当事人，${LAW}第三十五条）。`,
      `请双方当事人按时${hearing.venue.mode === 'ON_SITE' ? '到庭' : '参加在线庭审'}，并携带身份证明、证据原件及相关材料；委托代理人参加的，应当提交授权委托书（${LAW}第二十四条）。`,
      `当事人有正当理由的，可以在开庭三日前请求延期开庭，最迟于${chineseDate(hearing.lastPostponementRequestDay)}提出；是否延期，由本院决定（${LAW}第三十五条）。`,
      `申请人收到本通知书，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以视为撤回仲裁申请；被申请人收到本通知书，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以缺席裁决（${LAW}第三十六条）。`,
      '特此通知。',
    ],
  };
}
