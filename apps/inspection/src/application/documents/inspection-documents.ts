// The documents (文书) of an inspection case, written from the case as it stands, each citing its article
// and addressed to its party; the layout is libs/documents' (GB/T 9704-2012), as mediation's and
// arbitration's are. Pure: the same case and document render to the same bytes (every date is the case's).
// A report's reporter is never named: the case does not hold who it was (劳动保障监察条例 Art. 9), and a
// notice to the reporter is addressed to 举报人 only.
import { chinaMinuteOf, todayInChina } from '@onewindow/calendar';
import type { ClaimCategory } from '@onewindow/matter';
import { getCounty } from '@onewindow/county';
import { chineseDate, type OfficialDocument, renderOfficialDocument } from '@onewindow/documents';
import { yuanOf } from '@onewindow/matter';
import {
  ACCEPTANCE_CITATION,
  CORRECTION_CITATION,
  CRIMINAL_TRANSFER_CITATION,
  DISPUTE_PROCEDURE_CITATION,
  FIRST_CONTACT_CITATION,
  HEARING_CITATION,
  INVESTIGATION_CITATION,
  type InspectionCaseRecord,
  type IssuedInspectionDocument,
  LISTING_CITATION,
  liablePartiesSentence,
  PENALTY_CITATION,
  TWO_YEAR_CITATION,
  WITHDRAWAL_CITATION,
} from '../../domain';

const CATEGORY_ZH: Record<ClaimCategory, string> = {
  CONFIRM_LABOR_RELATIONSHIP: '确认劳动关系',
  CONTRACT: '劳动合同',
  DISMISSAL_RESIGNATION: '除名、辞退和辞职、离职',
  HOURS_REST_LEAVE: '工作时间、休息休假',
  SOCIAL_INSURANCE: '社会保险',
  WELFARE_TRAINING_PROTECTION: '福利、培训以及劳动保护',
  WAGES: '拖欠劳动报酬',
  WORK_INJURY_MEDICAL: '工伤医疗费',
  SEVERANCE: '经济补偿',
  DAMAGES: '赔偿金',
  NO_WRITTEN_CONTRACT: '未订立书面劳动合同',
  BELOW_MINIMUM_WAGE: '低于最低工资标准支付工资',
  EXCESSIVE_OVERTIME: '违法延长工作时间',
  UNPAID_SOCIAL_INSURANCE: '未依法缴纳社会保险费',
  CHILD_LABOR: '使用童工',
  OTHER: '其他',
};

const money = (fen: number) => `人民币${yuanOf(fen).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}元`;

function placeOf(countyCode: string): string {
  const county = getCounty(countyCode);
  const city = county.parentCode && county.level !== 'COUNTY_LEVEL_CITY' ? getCounty(county.parentCode).nameZh : '';
  return `${city}${county.nameZh}`;
}

/** The labor administration that inspects in the county (劳动保障行政部门, 条例 Art. 3). */
export function inspectionBodyOf(countyCode: string): string {
  return `${placeOf(countyCode)}人力资源和社会保障局`;
}

function violationsText(c: InspectionCaseRecord): string {
  const listed = c.violations.map((v) => {
    const what = CATEGORY_ZH[v.category as ClaimCategory] ?? v.category;
    const amount = v.amountOwedFen > 0 ? `，涉及金额${money(v.amountOwedFen)}` : '';
    return `${what}${v.description ? `（${v.description}）` : ''}${amount}`;
  });
  return listed.length > 0 ? listed.join('；') : '涉嫌违反劳动保障法律、法规或者规章的行为';
}

/** A reason as the middle of a sentence: without its own full stop. */
const clause = (text: string | undefined) => (text ?? '').trim().replace(/[。；;.]+$/u, '');

const employer = (c: InspectionCaseRecord) => c.parties.employer.name || '被投诉用人单位';
const broughtAs = (c: InspectionCaseRecord) =>
  c.source === 'REPORT' ? '举报' : c.source === 'COMPLAINT' ? '投诉' : '线索';
const lastAcceptance = (c: InspectionCaseRecord) => c.acceptance.at(-1);

