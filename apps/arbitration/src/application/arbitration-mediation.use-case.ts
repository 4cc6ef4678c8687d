import { Inject, Injectable } from '@nestjs/common';
import { type Caller, hasAnyRole, SUPPLEMENT_RECEIVING_ROLES } from '@onewindow/access';
import { permissionDenied } from '@onewindow/service-runtime';
import {
  actingArbitrators,
  issueMediationStatement,
  type MediationStatement,
  ProceedingsPreconditionError,
  retractMediationStatement,
  type SettledClaimInput,
  signForMediationStatement,
} from '../domain';
import { yuanOf } from '../domain/proceedings-input.validation';
import {
  ARBITRATION_CASE_REPOSITORY,
  type ArbitrationCaseRecord,
  type ArbitrationCaseRepository,
} from './arbitration-case.repository';
import { meetAwardDeadline } from './award-period.use-case';
import { claimsOf, decidedClaimIndexesOf, requireArbitrator } from './award.use-case';
import { issueCaseDocument } from './documents/issue-case-document';
import { CONTRACT_PARTY_ZH, partyOfRequest } from './request-fields';
import { type ProceedingsStepEvent, stepOnAcceptedCase } from './proceedings-steps';

const ART_42 = '《劳动争议调解仲裁法》第四十二条';

export interface MediationStatementRequest {
  issuedOn: string;
  settledClaims: SettledClaimInput[];
  /** empty or absent when there are none */
  otherTerms?: string;
}

type IssuedStatement = MediationStatement & { number: string };

/**
 * 仲裁调解 (劳动争议调解仲裁法 Art. 42): the tribunal mediates before the award; an agreement becomes a
 * 仲裁调解书 signed by the tribunal's arbitrators and numbered, served on both parties. Once both have signed
 * for it, it is in force and the case ends (MEDIATED) — the award deadline is met and routing's referral
 * concluded. A party going back on it before then (反悔) means the award follows.
 */
@Injectable()
export class ArbitrationMediationUseCase {
  constructor(@Inject(ARBITRATION_CASE_REPOSITORY) private readonly cases: ArbitrationCaseRepository) {}

  issue(caller: Caller, caseId: string, request: MediationStatementRequest): Promise<ArbitrationCaseRecord> {
    return stepOnAcceptedCase(this.cases, caller, caseId, requireArbitrator('a 仲裁调解书'), async (record) => {
      // One in force has ended the case already (MEDIATED): only one awaiting signatures is in the way.
      const earlier = record.mediationStatement;
      if (earlier?.status === 'AWAITING_SIGNATURES') {
        throw new ProceedingsPreconditionError(
          'caseId',
          `仲裁调解书 ${earlier.number} awaits the parties’ signatures; record a signature or a party’s retraction first`,
        );
      }
      if (!record.tribunal) {
        throw new ProceedingsPreconditionError(
          'caseId',
          `case ${record.caseId} has no tribunal: the 调解书 is made and signed by the tribunal's arbitrators; compose it first`,
        );
      }
      const decided = new Set(decidedClaimIndexesOf(record));
      request.settledClaims.forEach((settled, i) => {
        if (decided.has(settled?.claimIndex)) {
          throw new ProceedingsPreconditionError(
            `settledClaims[${i}].claimIndex`,
            `claim ${settled.claimIndex} was decided by a partial award (先行裁决); settle only the claims still open`,
          );
        }
      });
      const statement = issueMediationStatement({
        countyCode: record.countyCode,
        issuedOn: request.issuedOn,
        // The parties by the rules' own names for them: a signature names its party the same way.
        worker: { partyId: 'WORKER', name: record.parties.applicantName },
        employer: { partyId: 'EMPLOYER', name: record.parties.respondentName },
        arbitratorIds: actingArbitrators(record.tribunal).map((seat) => seat.arbitratorId),
        claims: claimsOf(record),
        settledClaims: request.settledClaims,
        ...(request.otherTerms ? { otherTerms: request.otherTerms } : {}),
      });
      // Numbered only once the rules accepted it.
      const { record: withDocument, issued } = await issueCaseDocument(this.cases, record, {
        kind: 'MEDIATION_STATEMENT',
        issuedOn: statement.issuedOn,
      });
      const step: ProceedingsStepEvent = {
        type: 'ProceedingsStep',
        kind: 'MEDIATION_STATEMENT_ISSUED',
        summary:
          `仲裁庭主持调解，双方当事人达成协议，于 ${statement.issuedOn} 制作仲裁调解书 ${issued.number}，` +
          `调解金额合计 ${yuanOf(statement.totalFen)} 元，经双方当事人签收后发生法律效力（${ART_42}）`,
        shows: [],
        deadlineMoves: [],
      };
      return {
        record: {
          ...withDocument,
          mediationStatement: { ...statement, number: issued.number },
          // A retracted one stays readable as it was issued.
          ...(earlier
            ? { retractedMediationStatements: [...(record.retractedMediationStatements ?? []), earlier] }
            : {}),
        },
        step,
      };
    });
  }

