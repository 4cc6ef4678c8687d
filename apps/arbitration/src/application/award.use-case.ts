import { Inject, Injectable } from '@nestjs/common';
import { ACCEPTANCE_DECIDING_ROLES, type Caller, hasAnyRole } from '@onewindow/access';
import { permissionDenied } from '@onewindow/service-runtime';
import { todayInChina } from '@onewindow/calendar';
import {
  type Award,
  type AwardContext,
  type AwardInput,
  type CaseState,
  type ClaimOutcome,
  decideAdvanceEnforcement,
  draftAward,
  mediationStageOf,
  openSuspension,
  ProceedingsPreconditionError,
} from '../domain';
import { type ClaimedItem, yuanOf } from '../domain/proceedings-input.validation';
import {
  ARBITRATION_CASE_REPOSITORY,
  type ArbitrationCaseRecord,
  type ArbitrationCaseRepository,
} from './arbitration-case.repository';
import { awardPeriodOf, meetAwardDeadline } from './award-period.use-case';
import { issueCaseDocument } from './documents/issue-case-document';
import { FindCasesUseCase } from './find-cases.use-case';
import { type ProceedingsStepEvent, stepOnAcceptedCase } from './proceedings-steps';

const LAW = '《劳动争议调解仲裁法》';

/** An award as the request gives it: the strings of the wire, checked by the award's rules. */
export interface AwardRequest {
  awardedOn: string;
  scope: string;
  decisions: { claimIndex: number; outcome: string; amountFen: number; reasons: string }[];
  /** empty or absent for a WHOLE award */
  partialBasis?: string;
}

export interface AdvanceEnforcementRequest {
  appliedOn: string;
  decidedOn: string;
  items: { claimIndex: number; amountFen: number }[];
  rightsAndObligationsClear: boolean;
  livelihoodSeriouslyAffected: boolean;
}

export type MadeAward = NonNullable<ArbitrationCaseRecord['awards']>[number];

/** The claims (仲裁请求) of the case as the application stands, in the order applied for. */
export function claimsOf(record: ArbitrationCaseRecord): ClaimedItem[] {
  if (!record.application) {
    throw new ProceedingsPreconditionError(
      'caseId',
      `case ${record.caseId} was stored before its application was kept: its claims are not known here`,
    );
  }
  return record.application.claims.map(({ category, amountFen }) => ({ category, amountFen }));
}

/**
 * The day the application was filed (申请仲裁之日), whose minimum wage sets the final-award threshold
 * (Art. 47): the day the material first arrived, as the case's first document keeps it. After a 补正 the
 * case's `receivedOn` moves on to the day the material was complete, but the worker applied on the first
 * day; a case stored before documents kept that day falls back to `receivedOn`.
 */
export function filedOnOf(record: ArbitrationCaseRecord): string {
  return record.documents[0]?.applicationReceivedOn ?? record.receivedOn;
}

/** Where the case stands for an award or advance enforcement: open, suspended (中止), withdrawn or ended. */
export function caseStateOf(record: ArbitrationCaseRecord): CaseState {
  switch (record.status) {
    case 'ACCEPTED':
      return openSuspension(awardPeriodOf(record)) ? 'SUSPENDED' : 'OPEN';
    case 'WITHDRAWN':
      return 'WITHDRAWN';
    case 'MEDIATED':
    case 'AWARDED':
      return 'CLOSED';
    default:
      throw new ProceedingsPreconditionError(
        'caseId',
        `case ${record.caseId} is ${record.status}; an award is made on an accepted case only`,
      );
  }
}

/**
 * Mediation is tried at the hearing before the award (Art. 42: 仲裁庭在作出裁决前，应当先行调解; the tribunal
 * mediates once the parties have had their last word): a hearing held without a 调解书 is 调解不成.
 */
export function mediationAttempted(record: ArbitrationCaseRecord): boolean {
  return (record.hearings ?? []).some((hearing) => hearing.status === 'HELD');
}

/** The China day of the last hearing held, when one was. */
function lastHeardOnOf(record: ArbitrationCaseRecord): { lastHeardOn?: string } {
  const days = (record.hearings ?? [])
    .filter((hearing) => hearing.status === 'HELD')
    .map((hearing) => todayInChina(new Date(hearing.startsAt)))
    .sort();
  return days.length ? { lastHeardOn: days.at(-1)! } : {};
}

