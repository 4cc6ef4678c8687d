import { Inject, Injectable } from '@nestjs/common';
import { type Caller, hasAnyRole, SUPPLEMENT_RECEIVING_ROLES } from '@onewindow/access';
import { addCalendarDays, chinaMinuteOf, isIsoDate, todayInChina } from '@onewindow/calendar';
import { isKnownCounty } from '@onewindow/county';
import { permissionDenied, requireCounty } from '@onewindow/service-runtime';
import {
  type AbsenceConsequence,
  type AbsenceKind,
  decideOnAbsence,
  decidePostponement,
  type Hearing,
  type HearingParty,
  InvalidProceedingsInputError,
  ProceedingsPreconditionError,
  recordHearing,
  requestPostponement,
} from '../domain';
import { AWARD_DEADLINE } from '../domain/watched-case-deadlines';
import {
  ARBITRATION_CASE_REPOSITORY,
  type ArbitrationCaseRecord,
  type ArbitrationCaseRepository,
  HEARING_ROOM_CALENDAR,
  type HearingRoomCalendar,
} from './arbitration-case.repository';
import { requireMayDecideAcceptance } from './case-access';
import { hearingRoomOf } from './hearing.use-case';
import { type ProceedingsStepEvent, stepOnAcceptedCase } from './proceedings-steps';
import { asRequestFields, CONTRACT_PARTY_ZH, partyOfRequest } from './request-fields';

export interface PostponementRequest {
  hearingId: string;
  /** APPLICANT or RESPONDENT */
  party: string;
  requestedOn: string;
  reason: string;
  /** the commission's decision, taken with the request */
  granted: boolean;
  decidedOn: string;
  decisionReason: string;
}

export interface AbsenceRequest {
  /** APPLICANT or RESPONDENT */
  party: string;
  /** DID_NOT_APPEAR or LEFT_WITHOUT_LEAVE */
  kind: string;
  /** empty when the party received no written notice */
  writtenNoticeReceivedOn: string;
  /** the reason the party gave, empty when none, and whether the tribunal accepts it as good */
  reason: string;
  reasonAccepted: boolean;
}

export interface HearingRecordRequest {
  hearingId: string;
  recordText: string;
  absences: AbsenceRequest[];
}

export interface RoomWeekRequest {
  countyCode: string;
  roomId: string;
  weekStart: string;
}

export interface RoomHearing {
  hearingId: string;
  /** empty for a booking stored before bookings kept their case */
  caseId: string;
  startsAt: string;
  endsAt: string;
}

const POSTPONEMENT_ARTICLE = '《劳动争议调解仲裁法》第三十五条；《劳动人事争议仲裁办案规则》第三十八条';
const ABSENCE_ARTICLE = '《劳动争议调解仲裁法》第三十六条；《劳动人事争议仲裁办案规则》第三十九条';
const HEARING_RECORD_ARTICLE = '《劳动争议调解仲裁法》第四十条';

/** A room freed when its hearing was postponed. */
type Release = { countyCode: string; roomId: string; day: string; hearingId: string };

/**
 * What becomes of a scheduled hearing (开庭): postponed on a party's request (延期开庭, 劳动争议调解仲裁法
 * Art. 35), or held with its record (庭审笔录, Art. 40) and what a party's absence brings (Art. 36: the
 * applicant's case treated as withdrawn, the respondent decided in absence, or a good reason postponing
 * it). A postponed hearing frees its room; the new date is a new hearing (ScheduleHearing). And a room's
 * week of hearings, for the calendar.
 */
@Injectable()
export class HearingOutcomeUseCase {
  constructor(
    @Inject(ARBITRATION_CASE_REPOSITORY) private readonly cases: ArbitrationCaseRepository,
    @Inject(HEARING_ROOM_CALENDAR) private readonly rooms: HearingRoomCalendar,
  ) {}

  async postpone(caller: Caller, caseId: string, request: PostponementRequest): Promise<ArbitrationCaseRecord> {
    let release: Release | undefined;
    const saved = await stepOnAcceptedCase(this.cases, caller, caseId, requireMayDecideAcceptance, (record) => {
      const [index, hearing] = scheduledHearingOf(record, request.hearingId);
      const asked = requestPostponement(hearing, {
        party: partyOfRequest(request.party),
        requestedOn: request.requestedOn,
        reason: request.reason,
      });
      const decided = asRequestFields({ reason: 'decisionReason' }, () =>
        decidePostponement(asked, {
          granted: request.granted,
          decidedOn: request.decidedOn,
          reason: request.decisionReason,
        }),
      );
      const asking = decided.postponementRequests.at(-1)!;
      release = request.granted ? releaseOf(record.countyCode, decided) : undefined;
      return {
        record: withHearing(record, index, decided),
        step: {
          type: 'ProceedingsStep',
          kind: request.granted ? 'HEARING_POSTPONED' : 'POSTPONEMENT_REFUSED',
          summary:
            `${CONTRACT_PARTY_ZH[request.party]}于 ${asking.requestedOn} 申请延期开庭（${asking.reason}），` +
            `仲裁委员会于 ${asking.decidedOn} 决定${request.granted ? '延期开庭' : '不予延期'}（${asking.decisionReason}）：` +
            `原定 ${startOf(hearing)} 的开庭` +
            (request.granted ? '不再举行，另行确定开庭日期并重新书面通知' : '照常进行') +
            `（${POSTPONEMENT_ARTICLE}）`,
          shows: [],
          deadlineMoves: [],
        },
      };
    });
    await this.free(release);
    return saved;
  }

