// The award period (仲裁期限, 审限): the tribunal concludes the case within 45 days of acceptance
// (劳动争议调解仲裁法 Art. 43 para 1; 办案规则 Art. 45). Calendar days (办案规则 Art. 80: “四十五日”指自然日),
// counted as every OneWindow period is (@onewindow/calendar): the start day not counted, a last day on a
// rest day moved to the next working day (民事诉讼法 Art. 85; 办案规则 Art. 19).
// - Extension (延期): once, for a complex case, with the written approval of the committee's chair or the
//   head of the arbitration court the chair delegated (仲裁委员会主任或者其委托的仲裁院负责人书面批准), by at
//   most 15 days, while the period still runs (办案规则 Art. 45). After the period the parties may sue
//   instead (Art. 43 para 1), so a late extension is refused.
// - Suspension (中止审理) on a ground of 办案规则 Art. 47, with the same approval: the clock stops; the days
//   suspended are not counted (Art. 46(六)); on resumption (恢复审理, Art. 47 para 2) it runs on with the days
//   that were left.
// - Restart (重新计算, Art. 46): from the day a party or third party is added (一), the added or changed
//   claims are accepted (三) or a counterclaim is joined (四).
// The period is kept as its last counted day before any rest-day move (lastCountedDay): suspensions and
// the extension add days to the count, and only the final last day is moved off a rest day, so a holiday
// that happened to hold an earlier last day gives no extra days.
import {
  addCalendarDays,
  addPeriod,
  CHINA_HOLIDAY_SCHEDULE,
  compareIsoDates,
  daysBetween,
  HolidaySchedule,
  IsoDate,
  isWorkingDay,
} from '@onewindow/calendar';
import { ArbitrationDeadline, DEFAULT_ARBITRATION_DEADLINE_RULES } from './arbitration-deadline-rules';
import { InvalidProceedingsInputError, ProceedingsPreconditionError } from './proceedings.errors';
import {
  assertCountyCode,
  assertIsoDate,
  assertIdValue,
  assertObject,
  assertOneOf,
  assertTextValue,
} from './proceedings-input.validation';
import { CountyCode } from './matter-content';
import { AWARD_DEADLINE, WATCHED_CASE_DEADLINES } from './watched-case-deadlines';

export const AWARD_PERIOD_DAYS = 45;
export const MAX_AWARD_EXTENSION_DAYS = 15;

const LAW = '《劳动争议调解仲裁法》';
const RULES_2017 = '《劳动人事争议仲裁办案规则》（人社部令第33号）';

const AWARD_RULE = DEFAULT_ARBITRATION_DEADLINE_RULES.award;
export const AWARD_PERIOD_CITATION = AWARD_RULE.citation;
export const AWARD_EXTENSION_CITATION =
  `${LAW}第四十三条第一款；${RULES_2017}第四十五条（经仲裁委员会主任或者其委托的仲裁院负责人书面批准，` +
  '可以延期并书面通知当事人，延长期限不得超过十五日）';
export const AWARD_SUSPENSION_CITATION = `${RULES_2017}第四十七条；${RULES_2017}第四十六条第（六）项（中止审理期间不计入仲裁期限）`;

/** Who may approve an extension or a suspension in writing (办案规则 Arts. 45, 47). */
export const APPROVER_POSTS = ['COMMITTEE_CHAIR', 'DELEGATED_COURT_HEAD'] as const;
export type ApproverPost = (typeof APPROVER_POSTS)[number];
export const APPROVER_POST_ZH: Record<ApproverPost, string> = {
  COMMITTEE_CHAIR: '仲裁委员会主任',
  DELEGATED_COURT_HEAD: '仲裁委员会主任委托的仲裁院负责人',
};

export interface WrittenApproval {
  /** the approver's staff user id */
  readonly approvedBy: string;
  readonly post: ApproverPost;
  readonly approvedOn: IsoDate;
}

