// The unified timeline (一管到底): every step any service takes on a matter, in one place, with the
// deadlines it set. Entries come from events; the stage is derived from them (the store keeps a copy,
// recomputed with stageOf on every change, only so that lists can be filtered by it).

export interface Deadline {
  label: string;
  dueOn: string;
  provisional: boolean;
  citation: string;
}

export interface TimelineEntry {
  /** The CloudEvents id: an event shows once however often it is delivered. */
  eventId: string;
  eventType: string;
  source: string;
  occurredAt: string;
  summary: string;
  deadlines: Deadline[];
  /** Where the matter stands after this step, when the step moves it. */
  stage?: MatterStage;
}

// Later stages win whatever order the events arrive in: intake reads several topics independently.
// A matter is done (已办结) when routing says its principal referrals have all ended (MatterConcluded),
// whatever else was under way, so RESOLVED comes last; a refused arbitration application is not the
// end of the matter while another principal path is open.
export const MATTER_STAGES = [
  'REGISTERED', // 已登记
  'REFERRED', // 已分流
  'CLOSED_AT_WINDOW', // 窗口解答办结
  'AWAITING_SUPPLEMENT', // 待补正
  'AWAITING_ACCEPTANCE_DECISION', // 已收件，待受理决定
  'ACCEPTED', // 已受理
  'NOT_ACCEPTED', // 不予受理
  'RESOLVED', // 已办结: every principal referral has ended (routing's MatterConcluded)
] as const;
export type MatterStage = (typeof MATTER_STAGES)[number];

export const isMatterStage = (value: string): value is MatterStage =>
  (MATTER_STAGES as readonly string[]).includes(value);

const CLOSED_STAGES: readonly MatterStage[] = ['CLOSED_AT_WINDOW', 'RESOLVED'];

/** Closed (已办结): nothing more is done on the matter, and the worker may rate it (群众满意度). */
export function isClosedStage(stage: MatterStage): boolean {
  return CLOSED_STAGES.includes(stage);
}

export function stageOf(timeline: readonly TimelineEntry[]): MatterStage {
  let stage: MatterStage = 'REGISTERED';
  for (const entry of timeline) {
    if (entry.stage && MATTER_STAGES.indexOf(entry.stage) > MATTER_STAGES.indexOf(stage)) stage = entry.stage;
  }
  return stage;
}

export function inTimeOrder(timeline: readonly TimelineEntry[]): TimelineEntry[] {
  return [...timeline].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}

const TARGET_NAMES: Record<string, string> = {
  MEDIATION: '调解组织',
  INSPECTION: '劳动保障监察',
  ARBITRATION: '劳动人事争议仲裁院',
  LEGAL_AID: '法律援助机构',
  PETITION: '信访维权窗口',
  LABOR_RELATIONS_SUPERVISION: '劳动关系监管',
  SUPERVISOR_QUEUE: '值班主任人工分流',
  CONSULTATION_CLOSE: '窗口解答',
  TRADE_UNION: '工会',
  COURT: '人民法院',
};

