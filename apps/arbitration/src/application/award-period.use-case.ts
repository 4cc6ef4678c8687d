import { Inject, Injectable } from '@nestjs/common';
import { type Caller, hasAnyRole, SUPPLEMENT_RECEIVING_ROLES } from '@onewindow/access';
import { permissionDenied } from '@onewindow/service-runtime';
import {
  type ApproverPost,
  type AwardPeriod,
  awardPeriodDeadline,
  extendAwardPeriod,
  openAwardPeriod,
  resumeAwardPeriod,
  type SuspensionGround,
  SUSPENSION_GROUNDS,
  suspendAwardPeriod,
  withdrawApplication,
} from '../domain';
import {
  ARBITRATION_CASE_REPOSITORY,
  type ArbitrationCaseRecord,
  type ArbitrationCaseRepository,
  type CaseDeadline,
  type WatchedDeadlineMove,
} from './arbitration-case.repository';
import { requireMayDecideAcceptance } from './case-access';
import { type ProceedingsStepEvent, stepOnAcceptedCase } from './proceedings-steps';
import { AWARD_DEADLINE } from '../domain/watched-case-deadlines';
import { toCaseDeadline } from './review-application.use-case';

export interface Approval {
  approvedBy: string;
  post: ApproverPost;
  approvedOn: string;
}

type AwardStepKind =
  | 'AWARD_PERIOD_EXTENDED'
  | 'PROCEEDINGS_SUSPENDED'
  | 'PROCEEDINGS_RESUMED'
  | 'APPLICATION_WITHDRAWN';

const STEP_REASONS: Record<AwardStepKind, string> = {
  AWARD_PERIOD_EXTENDED: '经批准延长仲裁期限',
  PROCEEDINGS_SUSPENDED: '中止审理，中止期间不计入仲裁期限',
  PROCEEDINGS_RESUMED: '恢复审理，仲裁期限重新确定',
  APPLICATION_WITHDRAWN: '申请人撤回仲裁申请',
};

/** The subject the award deadline in force is watched under: the case id, then a new one per change. */
export function awardDeadlineSubjectOf(record: ArbitrationCaseRecord): string {
  return record.awardDeadlineSubject ?? record.caseId;
}

/** The case's own list of deadlines without the award's (the case ended, or its clock stopped). */
export function withoutAwardDeadline(deadlines: readonly CaseDeadline[]): CaseDeadline[] {
  return deadlines.filter((deadline) => deadline.id !== 'arbitration.award');
}

/**
 * The case decided (an award, a 仲裁调解书 in force): the award deadline in force is met under the subject
 * it is watched under, and leaves the case's own list.
 */
export function meetAwardDeadline(
  record: ArbitrationCaseRecord,
  reason: string,
): { deadlines: CaseDeadline[]; move: WatchedDeadlineMove } {
  return {
    deadlines: withoutAwardDeadline(record.deadlines),
    move: { action: 'meet', kind: AWARD_DEADLINE, subjectId: awardDeadlineSubjectOf(record), reason },
  };
}

/** The award period of a case accepted before any step changed it: 45 days from acceptance (Art. 43). */
export function awardPeriodOf(record: ArbitrationCaseRecord): AwardPeriod {
  return record.awardPeriod ?? openAwardPeriod({ countyCode: record.countyCode, acceptedOn: record.acceptedOn });
}

/**
 * The award period after acceptance (仲裁期限, 劳动争议调解仲裁法 Art. 43; 办案规则 Arts. 46–47): the one
 * extension the chair approves, suspension (中止) and resumption, and the applicant's withdrawal (撤回,
 * 办案规则 Art. 35) — each saved with a step for the timeline, and the award deadline following it.
 */
@Injectable()
export class AwardPeriodUseCase {
  constructor(@Inject(ARBITRATION_CASE_REPOSITORY) private readonly cases: ArbitrationCaseRepository) {}

  extend(caller: Caller, caseId: string, request: { days: number; reason: string; approval: Approval }) {
    return this.step(caller, caseId, requireMayDecideAcceptance, (_record, period) => {
      const extended = extendAwardPeriod(period, request);
      const extension = extended.extensions.at(-1)!;
      return {
        period: extended,
        kind: 'AWARD_PERIOD_EXTENDED',
        summary: `经仲裁委员会主任批准，仲裁期限延长 ${extension.days} 日，由 ${extension.dueOnBefore} 延至 ${extension.dueOnAfter}（${extension.reason}）`,
      };
    });
  }

