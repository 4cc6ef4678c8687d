import { Inject, Injectable } from '@nestjs/common';
import { type Caller, hasAnyRole, SUPPLEMENT_RECEIVING_ROLES } from '@onewindow/access';
import { permissionDenied } from '@onewindow/service-runtime';
import {
  CHALLENGE_GROUND_ZH,
  type ChallengeDecider,
  type ChallengeGround,
  type ChallengeStage,
  decideChallenge,
  fileChallenge,
  ProceedingsPreconditionError,
} from '../domain';
import { CHALLENGE_DECISION_DEADLINE } from '../domain/watched-case-deadlines';
import { ARBITRATION_CASE_REPOSITORY, type ArbitrationCaseRepository } from './arbitration-case.repository';
import { challengeDeadlineSubject } from './case-deadlines';
import { requireMayDecideAcceptance } from './case-access';
import { stepOnAcceptedCase } from './proceedings-steps';
import { asRequestFields, CONTRACT_PARTY_ZH, partyOfRequest } from './request-fields';
import { toCaseDeadline } from './review-application.use-case';

export interface ChallengeRequest {
  arbitratorId: string;
  /** APPLICANT or RESPONDENT */
  party: string;
  ground: string;
  reason: string;
  filedOn: string;
  stage: string;
  groundLearnedAfterHearingBegan: boolean;
  challengedIsCommissionChair: boolean;
}

export interface ChallengeDecisionRequest {
  challengeIndex: number;
  decision: string;
  decidedBy: string;
  decidedOn: string;
  reason: string;
  /** for GRANTED: who takes the seat; empty otherwise */
  replacementArbitratorId: string;
  replacementName: string;
}

const ROLE_ZH = { PRESIDING: '首席仲裁员', MEMBER: '仲裁员', SOLE: '独任仲裁员' } as const;
const DECIDER_ZH: Record<ChallengeDecider, string> = {
  COMMISSION_CHAIR: '仲裁委员会主任',
  ENTRUSTED_INSTITUTE_HEAD: '仲裁委员会主任委托的仲裁院负责人',
  COMMISSION: '仲裁委员会',
};
const CHALLENGE_ARTICLES = '《劳动争议调解仲裁法》第三十三条；《劳动人事争议仲裁办案规则》第十一条、第十二条';

// The decision's replacement is one object in the rule, two fields in the request.
const DECISION_FIELDS = {
  replacement: 'replacementArbitratorId',
  'replacement.arbitratorId': 'replacementArbitratorId',
  'replacement.name': 'replacementName',
};

/**
 * 回避 (劳动争议调解仲裁法 Art. 33; 办案规则 Arts. 11–12): a party's challenge of an arbitrator of the
 * tribunal, recorded at the arbitration window, with its decision due within 3 working days and watched;
 * then the decision by the commission's chair (or the commission, when the chair is challenged): granted,
 * another arbitrator takes the same seat.
 */
@Injectable()
export class ChallengeUseCase {
  constructor(@Inject(ARBITRATION_CASE_REPOSITORY) private readonly cases: ArbitrationCaseRepository) {}