/** The grounds for suspension, 办案规则 Art. 47 para 1 items (一)–(七). */
export const SUSPENSION_GROUNDS = {
  WORKER_DIED_AWAITING_HEIRS: '劳动者一方当事人死亡，需要等待继承人表明是否参加仲裁',
  WORKER_INCAPACITATED_AWAITING_AGENT: '劳动者一方当事人丧失民事行为能力，尚未确定法定代理人参加仲裁',
  EMPLOYER_TERMINATED_AWAITING_SUCCESSOR: '用人单位终止，尚未确定权利义务承继者',
  FORCE_MAJEURE: '一方当事人因不可抗拒的事由，不能参加仲裁',
  AWAITING_ANOTHER_CASE: '案件审理需要以其他案件的审理结果为依据，且其他案件尚未审结',
  AWAITING_DETERMINATION: '案件处理需要等待工伤认定、伤残等级鉴定以及其他鉴定结论',
  OTHER: '其他应当中止仲裁审理的情形',
} as const;
export type SuspensionGround = keyof typeof SUSPENSION_GROUNDS;
const SUSPENSION_GROUND_KEYS = Object.keys(SUSPENSION_GROUNDS) as SuspensionGround[];
const SUSPENSION_ITEM: Record<SuspensionGround, string> = {
  WORKER_DIED_AWAITING_HEIRS: '（一）',
  WORKER_INCAPACITATED_AWAITING_AGENT: '（二）',
  EMPLOYER_TERMINATED_AWAITING_SUCCESSOR: '（三）',
  FORCE_MAJEURE: '（四）',
  AWAITING_ANOTHER_CASE: '（五）',
  AWAITING_DETERMINATION: '（六）',
  OTHER: '（七）',
};

/** What restarts the count, 办案规则 Art. 46 items (一), (三) and (四). */
export const RESTART_GROUNDS = {
  PARTY_ADDED: { text: '仲裁庭追加当事人或者第三人，仲裁期限从决定追加之日起重新计算', item: '（一）' },
  CLAIMS_ADDED_OR_CHANGED: {
    text: '增加、变更仲裁请求，仲裁期限从受理增加、变更仲裁请求之日起重新计算',
    item: '（三）',
  },
  COUNTERCLAIM_JOINED: { text: '仲裁申请和反申请合并处理，仲裁期限从受理反申请之日起重新计算', item: '（四）' },
} as const;
export type RestartGround = keyof typeof RESTART_GROUNDS;
const RESTART_GROUND_KEYS = Object.keys(RESTART_GROUNDS) as RestartGround[];

export interface AwardPeriodExtension {
  /** the count it extended (acceptance or a restart): one extension per count */
  readonly countsFrom: IsoDate;
  readonly days: number;
  /** why the case is complex (案情复杂需要延期) */
  readonly reason: string;
  readonly approval: WrittenApproval;
  readonly dueOnBefore: IsoDate;
  readonly dueOnAfter: IsoDate;
  /** the parties are told in writing (书面通知当事人); sending it is the service's */
  readonly notice: WrittenNotice;
  readonly citation: string;
}

export interface AwardPeriodSuspension {
  /** the count it interrupted (acceptance or a restart) */
  readonly countsFrom: IsoDate;
  readonly ground: SuspensionGround;
  /** the ground in the words of Art. 47 */
  readonly groundText: string;
  /** the facts of this case, e.g. which appraisal is awaited */
  readonly details: string;
  readonly approval: WrittenApproval;
  /** the day the hearing was suspended; it is still a counted day */
  readonly suspendedOn: IsoDate;
  readonly dueOnBefore: IsoDate;
  /** calendar days of the count left after suspendedOn; they run again from the day of resumption */
  readonly daysLeft: number;
  readonly resumedOn?: IsoDate;
  /** why the ground has gone (中止审理的情形消除) */
  readonly resumptionReason?: string;
  readonly dueOnAfter?: IsoDate;
  readonly notice: WrittenNotice;
  readonly citation: string;
}