/** The claims earlier (partial) awards decided (先行裁决): none is decided again. */
export function decidedClaimIndexesOf(record: ArbitrationCaseRecord): number[] {
  return (record.awards ?? []).flatMap((award) => award.decisions.map((decision) => decision.claimIndex));
}

/** What the award's rules need to know of the case, read from it as it stands (IssueAward and PreviewAward). */
export function awardContextOf(record: ArbitrationCaseRecord): AwardContext {
  return {
    countyCode: record.countyCode,
    filedOn: filedOnOf(record),
    acceptedOn: record.acceptedOn,
    claims: claimsOf(record),
    caseState: caseStateOf(record),
    mediationStage: mediationStageOf(record.mediationStatement, mediationAttempted(record)),
    decidedClaimIndexes: decidedClaimIndexesOf(record),
    ...lastHeardOnOf(record),
  };
}

function awardInputOf(record: ArbitrationCaseRecord, request: AwardRequest): AwardInput {
  return {
    countyCode: record.countyCode,
    awardedOn: request.awardedOn,
    scope: request.scope as AwardInput['scope'],
    decisions: request.decisions.map(({ claimIndex, outcome, amountFen, reasons }) => ({
      claimIndex,
      outcome: outcome as ClaimOutcome,
      amountFen,
      reasons,
    })),
    ...(request.partialBasis ? { partialBasis: request.partialBasis } : {}),
  };
}

const claimNumbers = (indexes: readonly number[]) => indexes.map((i) => `第${i + 1}项`).join('、');

/**
 * 裁决书 (劳动争议调解仲裁法 Arts. 43–50): per claim granted, partly granted or refused, its finality
 * (Art. 47) at the filing day's minimum wage, one document per finality (办案规则 Art. 50); a partial award
 * (先行裁决, Art. 43 para 2) decides the clear part and the case goes on, the whole award ends it. And
 * 先予执行 (Art. 44) for pay, work-injury medical costs, severance or damages. All for the ARBITRATOR post.
 */
@Injectable()
export class AwardUseCase {
  constructor(
    @Inject(ARBITRATION_CASE_REPOSITORY) private readonly cases: ArbitrationCaseRepository,
    private readonly findCases: FindCasesUseCase,
  ) {}

  issue(caller: Caller, caseId: string, request: AwardRequest): Promise<ArbitrationCaseRecord> {
    return stepOnAcceptedCase(this.cases, caller, caseId, requireArbitrator('an award (裁决书)'), async (record) => {
      // Every rule is checked before a number is taken: a refused award leaves the case and the numbering as they were.
      const award = draftAward(awardInputOf(record, request), awardContextOf(record));
      const awardIndex = record.awards?.length ?? 0;
      let issuing = record;
      const numbers: string[] = [];
      for (const [documentIndex, document] of award.documents.entries()) {
        const issued = await issueCaseDocument(this.cases, issuing, {
          kind: 'AWARD',
          issuedOn: award.awardedOn,
          title: document.title,
          subject: `${awardIndex}:${documentIndex}`,
        });
        issuing = issued.record;
        numbers.push(issued.issued.number);
      }
      const made: MadeAward = { ...award, numbers, inAbsence: !!record.decidedInAbsence };
      const withAward: ArbitrationCaseRecord = { ...issuing, awards: [...(record.awards ?? []), made] };
      const documents = award.documents.map((document, i) => `${document.title} ${numbers[i]}`).join('、');
      const inAbsence = made.inAbsence ? '（被申请人缺席裁决，第三十六条）' : '';
      if (award.scope === 'PARTIAL') {
        const step: ProceedingsStepEvent = {
          type: 'ProceedingsStep',
          kind: 'PARTIAL_AWARD_MADE',
          summary:
            `仲裁庭于 ${award.awardedOn} 就事实已经清楚的部分先行裁决（${LAW}第四十三条第二款）${inAbsence}：${documents}，` +
            `裁决金额 ${yuanOf(award.totalAwardedFen)} 元；尚待裁决的请求：${claimNumbers(award.openClaimIndexes)}`,
          shows: [],
          deadlineMoves: [],
        };
        return { record: withAward, step };
      }
      const ended = meetAwardDeadline(record, `作出仲裁裁决书 ${numbers.join('、')}`);
      const step: ProceedingsStepEvent = {
        type: 'ProceedingsStep',
        kind: 'AWARD_MADE',
        summary:
          `仲裁庭于 ${award.awardedOn} 作出裁决（${LAW}第四十六条至第五十条）${inAbsence}：${documents}，` +
          `裁决金额合计 ${yuanOf(award.totalAwardedFen)} 元`,
        shows: [],
        deadlineMoves: [ended.move],
      };
      return { record: { ...withAward, status: 'AWARDED', deadlines: ended.deadlines }, step };
    });
  }