  file(caller: Caller, caseId: string, request: ChallengeRequest) {
    return stepOnAcceptedCase(this.cases, caller, caseId, requireMayRecordChallenge, (record) => {
      if (!record.tribunal) {
        throw new ProceedingsPreconditionError(
          'arbitratorId',
          `case ${record.caseId} has no tribunal yet: a challenge (回避申请) names an arbitrator of the composed tribunal`,
        );
      }
      const tribunal = fileChallenge(record.tribunal, {
        arbitratorId: request.arbitratorId,
        party: partyOfRequest(request.party),
        ground: request.ground as ChallengeGround,
        reason: request.reason,
        filedOn: request.filedOn,
        stage: request.stage as ChallengeStage,
        groundLearnedAfterHearingBegan: request.groundLearnedAfterHearingBegan,
        challengedIsCommissionChair: request.challengedIsCommissionChair,
      });
      const index = tribunal.challenges.length - 1;
      const challenge = tribunal.challenges[index]!;
      const seat = tribunal.arbitrators.find((a) => a.arbitratorId === challenge.arbitratorId)!;
      const due = toCaseDeadline(challenge.decisionDue);
      return {
        record: { ...record, tribunal },
        step: {
          type: 'ProceedingsStep',
          kind: 'ARBITRATOR_CHALLENGED',
          summary:
            `${CONTRACT_PARTY_ZH[request.party]}于 ${challenge.filedOn} 申请${ROLE_ZH[seat.role]} ${seat.name} 回避，` +
            `理由：${CHALLENGE_GROUND_ZH[challenge.ground]}；是否回避应于 ${due.dueOn} 前决定（${CHALLENGE_ARTICLES}）` +
            (challenge.stopsProceedings ? '' : '；辩论终结后提出，不影响仲裁程序进行'),
          shows: [due],
          deadlineMoves: [
            {
              action: 'register',
              kind: CHALLENGE_DECISION_DEADLINE,
              subjectId: challengeDeadlineSubject(record.caseId, index),
              due,
            },
          ],
        },
      };
    });
  }

  decide(caller: Caller, caseId: string, request: ChallengeDecisionRequest) {
    return stepOnAcceptedCase(this.cases, caller, caseId, requireMayDecideAcceptance, (record) => {
      const before = record.tribunal;
      if (!before || before.challenges.length === 0) {
        throw new ProceedingsPreconditionError('challengeIndex', `case ${record.caseId} has no challenge to decide`);
      }
      const replacement =
        request.replacementArbitratorId || request.replacementName
          ? { arbitratorId: request.replacementArbitratorId, name: request.replacementName }
          : undefined;
      const tribunal = asRequestFields(DECISION_FIELDS, () =>
        decideChallenge(before, {
          challengeIndex: request.challengeIndex,
          decision: request.decision as 'GRANTED' | 'REFUSED',
          decidedBy: request.decidedBy as ChallengeDecider,
          decidedOn: request.decidedOn,
          reason: request.reason,
          ...(replacement ? { replacement } : {}),
        }),
      );
      const decided = tribunal.challenges[request.challengeIndex]!;
      const challenged = before.arbitrators.find((a) => a.arbitratorId === decided.arbitratorId)!;
      const seat = ROLE_ZH[challenged.role];
      const successor = tribunal.arbitrators.find((a) => a.arbitratorId === decided.replacedBy);
      const outcome =
        decided.status === 'GRANTED'
          ? `决定${seat} ${challenged.name} 回避，由 ${successor?.name ?? decided.replacedBy} 担任${seat}`
          : `决定驳回回避申请，${challenged.name} 继续担任${seat}`;
      return {
        record: { ...record, tribunal },
        step: {
          type: 'ProceedingsStep',
          kind: 'CHALLENGE_DECIDED',
          summary:
            `${DECIDER_ZH[decided.decidedBy!]}于 ${decided.decidedOn} ${outcome}（${decided.decisionReason}），并告知双方当事人` +
            (decided.decidedLate ? `；晚于决定期限 ${decided.decisionDue.dueOn}` : '') +
            `（${CHALLENGE_ARTICLES}）`,
          shows: [],
          deadlineMoves: [
            {
              action: 'meet',
              kind: CHALLENGE_DECISION_DEADLINE,
              subjectId: challengeDeadlineSubject(record.caseId, request.challengeIndex),
              reason: `${DECIDER_ZH[decided.decidedBy!]}于 ${decided.decidedOn} 作出回避决定`,
            },
          ],
        },
      };
    });
  }
}

/** A party's challenge is taken down at the arbitration window (立案书记员, 仲裁员). */
function requireMayRecordChallenge(caller: Caller): void {
  if (!hasAnyRole(caller, SUPPLEMENT_RECEIVING_ROLES)) {
    throw permissionDenied('a challenge (回避申请) is recorded by the ARBITRATION_CLERK or ARBITRATOR post');
  }
}
