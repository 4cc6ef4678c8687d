import { Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { todayInChina } from '@onewindow/calendar';
import {
  CHECK_KINDS,
  type CheckFindingsInput,
  type CheckKind,
  InvalidSupervisionInputError,
  isCheckKind,
  judgeCheckFindings,
  SupervisionPreconditionError,
} from '../domain';
import { employerOf, SupervisionChanges } from './supervision-changes';
import type { EmployerRecord, SupervisionMatterRecord } from './supervision-matter.repository';

export const CHECK_KIND_ZH: Record<CheckKind, string> = {
  MINIMUM_WAGE: '最低工资标准执行',
  LABOR_CONTRACTS: '劳动合同订立',
  LABOR_DISPATCH: '劳务派遣用工',
  WORKING_HOURS: '工作时间、休息休假',
};

export interface OpenCheckInput {
  supervisionId: string;
  expectedVersion: number;
  countyCode: string;
  requestId: string;
  kind: string;
  employer?: Partial<EmployerRecord>;
}

export interface RecordFindingsInput {
  supervisionId: string;
  expectedVersion: number;
  findings?: CheckFindingsInput;
}

function checkKindOf(kind: string): CheckKind {
  if (!isCheckKind(kind)) {
    throw new InvalidSupervisionInputError(
      'kind',
      `a supervisory check is one of ${CHECK_KINDS.join(', ')}; got ${JSON.stringify(kind)} (a layoff is registered with RegisterLayoffReport)`,
    );
  }
  return kind;
}

/** 专项检查 (seed 四(一)): opened by the office itself or on a taken referral; its findings measured by the rules. */
@Injectable()
export class SupervisoryCheckUseCase {
  constructor(private readonly changes: SupervisionChanges) {}

  async open(caller: Caller, input: OpenCheckInput, now: Date): Promise<SupervisionMatterRecord> {
    const kind = checkKindOf(input.kind);
    const opened = (record: SupervisionMatterRecord) => ({
      kind: '专项检查',
      summary: `开展${CHECK_KIND_ZH[kind]}专项检查（${record.number}），用人单位：${record.employer.name}`,
    });
    if (input.supervisionId) {
      return this.changes.change(caller, input.supervisionId, input.expectedVersion, (record) => {
        if (record.status !== 'RECEIVED' || record.kind !== undefined) {
          throw new SupervisionPreconditionError(
            'supervisionId',
            `${record.number} is ${record.status}${record.kind ? ` (${record.kind})` : ''}; a check is opened on a received matter that is not a layoff report`,
          );
        }
        const employer = input.employer?.name ? employerOf(input.employer) : record.employer;
        if (!employer.name) {
          throw new InvalidSupervisionInputError(
            'employer.name',
            'the referral names no employer; give the one checked',
          );
        }
        const changed: SupervisionMatterRecord = { ...record, kind, status: 'UNDER_REVIEW', employer };
        return { record: changed, events: [opened(changed)] };
      });
    }
    return this.changes.openOwn(
      caller,
      { countyCode: input.countyCode, requestId: input.requestId, kind, employer: input.employer },
      now,
      (record) => ({ record, events: [opened(record)] }),
    );
  }

  async recordFindings(caller: Caller, input: RecordFindingsInput, now: Date): Promise<SupervisionMatterRecord> {
    const today = todayInChina(now);
    return this.changes.change(caller, input.supervisionId, input.expectedVersion, (record) => {
      if (record.status !== 'UNDER_REVIEW' || !record.kind || !isCheckKind(record.kind)) {
        throw new SupervisionPreconditionError(
          'supervisionId',
          `${record.number} is not a supervisory check under way (${record.status}${record.kind ? `, ${record.kind}` : ''})`,
        );
      }
      if (!input.findings) throw new InvalidSupervisionInputError('findings', 'give what the check found');
      const findings = judgeCheckFindings(record.kind, record.countyCode, input.findings, today);
      return {
        record: { ...record, findings },
        events: [
          {
            kind: '检查结果',
            summary:
              findings.breaches.length > 0
                ? `${CHECK_KIND_ZH[record.kind]}检查发现：${findings.breaches.join('；')}`
                : `${CHECK_KIND_ZH[record.kind]}检查未发现违法情形（${findings.measuredOn}）`,
          },
        ],
      };
    });
  }
}