  /** The award as IssueAward would make it on the case as it is now, with the same checks; nothing is saved. */
  async preview(caller: Caller, caseId: string, request: AwardRequest): Promise<MadeAward> {
    requireArbitrator('an award (裁决书)')(caller);
    const record = await this.findCases.byId(caller, caseId);
    const award: Award = draftAward(awardInputOf(record, request), awardContextOf(record));
    return { ...award, numbers: [], inAbsence: !!record.decidedInAbsence };
  }

  decideAdvanceEnforcement(
    caller: Caller,
    caseId: string,
    request: AdvanceEnforcementRequest,
  ): Promise<ArbitrationCaseRecord> {
    return stepOnAcceptedCase(
      this.cases,
      caller,
      caseId,
      requireArbitrator('advance enforcement (先予执行)'),
      async (record) => {
        const decision = decideAdvanceEnforcement(
          {
            countyCode: record.countyCode,
            // The applicant asks for it (根据当事人的申请), and the case's applicant is the worker.
            applicant: 'WORKER',
            appliedOn: request.appliedOn,
            decidedOn: request.decidedOn,
            items: request.items.map(({ claimIndex, amountFen }) => ({ claimIndex, amountFen })),
            rightsAndObligationsClear: request.rightsAndObligationsClear,
            livelihoodSeriouslyAffected: request.livelihoodSeriouslyAffected,
          },
          { countyCode: record.countyCode, claims: claimsOf(record), caseState: caseStateOf(record) },
        );
        const index = record.advanceEnforcement?.length ?? 0;
        // Only a granted order is a 先予执行裁决书 to number and serve; a refusal is on the case and its timeline.
        const issued =
          decision.outcome === 'GRANTED'
            ? await issueCaseDocument(this.cases, record, {
                kind: 'ADVANCE_ENFORCEMENT',
                issuedOn: decision.decidedOn,
                subject: String(index),
              })
            : undefined;
        const number = issued?.issued.number ?? '';
        const updated: ArbitrationCaseRecord = {
          ...(issued?.record ?? record),
          advanceEnforcement: [
            ...(record.advanceEnforcement ?? []),
            { ...decision, number, appliedOn: request.appliedOn },
          ],
        };
        const step: ProceedingsStepEvent = {
          type: 'ProceedingsStep',
          kind: 'ADVANCE_ENFORCEMENT_DECIDED',
          summary:
            decision.outcome === 'GRANTED'
              ? `仲裁庭于 ${decision.decidedOn} 裁决先予执行 ${yuanOf(decision.totalFen)} 元（先予执行裁决书 ${number}），` +
                `移送人民法院执行（${LAW}第四十四条）`
              : `仲裁庭于 ${decision.decidedOn} 驳回先予执行申请：${decision.reasons.join('；')}（${LAW}第四十四条）`,
          shows: [],
          deadlineMoves: [],
        };
        return { record: updated, step };
      },
    );
  }
}

/** Awards and advance enforcement are the tribunal's: the ARBITRATOR post (仲裁员). */
export function requireArbitrator(what: string): (caller: Caller) => void {
  return (caller) => {
    if (!hasAnyRole(caller, ACCEPTANCE_DECIDING_ROLES)) {
      throw permissionDenied(`${what} is made by the ARBITRATOR post (仲裁员)`);
    }
  };
}