export interface AwardPeriodRestart {
  readonly ground: RestartGround;
  readonly groundText: string;
  readonly details: string;
  /** the day the count starts again from (not itself counted) */
  readonly restartedOn: IsoDate;
  readonly dueOnBefore: IsoDate;
  readonly dueOnAfter: IsoDate;
  readonly citation: string;
}

export interface WrittenNotice {
  readonly document: string;
  readonly recipients: readonly ['APPLICANT', 'RESPONDENT'];
}

export interface AwardPeriod {
  readonly countyCode: CountyCode;
  readonly acceptedOn: IsoDate;
  /** the day the current count runs from: acceptance or the latest restart (not counted) */
  readonly countsFrom: IsoDate;
  /** the count's last day before any rest-day move; while suspended, the one in force before */
  readonly lastCountedDay: IsoDate;
  /** the due day in force, moved off a rest day; absent while the hearing is suspended */
  readonly dueOn?: IsoDate;
  /** true when a holiday notice not yet loaded could still move dueOn */
  readonly provisional: boolean;
  /** why dueOn is what it is, in Chinese for the timeline */
  readonly notes: readonly string[];
  readonly extensions: readonly AwardPeriodExtension[];
  /** every suspension, oldest first; the last one is open while resumedOn is absent */
  readonly suspensions: readonly AwardPeriodSuspension[];
  readonly restarts: readonly AwardPeriodRestart[];
  /** the latest day any step was recorded for: a later step may not be dated before it */
  readonly lastStepOn: IsoDate;
  readonly citation: string;
}

export function openAwardPeriod(
  input: { readonly countyCode: CountyCode; readonly acceptedOn: IsoDate },
  schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE,
): AwardPeriod {
  assertObject(input, 'input');
  assertCountyCode(input.countyCode, 'countyCode');
  assertIsoDate(input.acceptedOn, 'acceptedOn');
  const lastCountedDay = addCalendarDays(input.acceptedOn, AWARD_PERIOD_DAYS);
  return {
    countyCode: input.countyCode,
    acceptedOn: input.acceptedOn,
    countsFrom: input.acceptedOn,
    lastCountedDay,
    ...inForce(input.acceptedOn, lastCountedDay, [], schedule),
    extensions: [],
    suspensions: [],
    restarts: [],
    lastStepOn: input.acceptedOn,
    citation: AWARD_PERIOD_CITATION,
  };
}

export interface ExtensionRequest {
  readonly days: number;
  readonly reason: string;
  readonly approval: WrittenApproval;
}

/** The period lengthened by the one extension the chair approved; refuses a second, a longer or a late one. */
export function extendAwardPeriod(
  period: AwardPeriod,
  request: ExtensionRequest,
  schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE,
): AwardPeriod {
  assertObject(request, 'request');
  const { days } = request;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_AWARD_EXTENSION_DAYS) {
    throw new InvalidProceedingsInputError(
      'days',
      `an extension is a whole number of days from 1 to ${MAX_AWARD_EXTENSION_DAYS} (延长期限不得超过十五日, ` +
        `办案规则第四十五条); got ${String(days)}`,
    );
  }
  assertTextValue(request.reason, 'reason', { min: 2, max: 500 });
  const approval = checkedApproval(request.approval, 'approval');
  assertInOrder(period, approval.approvedOn, 'approval.approvedOn');
  const open = openSuspension(period);
  if (open) {
    throw new ProceedingsPreconditionError(
      'approval.approvedOn',
      `the hearing is suspended since ${open.suspendedOn}; resume it (恢复审理) before extending the period`,
    );
  }
  const dueOn = period.dueOn as IsoDate;
  if (compareIsoDates(approval.approvedOn, dueOn) > 0) {
    throw new ProceedingsPreconditionError(
      'approval.approvedOn',
      `the period ended on ${dueOn}; an extension is approved while it runs, not on ${approval.approvedOn} ` +
        '(after the period the parties may take the dispute to court, 劳动争议调解仲裁法第四十三条)',
    );
  }
  const earlier = period.extensions.find((extension) => extension.countsFrom === period.countsFrom);
  if (earlier) {
    throw new ProceedingsPreconditionError(
      'days',
      `the one extension allowed was already approved on ${earlier.approval.approvedOn} (${earlier.days} days, ` +
        `to ${earlier.dueOnAfter}); the period cannot be extended again (办案规则第四十五条)`,
    );
  }
  const lastCountedDay = addCalendarDays(period.lastCountedDay, days);
  const extension: AwardPeriodExtension = {
    countsFrom: period.countsFrom,
    days,
    reason: request.reason.trim(),
    approval,
    dueOnBefore: dueOn,
    dueOnAfter: '',
    notice: { document: '仲裁期限延期通知书', recipients: ['APPLICANT', 'RESPONDENT'] },
    citation: AWARD_EXTENSION_CITATION,
  };
  const next = withCount(
    { ...period, extensions: [...period.extensions, extension], lastStepOn: approval.approvedOn },
    period.countsFrom,
    lastCountedDay,
    schedule,
  );
  return replaceLast(next, 'extensions', { ...extension, dueOnAfter: next.dueOn as IsoDate });
}

