// The arbitration case screen's forms as requests (劳动争议调解仲裁法 Arts. 30–50): amounts typed in yuan and sent in
// integer fen (never through floating point), hearing times typed in China time and sent with +08:00, the award
// draft's rows sent as the claims they decide, and the gateway's violation paths (decisions[1].amountFen) mapped
// back onto the row and field that show them. Also what an accepted case waits for next, and a hearing room's week.
import { addCalendarDays, chinaMinuteOf, todayInChina, weekdayOf, type IsoDate } from '@onewindow/calendar';
import type {
  AdvanceEnforcementItem,
  ArbitrationCase,
  ArbitratorSeatRole,
  ClaimOutcome,
  DecideAdvanceEnforcementRequest,
  IssueAwardRequest,
  IssueMediationStatementRequest,
  ProceedingsNextStep,
  RoomHearing,
  ScheduleHearingRequest,
  TribunalForm,
} from '@onewindow/gateway-api';
import { nextProceedingsStep } from '@onewindow/gateway-api';
import { chinaInstantOf, type FormPath } from './mediation-forms';
import { formatFen, yuanToFen } from './money';

const text = (value: string | undefined) => (value ?? '').trim();

// ---------- What the case waits for ----------

/** The step an accepted case awaits (the gateway's rule, nextProceedingsStep); undefined once it is no longer accepted. */
export function nextStepOf(
  c: Pick<ArbitrationCase, 'status' | 'applicationCopyServedOn' | 'tribunalForm' | 'hearings'>,
): ProceedingsNextStep | undefined {
  return c.status === 'ACCEPTED' ? nextProceedingsStep(c) : undefined;
}

/** The seats of a tribunal of that form: a presiding arbitrator and two members, or one sole arbitrator (Art. 31). */
export function seatRolesOf(form: TribunalForm | undefined): ArbitratorSeatRole[] {
  return form === 'SOLE_ARBITRATOR' ? ['SOLE'] : ['PRESIDING', 'MEMBER', 'MEMBER'];
}

// ---------- The hearing ----------

const CHINA_OFFSET_MS = 8 * 60 * 60_000;

