import { Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { todayInChina } from '@onewindow/calendar';
import {
  checkAdvanceExplanation,
  explanationFindings,
  InvalidSupervisionInputError,
  judgeLayoffThreshold,
  layoffGroundOf,
  type LayoffReportState,
  reviewLayoffPlan,
  SupervisionPreconditionError,
} from '../domain';
import { employerOf, type MatterChange, SupervisionChanges } from './supervision-changes';
import type { EmployerRecord, SupervisionMatterRecord } from './supervision-matter.repository';

export interface RegisterLayoffReportInput {
  supervisionId: string;
  expectedVersion: number;
  countyCode: string;
  requestId: string;
  employer?: Partial<EmployerRecord>;
  workersLaidOff: number;
  workforce: number;
  ground: string;
  explainedOn: string;
  plannedOn: string;
  unionOpinionHeard: boolean;
}

export interface ReviewLayoffPlanInput {
  supervisionId: string;
  expectedVersion: number;
  protectedWorkersInPlan: string[];
  retentionPriorityKept: boolean;
  note: string;
}

/**
 * 裁员报告 (劳动合同法 Art. 41): registered from a referral's figures or filed directly; the thresholds
 * judged, and for a 规模裁员 the ground and the thirty-day advance explanation checked, with a numbered
 * 裁员报告登记回执. Below both thresholds no report is required (NOT_REPORTABLE).
 */
@Injectable()
export class LayoffReportUseCase {
  constructor(private readonly changes: SupervisionChanges) {}

  async register(caller: Caller, input: RegisterLayoffReportInput, now: Date): Promise<SupervisionMatterRecord> {
    const today = todayInChina(now);
    if (input.supervisionId) {
      return this.changes.change(caller, input.supervisionId, input.expectedVersion, (record) => {
        if (record.status !== 'RECEIVED' || (record.kind !== undefined && record.kind !== 'LAYOFF_REPORT')) {
          throw new SupervisionPreconditionError(
            'supervisionId',
            `${record.number} is ${record.status}${record.kind ? ` (${record.kind})` : ''}; a layoff report is registered on a received matter`,
          );
        }
        // The referral's figures unless the report gives its own.
        const laidOff = input.workersLaidOff || record.layoff?.workersLaidOff || 0;
        const workforce = input.workforce || record.layoff?.workforce || 0;
        const layoff = this.judge(laidOff, workforce, input);
        const employer = input.employer?.name ? employerOf(input.employer) : record.employer;
        return this.registered({ ...record, employer }, layoff, today);
      });
    }
    // Filed directly: everything is checked before a number is drawn.
    const layoff = this.judge(input.workersLaidOff, input.workforce, input);
    return this.changes.openOwn(
      caller,
      { countyCode: input.countyCode, requestId: input.requestId, kind: 'LAYOFF_REPORT', employer: input.employer },
      now,
      async (record) => this.asNew(await this.registered(record, layoff, today)),
    );
  }

  private asNew(change: MatterChange): MatterChange {
    // A new matter is saved at version 1, with no TAKEN answer (no referral).
    return { record: { ...change.record, version: 1 }, events: change.events };
  }

  private judge(workersLaidOff: number, workforce: number, input: RegisterLayoffReportInput): LayoffReportState {
    const threshold = judgeLayoffThreshold(workersLaidOff, workforce);
    const none = {
      ground: '',
      explainedOn: '',
      plannedOn: '',
      unionOpinionHeard: false,
      advanceExplanationKept: false,
      daysShort: 0,
    };
    const reported = threshold.reportable
      ? {
          ground: layoffGroundOf(input.ground),
          ...checkAdvanceExplanation(input.explainedOn, input.plannedOn, input.unionOpinionHeard),
        }
      : none;
    return {
      ...threshold,
      ...reported,
      registered: true,
      planReviewed: false,
      protectedWorkersInPlan: [],
      reviewFindings: [],
    };
  }

  private async registered(
    record: SupervisionMatterRecord,
    layoff: LayoffReportState,
    today: string,
  ): Promise<MatterChange> {
    const referred = record.referralId !== '';
    if (!layoff.reportable) {
      return {
        record: {
          ...record,
          kind: 'LAYOFF_REPORT',
          status: 'CONCLUDED',
          layoff,
          conclusion: 'NOT_REPORTABLE',
          conclusionReason: layoff.thresholdFinding,
          concludedOn: today,
        },
        events: [
          {
            kind: '无需报告',
            summary: `无需报告裁减人员方案：${layoff.thresholdFinding}`,
            ...(referred ? { officeAnswer: 'CONCLUDED' as const } : {}),
          },
        ],
      };
    }
    const receipt = await this.changes.documentNumber('layoff-receipt', record.countyCode, today);
    const findings = explanationFindings(layoff);
    return {
      record: {
        ...record,
        kind: 'LAYOFF_REPORT',
        status: 'UNDER_REVIEW',
        layoff,
        documents: [
          ...record.documents,
          { kind: 'LAYOFF_REPORT_RECEIPT', title: '裁员报告登记回执', number: receipt, issuedOn: today },
        ],
      },
      events: [
        {
          kind: '裁员报告已登记',
          summary:
            `裁员报告已登记（${receipt}）：${layoff.thresholdFinding}；计划${layoff.plannedOn}起裁减` +
            (findings.length > 0 ? `；${findings.join('；')}` : '；已提前三十日说明情况并听取意见'),
          documentNumber: receipt,
        },
      ],
    };
  }

  async review(caller: Caller, input: ReviewLayoffPlanInput): Promise<SupervisionMatterRecord> {
    return this.changes.change(caller, input.supervisionId, input.expectedVersion, (record) => {
      if (record.kind !== 'LAYOFF_REPORT' || record.status !== 'UNDER_REVIEW' || !record.layoff?.registered) {
        throw new SupervisionPreconditionError(
          'supervisionId',
          `${record.number} has no registered layoff report under review (${record.status})`,
        );
      }
      const review = reviewLayoffPlan(input.protectedWorkersInPlan, input.retentionPriorityKept);
      if (input.note && input.note.length > 1000) {
        throw new InvalidSupervisionInputError('note', 'must be at most 1000 characters');
      }
      const layoff: LayoffReportState = { ...record.layoff, planReviewed: true, ...review };
      return {
        record: { ...record, layoff },
        events: [
          {
            kind: '裁员方案审查',
            summary:
              review.reviewFindings.length > 0
                ? `裁减人员方案审查发现：${review.reviewFindings.join('；')}`
                : '裁减人员方案审查：未列入不得裁减的人员，已优先留用法定人员' +
                  (input.note ? `（${input.note.trim()}）` : ''),
          },
        ],
      };
    });
  }
}