export interface SuspensionRequest {
  readonly ground: SuspensionGround;
  readonly details: string;
  readonly suspendedOn: IsoDate;
  readonly approval: WrittenApproval;
}

/** The clock stopped on an Art. 47 ground, with the days left kept for resumption. */
export function suspendAwardPeriod(period: AwardPeriod, request: SuspensionRequest): AwardPeriod {
  assertObject(request, 'request');
  assertOneOf(request.ground, SUSPENSION_GROUND_KEYS, 'ground');
  assertTextValue(request.details, 'details', { min: 2, max: 500 });
  assertIsoDate(request.suspendedOn, 'suspendedOn');
  const approval = checkedApproval(request.approval, 'approval');
  if (compareIsoDates(approval.approvedOn, request.suspendedOn) > 0) {
    throw new InvalidProceedingsInputError(
      'approval.approvedOn',
      `a suspension is approved before or on the day it takes effect (经批准，可以中止); ${approval.approvedOn} is after ${request.suspendedOn}`,
    );
  }
  assertInOrder(period, approval.approvedOn, 'approval.approvedOn');
  assertInOrder(period, request.suspendedOn, 'suspendedOn');
  const open = openSuspension(period);
  if (open) {
    throw new ProceedingsPreconditionError(
      'suspendedOn',
      `the hearing is already suspended since ${open.suspendedOn} (${open.groundText}); resume it first`,
    );
  }
  const dueOn = period.dueOn as IsoDate;
  if (compareIsoDates(request.suspendedOn, dueOn) > 0) {
    throw new ProceedingsPreconditionError(
      'suspendedOn',
      `the period ended on ${dueOn}; there is no time left to suspend on ${request.suspendedOn}`,
    );
  }
  const suspension: AwardPeriodSuspension = {
    countsFrom: period.countsFrom,
    ground: request.ground,
    groundText: SUSPENSION_GROUNDS[request.ground],
    details: request.details.trim(),
    approval,
    suspendedOn: request.suspendedOn,
    dueOnBefore: dueOn,
    // On a moved last day (the count ended on a rest day before it) nothing is left but that day.
    daysLeft: Math.max(0, daysBetween(request.suspendedOn, period.lastCountedDay)),
    notice: { document: '中止审理通知书', recipients: ['APPLICANT', 'RESPONDENT'] },
    citation: `${RULES_2017}第四十七条第一款第${SUSPENSION_ITEM[request.ground]}项、第四十六条第（六）项（中止审理期间不计入仲裁期限）`,
  };
  const { dueOn: _stopped, ...rest } = period;
  return {
    ...rest,
    provisional: false,
    notes: [
      `${request.suspendedOn} 起中止审理（${suspension.groundText}），仲裁期限停止计算，尚余 ${suspension.daysLeft} 日`,
    ],
    suspensions: [...period.suspensions, suspension],
    lastStepOn: request.suspendedOn,
  };
}

