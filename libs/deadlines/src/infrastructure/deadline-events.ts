import { deadline as proto, EventTypes, fromProtoEnum, Topics, toProtoEnum } from '@onewindow/contracts';
import type { Deadline, DeadlineEventType, DeadlineState } from '../domain/deadline';

const TYPES: Record<DeadlineEventType, string> = {
  DeadlineRegistered: EventTypes.deadlineRegistered,
  DeadlineWarned: EventTypes.deadlineWarned,
  DeadlineBreached: EventTypes.deadlineBreached,
  DeadlineMet: EventTypes.deadlineMet,
  DeadlineCancelled: EventTypes.deadlineCancelled,
};

const MESSAGES = {
  DeadlineRegistered: proto.DeadlineRegistered,
  DeadlineWarned: proto.DeadlineWarned,
  DeadlineBreached: proto.DeadlineBreached,
  DeadlineMet: proto.DeadlineMet,
  DeadlineCancelled: proto.DeadlineCancelled,
} as const;

export function deadlineToProto(deadline: Deadline): proto.Deadline {
  return {
    deadlineId: deadline.deadlineId,
    countyCode: deadline.countyCode,
    matterId: deadline.matterId,
    matterNumber: deadline.matterNumber,
    service: deadline.service,
    kind: deadline.kind,
    label: deadline.label,
    legalBasis: deadline.legalBasis,
    subjectId: deadline.subjectId,
    dueOn: deadline.dueOn,
    warnOn: deadline.warnOn,
    provisional: deadline.provisional,
    state: toProtoEnum(deadline.state, 'DEADLINE_STATE_', proto.DeadlineState),
    registeredAt: deadline.registeredAt,
    warnedAt: deadline.warnedAt ?? '',
    breachedAt: deadline.breachedAt ?? '',
    endedAt: deadline.endedAt ?? '',
    endReason: deadline.endReason ?? '',
  };
}

export function deadlineFromProto(message: proto.Deadline): Deadline {
  const optional = (value: string) => (value === '' ? undefined : value);
  return {
    deadlineId: message.deadlineId,
    countyCode: message.countyCode,
    matterId: message.matterId,
    matterNumber: message.matterNumber,
    service: message.service,
    kind: message.kind,
    label: message.label,
    legalBasis: message.legalBasis,
    subjectId: message.subjectId,
    dueOn: message.dueOn,
    warnOn: message.warnOn,
    provisional: message.provisional,
    state: fromProtoEnum(message.state, 'DEADLINE_STATE_') as DeadlineState,
    registeredAt: message.registeredAt,
    ...(optional(message.warnedAt) ? { warnedAt: message.warnedAt } : {}),
    ...(optional(message.breachedAt) ? { breachedAt: message.breachedAt } : {}),
    ...(optional(message.endedAt) ? { endedAt: message.endedAt, endReason: message.endReason } : {}),
  };
}

/**
 * The event announcing a move of `deadline`. Its id is fixed by the deadline and the move, so a move
 * written twice (a retried save) is one event to every consumer.
 */
export function deadlineEvent(
  deadline: Deadline,
  type: DeadlineEventType,
): { id: string; type: string; payload: Uint8Array } {
  const payload = MESSAGES[type].encode({ deadline: deadlineToProto(deadline) }).finish();
  return { id: `${deadline.deadlineId}/${type}`, type: TYPES[type], payload };
}

/** The deadline an event of any of the five types carries (they share one shape). */
export function decodeDeadlineEvent(payload: Uint8Array): Deadline | undefined {
  const { deadline } = proto.DeadlineRegistered.decode(payload);
  return deadline ? deadlineFromProto(deadline) : undefined;
}

/** Every service's deadlines topic: what intake projects onto timelines and the supervisor's alerts. */
export const DEADLINE_TOPICS: readonly string[] = [
  Topics.routingDeadlines,
  Topics.arbitrationDeadlines,
  // The 15-day mediation period (劳动争议调解仲裁法 Art. 14 para 3): its warnings and breaches go to the supervisor.
  Topics.mediationDeadlines,
  // Inspection's acceptance (5 working days) and investigation (60 + 30) limits, the correction order's check;
  // labor-relations supervision's guidance follow-ups.
  Topics.inspectionDeadlines,
  Topics.laborRelationsDeadlines,
];