export const timelineSummary = {
  matterRegistered: (matterNumber: string, channel: string) =>
    `事项登记，编号 ${matterNumber}（${channel === 'ONLINE' ? '网上申请' : '窗口受理'}）`,
  referralIssued: (target: string, reason: string, ruleId: string) =>
    `分流至${TARGET_NAMES[target] ?? target}：${reason}（规则 ${ruleId}）`,
  referralAcknowledged: (target: string, status: string, reason: string) =>
    status === 'DECLINED'
      ? `${TARGET_NAMES[target] ?? target}退回转办：${reason}，回流重新分流`
      : `${TARGET_NAMES[target] ?? target}已签收转办`,
  referralOutcomeReported: (target: string, status: string, reason: string) => {
    const name = TARGET_NAMES[target] ?? target;
    if (status === 'RESOLVED') return `${name}处理完毕${reason ? `：${reason}` : ''}`;
    if (status === 'FAILED') return `${name}化解不成：${reason}，回流重新分流`;
    if (status === 'CLOSED') return `${name}办结：${reason}`;
    return `${name}已移送：${reason}`;
  },
  matterConcluded: (targets: string[]) =>
    `事项办结：${targets.map((target) => TARGET_NAMES[target] ?? target).join('、')}均已办结`,
  referralEscalated: (target: string, reason: string) => `${TARGET_NAMES[target] ?? target}：${reason}`,
  /** A consultation answered by a named staff member, with the basis the answer rests on (依据). */
  consultationAnswered: (answeredBy: string, answer: string, basis: string) =>
    `咨询已解答（解答人：${answeredBy}）：${answer}（依据：${basis}）`,
  supplementRequested: (missing: string[], noticeNumber = '', round = 1) =>
    round > 1
      ? `仲裁院审查补正材料后再次出具补正通知书，编号 ${noticeNumber}，仍需补正：${missing.join('、')}`
      : `仲裁院出具补正通知书${noticeNumber ? `，编号 ${noticeNumber}` : ''}，请补正：${missing.join('、')}`,
  supplementSubmitted: (supplied: string[], noticeNumber: string) =>
    `补正材料已提交${noticeNumber ? `（补正通知书 ${noticeNumber}）` : ''}：${supplied.join('、')}`,
  applicationReceived: (receiptNumber: string) => `仲裁院出具收件回执，编号 ${receiptNumber}`,
  applicationAccepted: (noticeNumber: string, acceptedOn: string) =>
    `仲裁院于 ${acceptedOn} 出具受理通知书，编号 ${noticeNumber}`,
  applicationNotAccepted: (reason: string, remedy: string) =>
    `仲裁院出具不予受理通知书：${reason}。救济途径：${remedy}`,
  /**
   * A step an office tells in its own words — mediation's (调解建议书已发出（421303-调建-2026-000001）) or the
   * arbitration proceedings' after acceptance (延长仲裁期限, 中止审理, 撤回) — its kind standing in for an empty
   * summary. The document's number (文号) is added where the words do not carry it already, so it shows once.
   */
  officeStep: (summary: string, kind: string, documentNumber: string) => {
    const words = summary.trim() || kind.trim();
    const number = documentNumber.trim();
    return !number || words.includes(number) ? words : `${words}（${number}）`;
  },
  // Deadlines that watch themselves (any service's deadlines topic).
  deadlineRegistered: (label: string, dueOn: string, legalBasis: string) =>
    `期限起算：${label}，${dueOn} 届满（${legalBasis}）`,
  deadlineWarned: (label: string, dueOn: string, legalBasis: string) =>
    `期限预警：${label}将于 ${dueOn} 届满，尚未办结（${legalBasis}）`,
  deadlineBreached: (label: string, dueOn: string, legalBasis: string) =>
    `超期：${label}已于 ${dueOn} 届满未办结（${legalBasis}），列入值班主任督办`,
  deadlineMet: (label: string, reason: string) => `期限已办结：${label}（${reason}）`,
  deadlineCancelled: (label: string, reason: string) => `期限不再计算：${label}（${reason}）`,
};

/** A referral only sends the matter on; a consultation too waits for its answer (routing's AnswerConsultation). */
export function stageAfterReferral(): MatterStage {
  return 'REFERRED';
}

/**
 * Where routing's MatterConcluded leaves the matter: a matter whose principal referrals were all
 * consultations is closed with the answer (CLOSED_AT_WINDOW, 咨询解答办结, whatever the channel it came
 * by); any other is RESOLVED (已办结).
 */
export function stageAfterConclusion(concludedTargets: readonly string[]): MatterStage {
  return concludedTargets.length > 0 && concludedTargets.every((target) => target === 'CONSULTATION_CLOSE')
    ? 'CLOSED_AT_WINDOW'
    : 'RESOLVED';
}
