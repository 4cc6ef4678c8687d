import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { todayInChina } from '@onewindow/calendar';
import {
  type AssignmentMode,
  assignMediators,
  createMediatorPool,
  decideOnConsent,
  InvalidMediationInputError,
  MEDIATOR_KIND_ZH,
  type MediationParty,
  MediationPreconditionError,
  outcomeOfConsent,
  recordConflictOfInterest,
} from '../domain';
import { requireMayAssign, requireMayMediate } from './case-access';
import { MediationCaseChanges } from './mediation-case-changes';
import { MEDIATOR_ROLL, type MediationCaseRecord, type MediatorRoll } from './mediation-case.repository';

export interface EmployerConsentRequest {
  caseId: string;
  expectedVersion: number;
  consents: boolean;
  answeredAt: string;
  how: string;
}

export interface ConflictRequest {
  caseId: string;
  expectedVersion: number;
  staffUserId: string;
  party: MediationParty;
  reason: string;
}

export interface AssignmentRequest {
  caseId: string;
  expectedVersion: number;
  mode: AssignmentMode;
}

/**
 * The employer's answer to the 调解建议书 (consent: 劳动争议调解仲裁法 Art. 5, 人民调解法 Art. 17), the
 * mediators' conflicts of interest, and who mediates (人民调解法 Art. 19).
 */
@Injectable()
export class ConsentAndAssignmentUseCase {
  constructor(
    private readonly changes: MediationCaseChanges,
    @Inject(MEDIATOR_ROLL) private readonly roll: MediatorRoll,
  ) {}

  recordEmployerConsent(caller: Caller, request: EmployerConsentRequest, now = new Date()) {
    return this.changes.change(
      request.caseId,
      request.expectedVersion,
      (record) => requireMayMediate(caller, record),
      async (record) => {
        if (record.status !== 'AWAITING_CONSENT') {
          throw new MediationPreconditionError('consents', `the employer has already answered (${record.status})`);
        }
        if (typeof request.how !== 'string' || request.how.trim().length < 2 || request.how.length > 100) {
          throw new InvalidMediationInputError(
            'how',
            'say how the answer came (电话, 当面, 书面), 2 to 100 characters',
          );
        }
        // An instant that cannot be read is the rules' to report (decideOnConsent names the field).
        const answeredAt = Date.parse(request.answeredAt);
        if (answeredAt > now.getTime()) {
          throw new InvalidMediationInputError('answeredAt', `${request.answeredAt} is in the future`);
        }
        if (!Number.isNaN(answeredAt) && todayInChina(new Date(answeredAt)) < record.receivedOn) {
          throw new InvalidMediationInputError(
            'answeredAt',
            `is before the 调解建议书 went out (${record.receivedOn}); the employer answers the letter`,
          );
        }
        const employer = { consents: request.consents, answeredAt: request.answeredAt, recordedBy: caller.userId };
        const decision = decideOnConsent({
          countyCode: record.countyCode,
          matter: { countyCode: record.countyCode, consentToMediationFirst: record.workerConsented },
          employer,
        });
        const withAnswer: MediationCaseRecord = {
          ...record,
          employerConsent: { ...employer, how: request.how.trim() },
        };
        const refused = outcomeOfConsent(decision);
        if (refused) return this.changes.conclude(withAnswer, refused, todayInChina(now));
        return {
          record: { ...withAnswer, status: 'IN_MEDIATION' },
          events: [{ kind: 'EMPLOYER_CONSENTED', summary: `用人单位同意调解（${request.how.trim()}），调解开始` }],
        };
      },
    );
  }

  declareConflict(caller: Caller, request: ConflictRequest, now = new Date()) {
    return this.changes.change(
      request.caseId,
      request.expectedVersion,
      (record) => requireMayAssign(caller, record),
      (record) => {
        const conflicts = [
          ...recordConflictOfInterest(record.conflicts, {
            countyCode: record.countyCode,
            staffUserId: request.staffUserId,
            party: request.party,
            reason: request.reason,
            declaredOn: todayInChina(now),
          }),
        ];
        // A conflicted mediator leaves the case at once; the rest of a panel stays.
        const remaining = record.assignment?.mediators.filter((m) => m.staffUserId !== request.staffUserId);
        const assignment =
          record.assignment && remaining && remaining.length > 0
            ? { ...record.assignment, mediators: remaining }
            : undefined;
        const left = record.assignment && remaining?.length !== record.assignment.mediators.length;
        return {
          record: { ...record, conflicts, assignment },
          events: [
            {
              kind: 'CONFLICT_DECLARED',
              summary: `调解员申报利益冲突${left ? '，已退出本案调解，请另行指定调解员' : ''}`,
            },
          ],
        };
      },
    );
  }

  assign(caller: Caller, request: AssignmentRequest) {
    return this.changes.change(
      request.caseId,
      request.expectedVersion,
      (record) => requireMayAssign(caller, record),
      async (record) => {
        if (record.agreement && record.agreement.signatures.length > 0) {
          throw new MediationPreconditionError('mediators', 'the agreement is being signed; its mediators stay');
        }
        const roll = (await this.roll.list(record.countyCode)).filter((entry) => entry.active);
        const pool = createMediatorPool(
          record.countyCode,
          roll.map((entry) => ({
            staffUserId: entry.staffUserId,
            name: entry.name,
            kind: entry.kind,
            countyCode: entry.countyCode,
            // This case's own load does not count against its mediators.
            openCases: entry.openCaseIds.filter((id) => id !== record.caseId).length,
          })),
        );
        const assignment = assignMediators({
          pool,
          countyCode: record.countyCode,
          mode: request.mode,
          conflicts: record.conflicts,
        });
        const names = assignment.mediators.map((m) => `${m.name}（${MEDIATOR_KIND_ZH[m.kind]}）`).join('、');
        // An unsigned draft is signed by the mediators now assigned.
        const agreement = record.agreement && {
          ...record.agreement,
          mediatorIds: assignment.mediators.map((m) => m.staffUserId),
        };
        return {
          record: { ...record, assignment, agreement },
          events: [
            {
              kind: 'MEDIATORS_ASSIGNED',
              summary: `${assignment.by === 'LOAD' ? '按办案量' : '按选定'}指定调解员：${names}`,
            },
          ],
        };
      },
    );
  }
}