export interface ResumptionRequest {
  readonly resumedOn: IsoDate;
  readonly reason: string;
}

/** The clock running again from the day of resumption with the days that were left. */
export function resumeAwardPeriod(
  period: AwardPeriod,
  request: ResumptionRequest,
  schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE,
): AwardPeriod {
  assertObject(request, 'request');
  assertIsoDate(request.resumedOn, 'resumedOn');
  assertTextValue(request.reason, 'reason', { min: 2, max: 500 });
  const open = openSuspension(period);
  if (!open) {
    throw new ProceedingsPreconditionError('resumedOn', 'the hearing is not suspended; there is nothing to resume');
  }
  assertInOrder(period, request.resumedOn, 'resumedOn');
  const lastCountedDay = addCalendarDays(request.resumedOn, open.daysLeft);
  const next = withCount({ ...period, lastStepOn: request.resumedOn }, period.countsFrom, lastCountedDay, schedule);
  return replaceLast(next, 'suspensions', {
    ...open,
    resumedOn: request.resumedOn,
    resumptionReason: request.reason.trim(),
    dueOnAfter: next.dueOn as IsoDate,
  });
}

export interface RestartRequest {
  readonly ground: RestartGround;
  readonly details: string;
  readonly restartedOn: IsoDate;
}

/** A new count of 45 days from the day a party was added or added claims or a counterclaim were accepted. */
export function restartAwardPeriod(
  period: AwardPeriod,
  request: RestartRequest,
  schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE,
): AwardPeriod {
  assertObject(request, 'request');
  assertOneOf(request.ground, RESTART_GROUND_KEYS, 'ground');
  assertTextValue(request.details, 'details', { min: 2, max: 500 });
  assertIsoDate(request.restartedOn, 'restartedOn');
  assertInOrder(period, request.restartedOn, 'restartedOn');
  const open = openSuspension(period);
  if (open) {
    throw new ProceedingsPreconditionError(
      'restartedOn',
      `the hearing is suspended since ${open.suspendedOn}; resume it (恢复审理) before adding parties or claims`,
    );
  }
  const dueOn = period.dueOn as IsoDate;
  if (compareIsoDates(request.restartedOn, dueOn) > 0) {
    throw new ProceedingsPreconditionError(
      'restartedOn',
      `the period ended on ${dueOn}; a new count cannot start from ${request.restartedOn} ` +
        '(an added claim after that is a new application, 办案规则第四十四条第二款)',
    );
  }
  const restart: AwardPeriodRestart = {
    ground: request.ground,
    groundText: RESTART_GROUNDS[request.ground].text,
    details: request.details.trim(),
    restartedOn: request.restartedOn,
    dueOnBefore: dueOn,
    dueOnAfter: '',
    citation: `${RULES_2017}第四十六条第${RESTART_GROUNDS[request.ground].item}项`,
  };
  const next = withCount(
    { ...period, restarts: [...period.restarts, restart], lastStepOn: request.restartedOn },
    request.restartedOn,
    addCalendarDays(request.restartedOn, AWARD_PERIOD_DAYS),
    schedule,
  );
  return replaceLast(next, 'restarts', { ...restart, dueOnAfter: next.dueOn as IsoDate });
}

export type AwardPeriodState = 'RUNNING' | 'WARNING' | 'LAPSED' | 'SUSPENDED';

export type AwardPeriodStanding =
  | {
      readonly state: 'RUNNING' | 'WARNING' | 'LAPSED';
      readonly dueOn: IsoDate;
      /** the first day of the warning: `warnWorkingDaysBefore` working days left, the due day included */
      readonly warnFrom: IsoDate;
      /** calendar days after `today` up to and including the due day; negative once lapsed */
      readonly daysLeft: number;
      readonly provisional: boolean;
    }
  | {
      readonly state: 'SUSPENDED';
      readonly suspendedSince: IsoDate;
      readonly ground: SuspensionGround;
      /** the calendar days that will run again from the day of resumption */
      readonly daysLeft: number;
    };