  sign(caller: Caller, caseId: string, request: { party: string; signedAt: string }, now = new Date()) {
    return stepOnAcceptedCase(this.cases, caller, caseId, requireMayRecordReceipt, (record) => {
      const current = statementOf(record);
      const party = partyOfRequest(request.party);
      const signed: IssuedStatement = {
        ...signForMediationStatement(current, { party, signedAt: request.signedAt || now.toISOString() }),
        number: current.number,
      };
      if (signed.status !== 'IN_FORCE') {
        const step: ProceedingsStepEvent = {
          type: 'ProceedingsStep',
          kind: 'MEDIATION_STATEMENT_SIGNED',
          summary: `${CONTRACT_PARTY_ZH[request.party]}签收仲裁调解书 ${signed.number}，待另一方当事人签收后发生法律效力（${ART_42}）`,
          shows: [],
          deadlineMoves: [],
        };
        return { record: { ...record, mediationStatement: signed }, step };
      }
      const ended = meetAwardDeadline(record, `仲裁调解书 ${signed.number} 经双方当事人签收生效`);
      const step: ProceedingsStepEvent = {
        type: 'ProceedingsStep',
        kind: 'MEDIATION_STATEMENT_IN_FORCE',
        summary:
          `双方当事人均已签收仲裁调解书 ${signed.number}，自 ${signed.effectiveOn} 起发生法律效力，` +
          `调解金额合计 ${yuanOf(signed.totalFen)} 元，本案调解结案（${ART_42}）`,
        shows: [],
        deadlineMoves: [ended.move],
      };
      return {
        record: { ...record, mediationStatement: signed, status: 'MEDIATED', deadlines: ended.deadlines },
        step,
      };
    });
  }

  retract(caller: Caller, caseId: string, request: { party: string; reason: string }, now = new Date()) {
    return stepOnAcceptedCase(this.cases, caller, caseId, requireMayRecordReceipt, (record) => {
      const current = statementOf(record);
      const party = partyOfRequest(request.party);
      const retracted: IssuedStatement = {
        ...retractMediationStatement(current, { party, at: now.toISOString(), reason: request.reason }),
        number: current.number,
      };
      const step: ProceedingsStepEvent = {
        type: 'ProceedingsStep',
        kind: 'MEDIATION_STATEMENT_RETRACTED',
        summary:
          `${CONTRACT_PARTY_ZH[request.party]}在调解书送达前反悔（${retracted.retraction!.reason}），仲裁调解书 ${retracted.number} ` +
          `不发生法律效力，仲裁庭应当及时作出裁决（${ART_42}第三款）`,
        shows: [],
        deadlineMoves: [],
      };
      return { record: { ...record, mediationStatement: retracted }, step };
    });
  }
}

function statementOf(record: ArbitrationCaseRecord): IssuedStatement {
  if (!record.mediationStatement) {
    throw new ProceedingsPreconditionError('caseId', `case ${record.caseId} has no 仲裁调解书`);
  }
  return record.mediationStatement;
}

/** A party's signature for the 调解书, or its going back on it, is recorded by the clerk or the arbitrator. */
function requireMayRecordReceipt(caller: Caller): void {
  if (!hasAnyRole(caller, SUPPLEMENT_RECEIVING_ROLES)) {
    throw permissionDenied(
      'a party’s signature for the 仲裁调解书, or its retraction, is recorded by the ARBITRATION_CLERK or ARBITRATOR post',
    );
  }
}
