import { Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { todayInChina } from '@onewindow/calendar';
import { decideConclusion, problemsOf } from '../domain';
import { WATCHED_SUPERVISION_DEADLINES } from '../domain/watched-supervision-deadlines';
import { SupervisionChanges } from './supervision-changes';
import type { SupervisionEventRecord, SupervisionMatterRecord } from './supervision-matter.repository';

export interface ConcludeInput {
  supervisionId: string;
  expectedVersion: number;
  conclusion: string;
  reason: string;
  guidance: string[];
  correctBy: string;
}

/**
 * Ends a matter: COMPLIANT (nothing found), GUIDANCE (劳动关系监管指导意见书, with a follow-up on its
 * correct-by day) or REFERRED_TO_INSPECTION (移送劳动保障监察函). A referred matter answers routing —
 * RESOLVED, or TRANSFERRED to INSPECTION (routing issues the inspection referral); the office's own
 * asks inspection directly (InspectionRequested), which opens a case of its own on the findings.
 */
@Injectable()
export class ConcludeSupervisionUseCase {
  constructor(private readonly changes: SupervisionChanges) {}

  async execute(caller: Caller, input: ConcludeInput, now: Date): Promise<SupervisionMatterRecord> {
    const today = todayInChina(now);
    return this.changes.change(caller, input.supervisionId, input.expectedVersion, async (record) => {
      const decided = decideConclusion(record, input, today);
      const referred = record.referralId !== '';
      const concluded: SupervisionMatterRecord = {
        ...record,
        status: 'CONCLUDED',
        conclusion: decided.conclusion,
        conclusionReason: decided.reason,
        guidance: decided.guidance,
        correctBy: decided.correctBy,
        concludedOn: today,
      };
      const answer = referred ? { officeAnswer: 'CONCLUDED' as const } : {};
      let event: SupervisionEventRecord;
      switch (decided.conclusion) {
        case 'GUIDANCE': {
          const number = await this.changes.documentNumber('guidance', record.countyCode, today);
          concluded.documents = [
            ...record.documents,
            { kind: 'GUIDANCE', title: '劳动关系监管指导意见书', number, issuedOn: today },
          ];
          event = {
            kind: '指导意见书',
            summary: `已向${record.employer.name}发出劳动关系监管指导意见书（${number}），请于${decided.correctBy}前整改：${decided.guidance.join('；')}`,
            documentNumber: number,
            deadlines: [
              {
                label: WATCHED_SUPERVISION_DEADLINES[0]!.label,
                dueOn: decided.correctBy,
                provisional: false,
                citation: WATCHED_SUPERVISION_DEADLINES[0]!.legalBasis,
              },
            ],
            ...answer,
          };
          break;
        }
        case 'REFERRED_TO_INSPECTION': {
          const number = await this.changes.documentNumber('inspection-referral', record.countyCode, today);
          concluded.documents = [
            ...record.documents,
            { kind: 'INSPECTION_REFERRAL', title: '移送劳动保障监察函', number, issuedOn: today },
          ];
          event = {
            kind: '移送劳动保障监察',
            summary: `已移送劳动保障监察（${number}）：${problemsOf(record).join('；')}`,
            documentNumber: number,
            ...(referred ? answer : { inspectionRequested: true }),
          };
          break;
        }
        default:
          event = { kind: '监管结论', summary: `经审查，未发现违法情形：${decided.reason}`, ...answer };
      }
      return { record: concluded, events: [event] };
    });
  }
}
