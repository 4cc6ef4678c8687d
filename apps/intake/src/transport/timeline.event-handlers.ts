import { Injectable } from '@nestjs/common';
import {
  arbitration,
  common,
  EventTypes,
  fromProtoEnum,
  inspection,
  laborRelations,
  mediation,
  routing,
} from '@onewindow/contracts';
import { ConsumedEvent, decodePayload, EventHandler, PoisonMessageError } from '@onewindow/messaging';
import type { ProjectedFacts } from '../application/matter.repository';
import { RecordTimelineStepUseCase } from '../application/record-timeline-step.use-case';
import { stageAfterConclusion, stageAfterReferral, timelineSummary, TimelineEntry } from '../domain/timeline';

function deadlinesOf(...deadlines: (common.Deadline | undefined)[]) {
  return deadlines.filter((d): d is common.Deadline => !!d && !!d.dueOn);
}

function referralNames(referral: routing.Referral | undefined, eventId: string) {
  if (!referral) throw new PoisonMessageError(`referral event ${eventId} carries no referral`);
  return {
    target: fromProtoEnum(referral.target, 'REFERRAL_TARGET_'),
    status: fromProtoEnum(referral.status, 'REFERRAL_STATUS_'),
  };
}

function step(event: ConsumedEvent, fields: Pick<TimelineEntry, 'summary' | 'deadlines' | 'stage'>): TimelineEntry {
  return { eventId: event.id, eventType: event.type, source: event.source, occurredAt: event.time, ...fields };
}

/** Projects other services' events onto the matter's timeline (一管到底). */
@Injectable()
export class TimelineEventHandlers {
  constructor(private readonly recordStep: RecordTimelineStepUseCase) {}

  private record(matterId: string, entry: TimelineEntry, facts?: ProjectedFacts): Promise<void> {
    if (!matterId) throw new PoisonMessageError(`${entry.eventType} ${entry.eventId} names no matter`);
    return this.recordStep.execute(matterId, entry, facts);
  }

  /** A step an office words itself (mediation's case events, arbitration's proceedings after acceptance). */
  private recordOfficeStep(
    event: ConsumedEvent,
    told: { matterId: string; kind: string; summary: string; documentNumber: string; deadlines: common.Deadline[] },
  ): Promise<void> {
    if (!told.summary.trim() && !told.kind.trim()) {
      throw new PoisonMessageError(`${event.type} ${event.id} names neither its kind nor a summary`);
    }
    return this.record(
      told.matterId,
      step(event, {
        summary: timelineSummary.officeStep(told.summary, told.kind, told.documentNumber),
        deadlines: deadlinesOf(...told.deadlines),
      }),
    );
  }