  suspend(
    caller: Caller,
    caseId: string,
    request: { ground: SuspensionGround; details: string; suspendedOn: string; approval: Approval },
  ) {
    return this.step(caller, caseId, requireMayDecideAcceptance, (_record, period) => ({
      period: suspendAwardPeriod(period, request),
      kind: 'PROCEEDINGS_SUSPENDED',
      summary: `仲裁庭于 ${request.suspendedOn} 中止审理：${SUSPENSION_GROUNDS[request.ground] ?? request.ground}（${request.details.trim()}），中止期间不计入仲裁期限`,
    }));
  }

  resume(caller: Caller, caseId: string, request: { resumedOn: string; reason: string }) {
    return this.step(caller, caseId, requireMayDecideAcceptance, (_record, period) => {
      const resumed = resumeAwardPeriod(period, request);
      return {
        period: resumed,
        kind: 'PROCEEDINGS_RESUMED',
        summary: `中止审理的情形消除（${request.reason.trim()}），于 ${request.resumedOn} 恢复审理，仲裁期限至 ${resumed.dueOn}`,
      };
    });
  }

  withdraw(
    caller: Caller,
    caseId: string,
    request: { withdrawnOn: string; reason: string; settled: boolean },
    now = new Date(),
  ) {
    return this.step(
      caller,
      caseId,
      requireMayRecordWithdrawal,
      (record, period, now) => {
        const withdrawal = withdrawApplication(
          { countyCode: record.countyCode, acceptedOn: record.acceptedOn },
          { ...request, requestedBy: 'APPLICANT', recordedBy: caller.userId },
          { now },
        );
        return {
          period,
          kind: 'APPLICATION_WITHDRAWN',
          summary: withdrawal.reason,
          withdrawalReason: withdrawal.reason,
        };
      },
      now,
    );
  }

  private step(
    caller: Caller,
    caseId: string,
    authorise: (caller: Caller) => void,
    change: (
      record: ArbitrationCaseRecord,
      period: AwardPeriod,
      now: Date,
    ) => { period: AwardPeriod; kind: AwardStepKind; summary: string; withdrawalReason?: string },
    now = new Date(),
  ): Promise<ArbitrationCaseRecord> {
    return stepOnAcceptedCase(this.cases, caller, caseId, authorise, (record) => {
      const changed = change(record, awardPeriodOf(record), now);
      const due = awardPeriodDeadline(changed.period);
      const awardDue: CaseDeadline | undefined = changed.withdrawalReason || !due ? undefined : toCaseDeadline(due);
      const previousAwardSubject = awardDeadlineSubjectOf(record);
      const updated: ArbitrationCaseRecord = {
        ...record,
        awardPeriod: changed.period,
        // A new subject per change: the deadline it replaces is cancelled, this one registered.
        awardDeadlineSubject: `${record.caseId}#award-${record.version + 1}`,
        // The case's own list shows the award deadline in force, or none while suspended or withdrawn.
        deadlines: [...withoutAwardDeadline(record.deadlines), ...(awardDue ? [awardDue] : [])],
        ...(changed.withdrawalReason
          ? { status: 'WITHDRAWN' as const, withdrawalReason: changed.withdrawalReason }
          : {}),
      };
      const step: ProceedingsStepEvent = {
        type: 'ProceedingsStep',
        kind: changed.kind,
        summary: changed.summary,
        shows: awardDue ? [awardDue] : [],
        // The award deadline in force is replaced (extension, resumption), stopped (suspension) or ended
        // (withdrawal): the one before is cancelled with the step's reason, the new one registered.
        deadlineMoves: [
          {
            action: 'cancel',
            kind: AWARD_DEADLINE,
            subjectId: previousAwardSubject,
            reason: STEP_REASONS[changed.kind],
          },
          ...(awardDue
            ? [
                {
                  action: 'register' as const,
                  kind: AWARD_DEADLINE,
                  subjectId: updated.awardDeadlineSubject!,
                  due: awardDue,
                },
              ]
            : []),
        ],
      };
      return { record: updated, step };
    });
  }
}

/** A withdrawal is the applicant's; staff at the arbitration window record it (立案书记员, 仲裁员). */
function requireMayRecordWithdrawal(caller: Caller): void {
  if (!hasAnyRole(caller, SUPPLEMENT_RECEIVING_ROLES)) {
    throw permissionDenied('a withdrawal (撤回) is recorded by the ARBITRATION_CLERK or ARBITRATOR post');
  }
}
