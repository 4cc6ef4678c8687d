import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { chinaMinuteOf, todayInChina } from '@onewindow/calendar';
import { type HearingRoom, hearingRoomsOf } from '@onewindow/county';
import {
  assertRoomFree,
  type HearingVenue,
  InvalidProceedingsInputError,
  isCollectiveDispute,
  scheduleHearing,
} from '../domain';
import {
  ARBITRATION_CASE_REPOSITORY,
  type ArbitrationCaseRepository,
  HEARING_ROOM_CALENDAR,
  type HearingRoomCalendar,
} from './arbitration-case.repository';
import { requireMayDecideAcceptance } from './case-access';
import { issueCaseDocument } from './documents/issue-case-document';
import { stepOnAcceptedCase } from './proceedings-steps';

export interface HearingRequest {
  startsAt: string;
  endsAt: string;
  roomId: string;
  place: string;
  meetingLink: string;
  noticeServedOn: string;
}

/**
 * 开庭 (劳动争议调解仲裁法 Art. 35): a hearing on site in one of the commission's rooms — one hearing at a
 * time, checked against the room's calendar of that day — or online, with the written notice served at
 * least 5 days ahead. A collective dispute is heard first (办案规则 Art. 5).
 */
@Injectable()
export class HearingUseCase {
  constructor(
    @Inject(ARBITRATION_CASE_REPOSITORY) private readonly cases: ArbitrationCaseRepository,
    @Inject(HEARING_ROOM_CALENDAR) private readonly rooms: HearingRoomCalendar,
  ) {}

  schedule(caller: Caller, caseId: string, request: HearingRequest, now = new Date()) {
    return stepOnAcceptedCase(this.cases, caller, caseId, requireMayDecideAcceptance, async (record) => {
      // An id of letters, digits and . _ : @ - (the case id's '/' becomes ':'), one per hearing of the case.
      const hearingId = `${record.caseId.replaceAll('/', ':')}:hearing-${(record.hearings?.length ?? 0) + 1}`;
      const venue = venueOf(request, record.countyCode);
      const hearing = scheduleHearing(
        {
          countyCode: record.countyCode,
          hearingId,
          startsAt: request.startsAt,
          endsAt: request.endsAt,
          venue,
          noticeServedOn: request.noticeServedOn,
        },
        {
          countyCode: record.countyCode,
          now,
          priority: record.application ? isCollectiveDispute(record.application) : false,
        },
      );
      if (hearing.venue.mode === 'ON_SITE') {
        const booking = {
          hearingId,
          caseId: record.caseId,
          roomId: hearing.venue.roomId,
          startsAt: hearing.startsAt,
          endsAt: hearing.endsAt,
        };
        await this.rooms.book(record.countyCode, booking, todayInChina(new Date(hearing.startsAt)), (others) =>
          assertRoomFree(booking, others),
        );
      }
      const where =
        hearing.venue.mode === 'ON_SITE' ? `在${hearing.venue.place}开庭` : `线上开庭（${hearing.venue.meetingLink}）`;
      // 开庭通知书 (Art. 35), one per hearing, dated the day it is served on the parties; numbered only once
      // the room is booked, so a refused clash uses no number.
      const noticed = await issueCaseDocument(
        this.cases,
        { ...record, hearings: [...(record.hearings ?? []), hearing] },
        { kind: 'HEARING_NOTICE', issuedOn: hearing.noticeServedOn, subject: hearingId },
      );
      return {
        record: noticed.record,
        step: {
          type: 'ProceedingsStep',
          kind: 'HEARING_SCHEDULED',
          summary: `定于 ${chinaMinuteOf(new Date(hearing.startsAt))} ${where}，开庭通知书（${noticed.issued.number}）于 ${hearing.noticeServedOn} 送达当事人`,
          shows: [],
          deadlineMoves: [],
        },
      };
    });
  }
}

function venueOf(request: HearingRequest, countyCode: string): HearingVenue {
  if (request.meetingLink) return { mode: 'ONLINE', meetingLink: request.meetingLink };
  if (request.roomId) {
    const room = hearingRoomOf(countyCode, request.roomId);
    // The place printed on the notice is the room's configured name unless the arbitrator words it.
    return { mode: 'ON_SITE', roomId: room.roomId, place: request.place.trim() || room.name };
  }
  throw new InvalidProceedingsInputError('roomId', 'give the hearing room (on site) or an https meeting link (online)');
}

/** One of the county's configured hearing rooms (@onewindow/county), or INVALID_ARGUMENT naming `roomId`. */
export function hearingRoomOf(countyCode: string, roomId: string): HearingRoom {
  const rooms = hearingRoomsOf(countyCode);
  const room = rooms.find((candidate) => candidate.roomId === roomId);
  if (!room) {
    throw new InvalidProceedingsInputError(
      'roomId',
      `county ${countyCode} has no hearing room ${roomId || '(none given)'}; its rooms are ${rooms.map((r) => `${r.roomId} ${r.name}`).join(', ')}`,
    );
  }
  return room;
}