  readonly handlers: Record<string, EventHandler> = {
    [EventTypes.referralIssued]: async (event) => {
      const issued = decodePayload(routing.ReferralIssued, event);
      const referral = issued.referral;
      if (!referral) throw new PoisonMessageError(`ReferralIssued ${event.id} carries no referral`);
      const target = fromProtoEnum(referral.target, 'REFERRAL_TARGET_');
      await this.record(
        issued.matterId,
        step(event, {
          summary: timelineSummary.referralIssued(target, referral.reason, referral.ruleId),
          deadlines: deadlinesOf(referral.acknowledgeBy),
          stage: stageAfterReferral(),
        }),
        { referralTarget: target },
      );
    },
    [EventTypes.referralAcknowledged]: async (event) => {
      const { matterId, referral } = decodePayload(routing.ReferralAcknowledged, event);
      const { target, status } = referralNames(referral, event.id);
      // A consultation is accepted and answered in one step: the answer's own entry tells it.
      if (target === 'CONSULTATION_CLOSE' && status !== 'DECLINED') return;
      await this.record(
        matterId,
        step(event, {
          summary: timelineSummary.referralAcknowledged(target, status, referral!.statusReason),
          deadlines: [],
        }),
      );
    },
    [EventTypes.referralOutcomeReported]: async (event) => {
      const { matterId, referral } = decodePayload(routing.ReferralOutcomeReported, event);
      const { target, status } = referralNames(referral, event.id);
      const answered = referral!.consultationAnswer;
      await this.record(
        matterId,
        step(event, {
          summary: answered
            ? timelineSummary.consultationAnswered(
                answered.answeredByName || answered.answeredByUserId,
                answered.answer,
                answered.basis,
              )
            : timelineSummary.referralOutcomeReported(target, status, referral!.statusReason),
          deadlines: [],
        }),
      );
    },
    [EventTypes.matterConcluded]: async (event) => {
      const concluded = decodePayload(routing.MatterConcluded, event);
      const targets = concluded.referrals.map((referral) => referralNames(referral, event.id).target);
      await this.record(
        concluded.matterId,
        step(event, {
          summary: timelineSummary.matterConcluded(targets),
          deadlines: [],
          stage: stageAfterConclusion(targets),
        }),
      );
    },
    [EventTypes.referralEscalated]: async (event) => {
      const { matterId, referral, reason } = decodePayload(routing.ReferralEscalated, event);
      const { target } = referralNames(referral, event.id);
      await this.record(
        matterId,
        step(event, { summary: timelineSummary.referralEscalated(target, reason), deadlines: [] }),
      );
    },
    [EventTypes.supplementRequested]: async (event) => {
      const notice = decodePayload(arbitration.SupplementRequested, event);
      await this.record(
        notice.matterId,
        step(event, {
          summary: timelineSummary.supplementRequested(
            notice.missingItems.map((item) => item.description),
            notice.noticeNumber,
            notice.round,
          ),
          deadlines: deadlinesOf(notice.supplementBy),
          stage: 'AWAITING_SUPPLEMENT',
        }),
      );
    },
    [EventTypes.supplementSubmitted]: async (event) => {
      const submitted = decodePayload(arbitration.SupplementSubmitted, event);
      await this.record(
        submitted.matterId,
        step(event, {
          summary: timelineSummary.supplementSubmitted(
            submitted.supplied.map((item) => item.description),
            submitted.noticeNumber,
          ),
          deadlines: [],
        }),
      );
    },
    [EventTypes.applicationReceived]: async (event) => {
      const receipt = decodePayload(arbitration.ApplicationReceived, event);
      await this.record(
        receipt.matterId,
        step(event, {
          summary: timelineSummary.applicationReceived(receipt.receiptNumber),
          deadlines: deadlinesOf(receipt.decisionDue),
          stage: 'AWAITING_ACCEPTANCE_DECISION',
        }),
      );
    },
    [EventTypes.applicationAccepted]: async (event) => {
      const accepted = decodePayload(arbitration.ApplicationAccepted, event);
      await this.record(
        accepted.matterId,
        step(event, {
          summary: timelineSummary.applicationAccepted(accepted.acceptanceNoticeNumber, accepted.acceptedOn),
          deadlines: deadlinesOf(accepted.awardDue),
          stage: 'ACCEPTED',
        }),
        { acceptedOn: accepted.acceptedOn, sameDayAcceptanceRequired: accepted.sameDayRequired },
      );
    },
    [EventTypes.applicationNotAccepted]: async (event) => {
      const refused = decodePayload(arbitration.ApplicationNotAccepted, event);
      await this.record(
        refused.matterId,
        step(event, {
          summary: timelineSummary.applicationNotAccepted(refused.reason, refused.remedy),
          deadlines: [],
          stage: 'NOT_ACCEPTED',
        }),
      );
    },
    // Mediation's own steps (调解建议书, consent, mediators, sessions, 调解协议书, performance, court routes).
    // The office answers on the same topic have no handler here: routing's referral events tell them, and
    // move the stage; so this entry moves none.
    [EventTypes.mediationCaseEvent]: async (event) => {
      const mediated = decodePayload(mediation.MediationCaseEvent, event);
      await this.recordOfficeStep(event, mediated);
    },
    [EventTypes.proceedingsStep]: async (event) => {
      const proceeding = decodePayload(arbitration.ProceedingsStep, event);
      await this.recordOfficeStep(event, { ...proceeding, documentNumber: '' });
    },
    // Inspection's steps (受理, 立案, 询问, 陈述申辩, 责令改正, 处罚 …) and labor-relations supervision's (裁员报告,
    // 专项检查 …). A case the office opened itself (主动监察) has no matter, hence no timeline.
    [EventTypes.inspectionCaseEvent]: async (event) => {
      const inspected = decodePayload(inspection.InspectionCaseEvent, event);
      if (inspected.matterId) await this.recordOfficeStep(event, inspected);
    },
    [EventTypes.supervisionEvent]: async (event) => {
      const supervised = decodePayload(laborRelations.SupervisionEvent, event);
      if (supervised.matterId) await this.recordOfficeStep(event, supervised);
    },
  };
}