export interface StandingOptions {
  /** working days of warning before the due day; the watched award deadline's setting by default */
  readonly warnWorkingDaysBefore?: number;
  readonly schedule?: HolidaySchedule;
}

const DEFAULT_WARN_WORKING_DAYS =
  WATCHED_CASE_DEADLINES.find((kind) => kind.kind === AWARD_DEADLINE)?.warnWorkingDaysBefore ?? 5;
const MAX_WARN_WORKING_DAYS = 30;

/** The period on `today`: running, in its warning days, lapsed (the day after the due day) or suspended. */
export function awardPeriodOn(period: AwardPeriod, today: IsoDate, options: StandingOptions = {}): AwardPeriodStanding {
  assertIsoDate(today, 'today');
  const warnDays = options.warnWorkingDaysBefore ?? DEFAULT_WARN_WORKING_DAYS;
  if (!Number.isInteger(warnDays) || warnDays < 0 || warnDays > MAX_WARN_WORKING_DAYS) {
    throw new InvalidProceedingsInputError(
      'warnWorkingDaysBefore',
      `must be a whole number of working days from 0 to ${MAX_WARN_WORKING_DAYS}; got ${String(warnDays)}`,
    );
  }
  if (compareIsoDates(today, period.lastStepOn) < 0) {
    throw new InvalidProceedingsInputError(
      'today',
      `${today} is before the period's last recorded step (${period.lastStepOn}); the record answers only from then on`,
    );
  }
  const open = openSuspension(period);
  if (open) {
    return { state: 'SUSPENDED', suspendedSince: open.suspendedOn, ground: open.ground, daysLeft: open.daysLeft };
  }
  const dueOn = period.dueOn as IsoDate;
  const warnFrom = warningDay(dueOn, warnDays, period.countsFrom, options.schedule ?? CHINA_HOLIDAY_SCHEDULE);
  const state =
    compareIsoDates(today, dueOn) > 0 ? 'LAPSED' : compareIsoDates(today, warnFrom) >= 0 ? 'WARNING' : 'RUNNING';
  return { state, dueOn, warnFrom, daysLeft: daysBetween(today, dueOn), provisional: period.provisional };
}

/** The award deadline for the timeline (id 'arbitration.award'); none while the hearing is suspended. */
export function awardPeriodDeadline(period: AwardPeriod): ArbitrationDeadline | undefined {
  if (period.dueOn === undefined) return undefined;
  return {
    id: AWARD_RULE.id,
    label: AWARD_RULE.label,
    start: period.countsFrom,
    dueOn: period.dueOn,
    provisional: period.provisional,
    citation: period.citation,
    notes: period.notes,
  };
}

/**
 * Whether an award may be made on `awardedOn` as far as the clock goes: not while the hearing is
 * suspended (中止审理), not dated before the last recorded step. A late award is not refused here: it is
 * marked, since the parties' right to sue after the period (Art. 43) does not stop the tribunal.
 */
export function awardTimingOn(
  period: AwardPeriod,
  awardedOn: IsoDate,
): { readonly withinPeriod: boolean; readonly dueOn: IsoDate } {
  assertIsoDate(awardedOn, 'awardedOn');
  const open = openSuspension(period);
  if (open) {
    throw new ProceedingsPreconditionError(
      'awardedOn',
      `the hearing is suspended since ${open.suspendedOn} (${open.groundText}); no award until it is resumed`,
    );
  }
  assertInOrder(period, awardedOn, 'awardedOn');
  const dueOn = period.dueOn as IsoDate;
  return { withinPeriod: compareIsoDates(awardedOn, dueOn) <= 0, dueOn };
}

export function openSuspension(period: AwardPeriod): AwardPeriodSuspension | undefined {
  const last = period.suspensions[period.suspensions.length - 1];
  return last && last.resumedOn === undefined ? last : undefined;
}