/** An instant written in China time with its offset: 2026-12-08T01:00:00Z → '2026-12-08T09:00:00+08:00'. */
export function chinaRfc3339Of(at: Date): string {
  return `${new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/**
 * The hearing's start typed in China time ('2026-12-08T09:00') and its expected length in hours as the request's
 * startsAt and endsAt; empty strings when the start is not (yet) a minute, so the gateway names startsAt.
 */
export function hearingTimesOf(
  startsTyped: string | undefined,
  hours: number | undefined,
): Pick<ScheduleHearingRequest, 'startsAt' | 'endsAt'> {
  const startsAt = chinaInstantOf(startsTyped);
  if (!startsAt || !hours || hours <= 0) return { startsAt, endsAt: '' };
  return { startsAt, endsAt: chinaRfc3339Of(new Date(Date.parse(startsAt) + Math.round(hours * 60) * 60_000)) };
}

export interface HearingScheduleValues {
  mode?: 'ON_SITE' | 'ONLINE';
  roomId?: string;
  startsAt?: string;
  hours?: number;
  meetingLink?: string;
  noticeServedOn?: string;
}

/** On site: the room and its name as the place printed on the notice; online: the link only. */
export function scheduleHearingRequestOf(
  values: HearingScheduleValues,
  roomName: (roomId: string) => string | undefined,
): ScheduleHearingRequest {
  const times = hearingTimesOf(values.startsAt, values.hours);
  const noticeServedOn = text(values.noticeServedOn);
  if (values.mode === 'ONLINE') return { ...times, meetingLink: text(values.meetingLink), noticeServedOn };
  const roomId = text(values.roomId);
  return { ...times, roomId, place: roomName(roomId) ?? '', noticeServedOn };
}

// ---------- A hearing room's week (开庭排期) ----------

/** The Monday of the week `day` falls in. */
export function weekStartOf(day: IsoDate): IsoDate {
  return addCalendarDays(day, 1 - weekdayOf(day));
}

/** The seven days from weekStart. */
export function weekDaysFrom(weekStart: IsoDate): IsoDate[] {
  return Array.from({ length: 7 }, (_, i) => addCalendarDays(weekStart, i));
}

export interface CalendarEntry extends RoomHearing {
  /** '09:00–11:00', China time. */
  time: string;
}

/** The room's hearings on each of the week's days (China time), by start. */
export function hearingsByDay(hearings: readonly RoomHearing[], weekStart: IsoDate): CalendarEntry[][] {
  const days = weekDaysFrom(weekStart);
  const grid: CalendarEntry[][] = days.map(() => []);
  const sorted = [...hearings].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  for (const hearing of sorted) {
    const start = new Date(hearing.startsAt);
    const index = days.indexOf(todayInChina(start));
    if (index < 0) continue;
    const time = `${chinaMinuteOf(start).slice(11)}–${chinaMinuteOf(new Date(hearing.endsAt)).slice(11)}`;
    grid[index]!.push({ ...hearing, time });
  }
  return grid;
}

// ---------- The award (裁决书) ----------

/** One claim still to decide, as the draft's row shows it. */
export interface AwardClaimRow {
  /** Index into the application's claims (仲裁请求). */
  claimIndex: number;
  category: string;
  claimedFen: number;
}

export interface AwardRowValues {
  /** None: not decided by this (partial) award. */
  outcome?: ClaimOutcome;
  amountYuan?: string;
  reasons?: string;
}

export interface AwardDraftValues {
  awardedOn?: string;
  /** 先行裁决 (Art. 43 para 2): only the rows with an outcome are decided. */
  partial?: boolean;
  partialBasis?: string;
  /** One per claim still to decide, in the rows' order. */
  rows?: (AwardRowValues | undefined)[];
}

export interface AwardDraft {
  request: IssueAwardRequest;
  /** The row of each of the request's decisions: decisions[i] is rows[decisionRows[i]]. */
  decisionRows: number[];
}

/**
 * The day an award is drafted for: today, or the day of the last hearing held when that is later (the award
 * follows the hearing, 劳动争议调解仲裁法 Art. 46; arbitration refuses one dated before it).
 */
export function awardDayOf(
  hearings: readonly { startsAt: string; status: string }[] | undefined,
  today: IsoDate = todayInChina(new Date()),
): IsoDate {
  const heard = (hearings ?? []).filter((h) => h.status === 'HELD').map((h) => todayInChina(new Date(h.startsAt)));
  return [today, ...heard].sort().at(-1)!;
}

/** What a row's amount becomes when its outcome is chosen: the whole claim when granted, nothing when refused. */
export function amountForOutcome(outcome: ClaimOutcome | undefined, claimedFen: number): string | undefined {
  if (outcome === 'GRANTED') return formatFen(claimedFen, false);
  if (outcome === 'REFUSED') return '0';
  return undefined;
}

/**
 * The draft as the gateway takes it: each row with an outcome is a decision on its claim, its amount in exact
 * fen; a row's amount that is not a readable amount makes the draft incomplete (undefined), as does a row
 * without reasons or, for a partial award, no basis. The award's own rules (never above the claim, GRANTED is
 * the whole claim, every claim decided unless partial) are the gateway's to check: its answer names the field.
 */
export function awardDraftOf(values: AwardDraftValues, rows: readonly AwardClaimRow[]): AwardDraft | undefined {
  const partial = values.partial === true;
  const decisions: IssueAwardRequest['decisions'] = [];
  const decisionRows: number[] = [];
  for (const [index, row] of rows.entries()) {
    const typed = values.rows?.[index];
    if (!typed?.outcome) {
      if (partial) continue;
      return undefined;
    }
    const amountFen = yuanToFen(text(typed.amountYuan));
    const reasons = text(typed.reasons);
    if (amountFen === undefined || !reasons) return undefined;
    decisions.push({ claimIndex: row.claimIndex, outcome: typed.outcome, amountFen, reasons });
    decisionRows.push(index);
  }
  const partialBasis = text(values.partialBasis);
  if (decisions.length === 0 || (partial && !partialBasis)) return undefined;
  return {
    request: {
      awardedOn: text(values.awardedOn),
      scope: partial ? 'PARTIAL' : 'WHOLE',
      decisions,
      ...(partial ? { partialBasis } : {}),
    },
    decisionRows,
  };
}

/** Where the award form shows what a request field's violation is about; undefined: the banner lists it. */
export function awardFormPathOf(field: string, decisionRows: readonly number[]): FormPath | undefined {
  const decision = /^decisions(?:\[|\.)(\d+)\]?\.(outcome|amountFen|reasons|claimIndex)$/.exec(field);
  if (decision) {
    const row = decisionRows[Number(decision[1])];
    if (row === undefined) return undefined;
    const name = decision[2] === 'amountFen' ? 'amountYuan' : decision[2] === 'claimIndex' ? 'outcome' : decision[2]!;
    return ['rows', row, name];
  }
  if (field === 'awardedOn' || field === 'partialBasis') return [field];
  if (field === 'scope') return ['partial'];
  return undefined;
}

// ---------- The 仲裁调解书 and 先予执行 ----------

export interface StatementValues {
  issuedOn?: string;
  /** One row per claim of the case, in the case's order (claimIndex is the row's index). */
  settledClaims?: ({ amountYuan?: string; reasonAboveClaim?: string } | undefined)[];
  otherTerms?: string;
}

const fenOf = (typed: string | undefined, field: string) => {
  const fen = yuanToFen(text(typed));
  if (fen === undefined) throw new Error(`${field} was not checked: '${typed ?? ''}'`);
  return fen;
};

/** The 调解书 as the gateway takes it; a reason goes only with an amount above the claim, where it is asked for. */
export function mediationStatementRequestOf(
  values: StatementValues,
  claimedFen: readonly number[],
): IssueMediationStatementRequest {
  const otherTerms = text(values.otherTerms);
  return {
    issuedOn: text(values.issuedOn),
    settledClaims: claimedFen.map((claimed, claimIndex) => {
      const row = values.settledClaims?.[claimIndex];
      const amountFen = fenOf(row?.amountYuan, `settledClaims[${claimIndex}].amountYuan`);
      const reason = text(row?.reasonAboveClaim);
      return { claimIndex, amountFen, ...(amountFen > claimed && reason ? { reasonAboveClaim: reason } : {}) };
    }),
    ...(otherTerms ? { otherTerms } : {}),
  };
}

/** The claims 先予执行 is for (Art. 44): pay, work-injury medical costs, severance, damages; the others are not offered. */
export const ADVANCE_ENFORCEMENT_CATEGORIES: readonly string[] = [
  'WAGES',
  'WORK_INJURY_MEDICAL',
  'SEVERANCE',
  'DAMAGES',
];

export interface AdvanceEnforcementValues {
  appliedOn?: string;
  decidedOn?: string;
  items?: ({ claimIndex?: number; amountYuan?: string } | undefined)[];
  rightsAndObligationsClear?: boolean;
  livelihoodSeriouslyAffected?: boolean;
}

export function advanceEnforcementRequestOf(values: AdvanceEnforcementValues): DecideAdvanceEnforcementRequest {
  const items: AdvanceEnforcementItem[] = (values.items ?? []).map((item, index) => {
    if (item?.claimIndex === undefined) throw new Error(`items[${index}].claimIndex was not checked`);
    return { claimIndex: item.claimIndex, amountFen: fenOf(item.amountYuan, `items[${index}].amountYuan`) };
  });
  return {
    appliedOn: text(values.appliedOn),
    decidedOn: text(values.decidedOn),
    items,
    rightsAndObligationsClear: values.rightsAndObligationsClear === true,
    livelihoodSeriouslyAffected: values.livelihoodSeriouslyAffected === true,
  };
}