function paragraphsOf(c: InspectionCaseRecord, doc: IssuedInspectionDocument): string[] {
  const received = chineseDate(c.receivedOn);
  const decision = lastAcceptance(c);
  switch (doc.kind) {
    case 'ACCEPTANCE_NOTICE':
      return [
        `你于${received}反映${employer(c)}${violationsText(c)}的投诉，本机关已收悉。经审查，该投诉符合受理条件，本机关决定予以受理，并于${chineseDate(c.filedOn)}立案（立案编号${c.filingNumber}）（${ACCEPTANCE_CITATION}）。`,
        `本机关将自立案之日起六十个工作日内调查完毕，案情复杂的，经批准可以延长三十个工作日（${INVESTIGATION_CITATION}）。`,
        '特此通知。',
      ];
    case 'NON_ACCEPTANCE_NOTICE':
      return [
        `你于${received}${broughtAs(c)}反映${employer(c)}${violationsText(c)}一事，本机关已收悉。`,
        `经审查：${clause(decision?.reason)}。违反劳动保障法律、法规或者规章的行为在二年内未被劳动保障行政部门发现，也未被举报、投诉的，劳动保障行政部门不再查处；违法行为有连续或者继续状态的，自行为终了之日起计算（${TWO_YEAR_CITATION}）。本机关决定不予受理（${ACCEPTANCE_CITATION}）。`,
        '特此通知。',
      ];
    case 'MATERIAL_REQUEST':
      return [
        `你于${received}${broughtAs(c)}反映的事项，本机关已收悉。经审查，投诉材料尚不齐备，请补正以下材料：${(decision?.missingMaterial ?? []).join('；')}。`,
        `投诉应当有明确的被投诉用人单位；本机关自收到补正材料之日起五个工作日内决定是否受理（${ACCEPTANCE_CITATION}）。`,
        '特此通知。',
      ];
    case 'REDIRECTION_NOTICE':
      if (decision?.decision === 'DISPUTE_PROCEDURE') {
        const way =
          decision.redirectedTo === 'MEDIATION'
            ? `向劳动争议调解组织申请调解，或者向${placeOf(c.countyCode)}劳动人事争议仲裁院申请仲裁`
            : `向${placeOf(c.countyCode)}劳动人事争议仲裁院申请仲裁`;
        return [
          `你于${received}${broughtAs(c)}反映${employer(c)}${violationsText(c)}一事，本机关已收悉。`,
          `经审查，${clause(decision.reason)}。对因违反劳动保障法律、法规或者规章的行为引起的争议，当事人可以依照劳动争议处理的有关规定处理（${DISPUTE_PROCEDURE_CITATION}）：你可以${way}；对仲裁裁决不服的，可以依法向人民法院提起诉讼。`,
          `本机关已将你的事项退回“一站式”劳动保障维权中心分流，转交${decision.redirectedTo === 'MEDIATION' ? '调解组织' : '劳动人事争议仲裁院'}办理。`,
          '特此告知。',
        ];
      }
      return [
        `你于${received}${broughtAs(c)}反映${employer(c)}${violationsText(c)}一事，本机关已收悉。`,
        `经审查，${clause(decision?.reason)}。请向${decision?.redirectedTo ?? ''}提出。${c.firstContactResponsible ? `根据首问负责制度，本机关已将该事项移交${decision?.redirectedTo ?? ''}，并跟踪办理结果（${FIRST_CONTACT_CITATION}）。` : ''}`,
        '特此告知。',
      ];
    case 'INQUIRY_NOTICE': {
      const inquiry = c.inquiries.find((i) => i.number === doc.number);
      const at = inquiry ? new Date(inquiry.appearAt) : undefined;
      const when = at ? `${chineseDate(todayInChina(at))}${chinaMinuteOf(at).slice(-5)}` : '';
      return [
        `因调查你单位涉嫌${violationsText(c)}一案（立案编号${c.filingNumber}），根据《关于实施〈劳动保障监察条例〉若干规定》第二十条，请你单位法定代表人或者委托代理人于${when}到${inquiry?.place ?? ''}接受询问调查。`,
        `届时请携带以下材料：${(inquiry?.materials ?? []).join('；')}。`,
        '无正当理由拒不接受询问调查，或者拒不提供有关资料的，本机关将依照《劳动保障监察条例》第三十条的规定处理。',
      ];
    }
    case 'CORRECTION_ORDER': {
      const order = c.correctionOrder!;
      return [
        `经调查，${c.liableParties.length > 0 ? employer(c) : '你单位'}存在以下违反劳动保障法律、法规或者规章的行为：${violationsText(c)}。本机关已听取${c.liableParties.length > 0 ? '用人单位' : '你单位'}的陈述、申辩（${HEARING_CITATION}）。`,
        `根据${CORRECTION_CITATION}，责令你单位于${chineseDate(order.correctBy)}前改正：${order.corrections.join('；')}${order.wagesOrderedFen > 0 ? `（其中责令支付劳动报酬共计${money(order.wagesOrderedFen)}）` : ''}。`,
        ...(c.liableParties.length > 0
          ? [`工程项目${c.project?.name ?? ''}的工资清偿责任：${liablePartiesSentence(c.liableParties)}。`]
          : []),
        '逾期不改正的，本机关将依法作出行政处罚决定；经责令支付仍不支付劳动报酬的，依法移送公安机关（《中华人民共和国刑法》第二百七十六条之一）。',
      ];
    }
    case 'PENALTY_DECISION': {
      const p = c.penalty!;
      return [
        `经调查查明：${clause(p.facts) || violationsText(c)}。`,
        `你单位的上述行为违反了${p.violationBasis}。本机关已告知你单位陈述、申辩的权利并听取了意见（${HEARING_CITATION}）。根据${p.penaltyBasis}和${PENALTY_CITATION}，决定对你单位处以罚款${money(p.fineFen)}。`,
        '罚款自收到本决定书之日起十五日内缴纳。',
        p.remedies,
      ];
    }
    case 'FILING_WITHDRAWAL':
      return [
        `本机关于${chineseDate(c.filedOn)}对你单位涉嫌${violationsText(c)}一案立案调查（立案编号${c.filingNumber}）。`,
        `经调查，${clause(c.conclusionReason)}。根据${WITHDRAWAL_CITATION}，违法事实不成立或者违法行为轻微并已改正的，撤销立案。本机关决定撤销立案。`,
      ];
    case 'INVESTIGATION_END':
      return [
        `关于${c.source === 'OWN_INITIATIVE' ? '' : `${received}${broughtAs(c)}反映的`}${employer(c)}${violationsText(c)}一案（立案编号${c.filingNumber}），经调查：${clause(c.conclusionReason)}。`,
        '投诉举报内容不实、违法事实不成立的，本机关终结调查（《随州市“一站式”劳动保障维权中心工作实施方案》四（二）；《劳动保障监察条例》第十八条第一款第（三）项）。本机关决定终结调查。',
        '特此通知。',
      ];
    case 'CRIMINAL_TRANSFER': {
      const order = c.correctionOrder!;
      return [
        `${employer(c)}拖欠劳动者劳动报酬，本机关于${chineseDate(order.issuedOn)}作出责令改正指令书（${order.number}），责令其于${chineseDate(order.correctBy)}前支付劳动报酬${money(order.wagesOrderedFen)}；经复查，其逾期仍不支付（${chineseDate(order.checkedOn)}）。`,
        `${clause(c.conclusionReason)}。根据${CRIMINAL_TRANSFER_CITATION}，现将该案移送你局，请依法审查。`,
        '附：案件相关材料。',
      ];
    }
    case 'LISTING_NOTICE': {
      const l = c.arrearsListing!;
      return [
        `你单位${clause(l.grounds)}。根据${LISTING_CITATION}，本机关拟将你单位列入拖欠农民工工资失信联合惩戒对象名单。`,
        `你单位可以在${chineseDate(l.heardBy)}（含当日）前向本机关提出陈述、申辩；逾期未提出的，视为放弃。`,
        '特此告知。',
      ];
    }
    case 'LISTING_DECISION': {
      const l = c.arrearsListing!;
      return [
        `你单位${clause(l.grounds)}。本机关已于${chineseDate(l.noticedOn)}告知拟列入事由（${l.noticeNumber}）${l.employerStatement ? '，并听取了你单位的陈述、申辩' : '，你单位在规定期限内未提出陈述、申辩'}。`,
        `根据${LISTING_CITATION}，决定将你单位列入拖欠农民工工资失信联合惩戒对象名单，期限自${chineseDate(l.decidedOn)}至${chineseDate(l.listedUntil)}。`,
        '如不服本决定，可以依法申请行政复议或者提起行政诉讼。',
      ];
    }
  }
}

/** The document as issued, from the case as it stands. */
export function inspectionDocument(c: InspectionCaseRecord, doc: IssuedInspectionDocument): OfficialDocument {
  return {
    issuingBody: inspectionBodyOf(c.countyCode),
    number: doc.number,
    title: doc.title,
    addressee: doc.kind === 'CRIMINAL_TRANSFER' ? `${placeOf(c.countyCode)}公安局` : doc.addressedTo,
    paragraphs: paragraphsOf(c, doc),
    date: doc.issuedOn,
  };
}

export function renderInspectionDocument(c: InspectionCaseRecord, doc: IssuedInspectionDocument): Promise<Buffer> {
  return renderOfficialDocument(inspectionDocument(c, doc));
}