function checkedApproval(value: unknown, field: string): WrittenApproval {
  assertObject(value, field);
  assertIdValue(value.approvedBy, `${field}.approvedBy`);
  assertOneOf(value.post, APPROVER_POSTS, `${field}.post`);
  assertIsoDate(value.approvedOn, `${field}.approvedOn`);
  return { approvedBy: value.approvedBy, post: value.post, approvedOn: value.approvedOn };
}

function assertInOrder(period: AwardPeriod, day: IsoDate, field: string): void {
  if (compareIsoDates(day, period.lastStepOn) < 0) {
    throw new InvalidProceedingsInputError(
      field,
      `${day} is before the period's last recorded step on ${period.lastStepOn}; steps are recorded in the order they happen`,
    );
  }
}

/** The period with the count from `countsFrom` to `lastCountedDay` in force. */
function withCount(
  period: AwardPeriod,
  countsFrom: IsoDate,
  lastCountedDay: IsoDate,
  schedule: HolidaySchedule,
): AwardPeriod {
  return {
    ...period,
    countsFrom,
    lastCountedDay,
    ...inForce(countsFrom, lastCountedDay, notesOf(period, countsFrom), schedule),
  };
}

function inForce(
  countsFrom: IsoDate,
  lastCountedDay: IsoDate,
  history: readonly string[],
  schedule: HolidaySchedule,
): { dueOn: IsoDate; provisional: boolean; notes: readonly string[] } {
  // Always at least one day: a count runs 45 days past countsFrom, and a resumption never comes before it.
  const result = addPeriod(
    countsFrom,
    { amount: daysBetween(countsFrom, lastCountedDay), unit: 'CALENDAR_DAYS' },
    schedule,
  );
  return { dueOn: result.due, provisional: result.provisional, notes: [...history, ...result.notes] };
}

/** What in the current count moved its last day: the restart, closed suspensions, the extension. */
function notesOf(period: AwardPeriod, countsFrom: IsoDate): string[] {
  const notes: string[] = [];
  const restart = period.restarts[period.restarts.length - 1];
  if (restart && restart.restartedOn === countsFrom) {
    notes.push(`${restart.groundText}：自 ${restart.restartedOn} 起重新计算四十五日`);
  }
  for (const suspension of period.suspensions) {
    if (suspension.countsFrom !== countsFrom) continue;
    const resumedOn = suspension.resumedOn ?? period.lastStepOn;
    notes.push(
      `${suspension.suspendedOn} 至 ${resumedOn} 中止审理（${suspension.groundText}），中止期间不计入仲裁期限，恢复审理后继续计算所余 ${suspension.daysLeft} 日`,
    );
  }
  const extension = period.extensions.find((e) => e.countsFrom === countsFrom);
  if (extension) {
    notes.push(
      `经${APPROVER_POST_ZH[extension.approval.post]}于 ${extension.approval.approvedOn} 书面批准延期 ${extension.days} 日`,
    );
  }
  return notes;
}

function replaceLast<K extends 'extensions' | 'suspensions' | 'restarts'>(
  period: AwardPeriod,
  key: K,
  value: AwardPeriod[K][number],
): AwardPeriod {
  const list = period[key];
  return { ...period, [key]: [...list.slice(0, -1), value] };
}

/** As libs/deadlines' warning day: the day on which `workingDays` working days remain, the due day included. */
function warningDay(dueOn: IsoDate, workingDays: number, notBefore: IsoDate, schedule: HolidaySchedule): IsoDate {
  if (workingDays === 0) return addCalendarDays(dueOn, 1);
  let day = dueOn;
  let remaining = isWorkingDay(day, schedule) ? 1 : 0;
  while (remaining < workingDays && compareIsoDates(day, notBefore) > 0) {
    day = addCalendarDays(day, -1);
    if (isWorkingDay(day, schedule)) remaining += 1;
  }
  return compareIsoDates(day, notBefore) < 0 ? notBefore : day;
}