  async record(
    caller: Caller,
    caseId: string,
    request: HearingRecordRequest,
    now = new Date(),
  ): Promise<ArbitrationCaseRecord> {
    let release: Release | undefined;
    const saved = await stepOnAcceptedCase(this.cases, caller, caseId, requireMayDecideAcceptance, (record) => {
      const [index, hearing] = hearingOf(record, request.hearingId);
      const held = asRequestFields({ text: 'recordText' }, () =>
        recordHearing(hearing, { text: request.recordText, clerkId: caller.userId }, now),
      );
      const consequences = absenceConsequences(record, hearing, request.absences ?? []);
      const withdrawn = consequences.find((c) => c.consequence === 'TREATED_AS_WITHDRAWN');
      const postponed = consequences.find((c) => c.consequence === 'POSTPONED');
      const inAbsence = consequences.find((c) => c.consequence === 'DECIDED_IN_ABSENCE');
      const rejected = (c: AbsenceConsequence) =>
        'rejectedExcuse' in c && c.rejectedExcuse ? `（所述理由“${c.rejectedExcuse}”未被仲裁庭采纳）` : '';

      // The applicant absent without good reason ends the case whatever else happened (Art. 36).
      if (withdrawn) return treatedAsWithdrawn(record, index, held, withdrawn, rejected(withdrawn));
      if (postponed) {
        const adjourned: Hearing = { ...held, status: 'POSTPONED' };
        release = releaseOf(record.countyCode, adjourned);
        return {
          record: withHearing(record, index, adjourned),
          step: {
            type: 'ProceedingsStep',
            kind: 'HEARING_POSTPONED',
            summary: `${postponed.reason}，另行确定开庭日期并重新书面通知（${ABSENCE_ARTICLE}）`,
            shows: [],
            deadlineMoves: [],
          },
        };
      }
      return {
        record: {
          ...withHearing(record, index, held),
          ...(inAbsence?.consequence === 'DECIDED_IN_ABSENCE' ? { decidedInAbsence: inAbsence } : {}),
        },
        step: {
          type: 'ProceedingsStep',
          kind: 'HEARING_HELD',
          summary:
            `${startOf(hearing)} 开庭审理，庭审笔录已记入（${HEARING_RECORD_ARTICLE}）` +
            (inAbsence ? `；${inAbsence.reason}（缺席审理，${ABSENCE_ARTICLE}）${rejected(inAbsence)}` : ''),
          shows: [],
          deadlineMoves: [],
        },
      };
    });
    await this.free(release);
    return saved;
  }

  /** 开庭排期: the room's hearings in the 7 days from `weekStart`, by start, read by each day's key. */
  async roomWeek(caller: Caller, request: RoomWeekRequest): Promise<RoomHearing[]> {
    if (!hasAnyRole(caller, SUPPLEMENT_RECEIVING_ROLES)) {
      throw permissionDenied("a hearing room's calendar is for the ARBITRATION_CLERK and ARBITRATOR posts");
    }
    if (!isKnownCounty(request.countyCode)) {
      throw new InvalidProceedingsInputError(
        'countyCode',
        `${request.countyCode || '(none given)'} is not a county OneWindow serves`,
      );
    }
    requireCounty(caller, request.countyCode);
    const room = hearingRoomOf(request.countyCode, request.roomId);
    if (!isIsoDate(request.weekStart)) {
      throw new InvalidProceedingsInputError(
        'weekStart',
        `must be a day as YYYY-MM-DD; got ${request.weekStart || '(none)'}`,
      );
    }
    const days = Array.from({ length: 7 }, (_, i) => addCalendarDays(request.weekStart, i));
    const bookings = await this.rooms.bookingsOn(request.countyCode, room.roomId, days);
    return bookings
      .filter((booking) => booking.status !== 'POSTPONED')
      .map(({ hearingId, caseId, startsAt, endsAt }) => ({ hearingId, caseId: caseId ?? '', startsAt, endsAt }))
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.hearingId.localeCompare(b.hearingId));
  }

  /**
   * After the case is saved: a failed save never frees a room its hearing still holds (a clash would then
   * go unseen); a release lost to a crash leaves the room showing a postponed hearing, which a clerk sees.
   */
  private async free(release: Release | undefined): Promise<void> {
    if (release) await this.rooms.release(release.countyCode, release.roomId, release.day, release.hearingId);
  }
}

