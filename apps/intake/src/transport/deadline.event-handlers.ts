import { Injectable } from '@nestjs/common';
import { EventTypes } from '@onewindow/contracts';
import { decodeDeadlineEvent, type Deadline } from '@onewindow/deadlines';
import { type ConsumedEvent, type EventHandler, PoisonMessageError } from '@onewindow/messaging';
import { DeadlineAlertsUseCase } from '../application/deadline-alerts';
import { RecordTimelineStepUseCase } from '../application/record-timeline-step.use-case';
import { timelineSummary } from '../domain/timeline';

const SUMMARIES: Record<string, (deadline: Deadline) => string> = {
  [EventTypes.deadlineRegistered]: (d) => timelineSummary.deadlineRegistered(d.label, d.dueOn, d.legalBasis),
  [EventTypes.deadlineWarned]: (d) => timelineSummary.deadlineWarned(d.label, d.dueOn, d.legalBasis),
  [EventTypes.deadlineBreached]: (d) => timelineSummary.deadlineBreached(d.label, d.dueOn, d.legalBasis),
  [EventTypes.deadlineMet]: (d) => timelineSummary.deadlineMet(d.label, d.endReason ?? ''),
  [EventTypes.deadlineCancelled]: (d) => timelineSummary.deadlineCancelled(d.label, d.endReason ?? ''),
};

/** Every service's deadline events: on the matter's timeline, and in the supervisor's open alerts. */
@Injectable()
export class DeadlineEventHandlers {
  constructor(
    private readonly recordStep: RecordTimelineStepUseCase,
    private readonly alerts: DeadlineAlertsUseCase,
  ) {}

  private async project(event: ConsumedEvent, summary: (deadline: Deadline) => string): Promise<void> {
    const deadline = decodeDeadlineEvent(event.payload);
    if (!deadline) throw new PoisonMessageError(`${event.type} ${event.id} carries no deadline`);
    // A case an office opened itself (inspection's 主动监察) has no matter: its limits still reach the supervisor.
    if (!deadline.matterId) return this.alerts.record(deadline);
    await this.recordStep.execute(deadline.matterId, {
      eventId: event.id,
      eventType: event.type,
      source: event.source,
      occurredAt: event.time,
      summary: summary(deadline),
      deadlines:
        event.type === EventTypes.deadlineRegistered
          ? [
              {
                label: deadline.label,
                dueOn: deadline.dueOn,
                provisional: deadline.provisional,
                citation: deadline.legalBasis,
              },
            ]
          : [],
    });
    await this.alerts.record(deadline);
  }

  readonly handlers: Record<string, EventHandler> = Object.fromEntries(
    Object.entries(SUMMARIES).map(([type, summary]) => [type, (event: ConsumedEvent) => this.project(event, summary)]),
  );
}
