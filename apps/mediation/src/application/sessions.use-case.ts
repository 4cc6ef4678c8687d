import { Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { chinaMinuteOf } from '@onewindow/calendar';
import {
  type Attendance,
  extendMediationPeriod,
  InvalidMediationInputError,
  MediationPreconditionError,
  recordAttendance,
  recordSessionRecord,
  scheduleSession,
  type SessionVenue,
} from '../domain';
import { periodDeadlineSubject } from '../domain/watched-mediation-deadlines';
import { requireMayMediate } from './case-access';
import { MediationCaseChanges, periodOnTheWire } from './mediation-case-changes';
import type { MediationCaseRecord } from './mediation-case.repository';

export interface ScheduleSessionRequest {
  caseId: string;
  expectedVersion: number;
  startsAt: string;
  venue: SessionVenue;
  /** how each party was told, as the gateway sent it (e.g. 短信 138****5678); never a whole number */
  notices: string[];
}

export interface RecordSessionRequest {
  caseId: string;
  expectedVersion: number;
  sessionIndex: number;
  workerAttendance?: Attendance;
  employerAttendance?: Attendance;
  record?: string;
}

export interface ExtendPeriodRequest {
  caseId: string;
  expectedVersion: number;
  newDueOn: string;
  workerAgreedAt: string;
  employerAgreedAt: string;
}

// A masked phone keeps at most 7 digits visible (3 + 4); more is a whole number that must not be kept.
const WHOLE_PHONE = /\d{8,}/;

/** Sessions (调解会议) on site or online within the period, their records (调解笔录), and extensions. */
@Injectable()
export class SessionsUseCase {
  constructor(private readonly changes: MediationCaseChanges) {}

  schedule(caller: Caller, request: ScheduleSessionRequest, now = new Date()) {
    return this.changes.change(
      request.caseId,
      request.expectedVersion,
      (record) => requireMayMediate(caller, record),
      (record) => {
        requireMediating(record, 'startsAt');
        if (!record.assignment) {
          throw new MediationPreconditionError('startsAt', 'assign a mediator before scheduling a session');
        }
        const notices = Array.isArray(request.notices) ? request.notices : [];
        notices.forEach((notice, i) => {
          if (
            typeof notice !== 'string' ||
            notice.trim().length < 2 ||
            notice.length > 100 ||
            WHOLE_PHONE.test(notice)
          ) {
            throw new InvalidMediationInputError(
              `notices[${i}]`,
              'say how the party was told in 2 to 100 characters, with a phone number masked (138****5678)',
            );
          }
        });
        const session = scheduleSession(
          { countyCode: record.countyCode, startsAt: request.startsAt, venue: request.venue },
          { now, period: record.period },
        );
        const where = session.venue.mode === 'ON_SITE' ? `现场（${session.venue.place}）` : '线上视频';
        return {
          record: {
            ...record,
            sessions: [...record.sessions, { ...session, noticesSent: notices.map((n) => n.trim()) }],
          },
          events: [
            {
              kind: 'SESSION_SCHEDULED',
              summary: `调解会议定于 ${chinaMinuteOf(new Date(session.startsAt))} ${where}举行，已通知双方当事人`,
            },
          ],
        };
      },
    );
  }

  record(caller: Caller, request: RecordSessionRequest, now = new Date()) {
    return this.changes.change(
      request.caseId,
      request.expectedVersion,
      (record) => requireMayMediate(caller, record),
      (record) => {
        const index = request.sessionIndex;
        if (!Number.isSafeInteger(index) || index < 0 || index >= record.sessions.length) {
          throw new InvalidMediationInputError(
            'sessionIndex',
            `the case has ${record.sessions.length} session(s); got ${String(index)}`,
          );
        }
        let session = record.sessions[index]!;
        if (request.workerAttendance) {
          session = {
            ...session,
            ...recordAttendance(session, { party: 'WORKER', attendance: request.workerAttendance }, now),
          };
        }
        if (request.employerAttendance) {
          session = {
            ...session,
            ...recordAttendance(session, { party: 'EMPLOYER', attendance: request.employerAttendance }, now),
          };
        }
        if (request.record) session = { ...session, ...recordSessionRecord(session, request.record, now) };
        if (!request.workerAttendance && !request.employerAttendance && !request.record) {
          throw new InvalidMediationInputError('record', 'give the attendance or the record (调解笔录) of the session');
        }
        const sessions = record.sessions.map((s, i) => (i === index ? session : s));
        return {
          record: { ...record, sessions },
          events: [
            {
              kind: 'SESSION_RECORDED',
              summary: `调解会议（${chinaMinuteOf(new Date(session.startsAt))}）已记录到场情况和调解笔录`,
            },
          ],
        };
      },
    );
  }

  extendPeriod(caller: Caller, request: ExtendPeriodRequest, now = new Date()) {
    return this.changes.change(
      request.caseId,
      request.expectedVersion,
      (record) => requireMayMediate(caller, record),
      (record) => {
        requireMediating(record, 'newDueOn');
        const period = extendMediationPeriod(record.period, {
          newDueOn: request.newDueOn,
          consents: [
            { party: 'WORKER', agreedAt: request.workerAgreedAt, recordedBy: caller.userId },
            { party: 'EMPLOYER', agreedAt: request.employerAgreedAt, recordedBy: caller.userId },
          ],
          recordedAt: now.toISOString(),
        });
        const updated: MediationCaseRecord = {
          ...record,
          period,
          periodDeadlineSubject: periodDeadlineSubject(record.caseId, period.extensions.length),
        };
        return {
          record: updated,
          events: [
            {
              kind: 'PERIOD_EXTENDED',
              summary: `双方当事人同意延长调解期限，由 ${record.period.dueOn} 延至 ${period.dueOn}`,
              deadlines: [periodOnTheWire(period)],
            },
          ],
        };
      },
    );
  }
}

/** Sessions and extensions belong to a mediation under way: both consented, no agreement in force yet. */
export function requireMediating(record: MediationCaseRecord, field: string): void {
  if (record.status === 'AWAITING_CONSENT') {
    throw new MediationPreconditionError(field, 'the employer has not yet consented to mediation (Art. 5)');
  }
  if (record.status === 'AGREEMENT_IN_FORCE') {
    throw new MediationPreconditionError(
      field,
      `the agreement ${record.agreementNumber} is in force; mediation has ended`,
    );
  }
}