function hearingOf(record: ArbitrationCaseRecord, hearingId: string): [number, Hearing] {
  const hearings = record.hearings ?? [];
  const index = hearings.findIndex((hearing) => hearing.hearingId === hearingId);
  if (index < 0) {
    throw new InvalidProceedingsInputError(
      'hearingId',
      `case ${record.caseId} has no hearing ${hearingId || '(none given)'}` +
        (hearings.length ? `; its hearings are ${hearings.map((h) => h.hearingId).join(', ')}` : ''),
    );
  }
  return [index, hearings[index]!];
}

/** Only a hearing still to be held can be postponed. */
function scheduledHearingOf(record: ArbitrationCaseRecord, hearingId: string): [number, Hearing] {
  const [index, hearing] = hearingOf(record, hearingId);
  if (hearing.status !== 'SCHEDULED') {
    throw new ProceedingsPreconditionError(
      'hearingId',
      `hearing ${hearing.hearingId} is ${hearing.status}; only a scheduled hearing can be postponed`,
    );
  }
  return [index, hearing];
}

function withHearing(record: ArbitrationCaseRecord, index: number, hearing: Hearing): ArbitrationCaseRecord {
  return { ...record, hearings: (record.hearings ?? []).map((h, i) => (i === index ? hearing : h)) };
}

const startOf = (hearing: Hearing) => chinaMinuteOf(new Date(hearing.startsAt));

function releaseOf(countyCode: string, hearing: Hearing): Release | undefined {
  if (hearing.venue.mode !== 'ON_SITE') return undefined;
  return {
    countyCode,
    roomId: hearing.venue.roomId,
    day: todayInChina(new Date(hearing.startsAt)),
    hearingId: hearing.hearingId,
  };
}

/** What each absence brings (Art. 36), each refusal naming the absence it is about. */
function absenceConsequences(
  record: ArbitrationCaseRecord,
  hearing: Hearing,
  absences: readonly AbsenceRequest[],
): AbsenceConsequence[] {
  const hearingOn = todayInChina(new Date(hearing.startsAt));
  const seen = new Set<string>();
  return absences.map((absence, i) => {
    const at = `absences[${i}]`;
    if (seen.has(absence.party)) {
      throw new InvalidProceedingsInputError(`${at}.party`, `${absence.party} is listed as absent twice`);
    }
    seen.add(absence.party);
    const reason = absence.reason.trim();
    if (absence.reasonAccepted && !reason) {
      throw new InvalidProceedingsInputError(`${at}.reason`, 'give the reason the tribunal accepts as good (正当理由)');
    }
    return asRequestFields(
      {
        input: at,
        party: `${at}.party`,
        kind: `${at}.kind`,
        writtenNoticeReceivedOn: `${at}.writtenNoticeReceivedOn`,
        reason: `${at}.reason`,
        'reason.text': `${at}.reason`,
        'reason.acceptedByTribunal': `${at}.reasonAccepted`,
      },
      () =>
        decideOnAbsence({
          countyCode: record.countyCode,
          party: absence.party as HearingParty,
          kind: absence.kind as AbsenceKind,
          hearingOn,
          ...(absence.writtenNoticeReceivedOn ? { writtenNoticeReceivedOn: absence.writtenNoticeReceivedOn } : {}),
          ...(reason ? { reason: { text: reason, acceptedByTribunal: absence.reasonAccepted } } : {}),
        }),
    );
  });
}

/**
 * 视为撤回仲裁申请 (Art. 36; 办案规则 Art. 39): the case ends as a withdrawal does — the award deadline is
 * cancelled, routing's referral closed (office-answers) — and a new application on the same facts is barred.
 */
function treatedAsWithdrawn(
  record: ArbitrationCaseRecord,
  index: number,
  held: Hearing,
  withdrawn: Extract<AbsenceConsequence, { consequence: 'TREATED_AS_WITHDRAWN' }>,
  rejected: string,
): { record: ArbitrationCaseRecord; step: ProceedingsStepEvent } {
  const reason = `${withdrawn.reason}${rejected}`;
  return {
    record: {
      ...withHearing(record, index, held),
      status: 'WITHDRAWN',
      withdrawalReason: reason,
      deadlines: record.deadlines.filter((deadline) => deadline.id !== 'arbitration.award'),
    },
    step: {
      type: 'ProceedingsStep',
      kind: 'APPLICATION_TREATED_AS_WITHDRAWN',
      summary: `${reason}（${ABSENCE_ARTICLE}）`,
      shows: [],
      deadlineMoves: [
        {
          action: 'cancel',
          kind: AWARD_DEADLINE,
          subjectId: record.awardDeadlineSubject ?? record.caseId,
          reason: '申请人无正当理由拒不到庭或者未经仲裁庭同意中途退庭，按撤回仲裁申请处理',
        },
      ],
    },
  };
}
