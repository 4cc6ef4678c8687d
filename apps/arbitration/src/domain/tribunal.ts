// The tribunal (仲裁庭) and challenges to its arbitrators (回避).
// - Composition, 劳动争议调解仲裁法 Art. 31: three arbitrators with a presiding one (首席仲裁员), or a sole
//   arbitrator (独任仲裁) in a simple case — here only on a simple-procedure assessment that allows it
//   (办案规则 Art. 56). A collective dispute (≥ 10 workers with a common claim) sits before three
//   (办案规则 Art. 65; 劳动人事争议仲裁组织规则 Art. 13) unless it qualifies for the simple procedure
//   (办案规则 Art. 62 para 2). One arbitrator holds one seat: nobody sits twice on a tribunal.
// - The parties are told the composition in writing within 5 days of acceptance (Art. 32; 办案规则 Art. 37;
//   working days, 办案规则 Art. 80): the deadline comes from the calendar; a later notice is recorded as late.
// - A challenge (回避), Art. 33 on its four grounds, by a party orally or in writing; raised before the
//   hearing, or during it up to the end of the debate when the ground became known only after the hearing
//   began; one raised after the debate closed does not stop the proceedings (办案规则 Art. 11). Decided
//   within 3 working days (办案规则 Art. 11) by the commission's chair or the head of the arbitration institute
//   the chair entrusts, or by the commission itself when the chair is the arbitrator challenged (办案规则
//   Art. 12), and the parties told (Art. 33 para 2). Granted: the arbitrator leaves and a replacement takes
//   the same seat; refused: the arbitrator stays.
import { compareIsoDates, HolidaySchedule, IsoDate } from '@onewindow/calendar';
import {
  ArbitrationDeadline,
  ArbitrationDeadlineRule,
  computeArbitrationDeadline,
  DEFAULT_ARBITRATION_DEADLINE_RULES,
} from './arbitration-deadline-rules';
import { ArbitrationParty, InvalidProceedingsInputError, ProceedingsPreconditionError } from './proceedings.errors';
import {
  assertBoolean,
  assertCountyCode,
  assertIdValue,
  assertIsoDate,
  assertList,
  assertPartyValue,
  assertTextValue,
} from './proceedings-input.validation';
import { CountyCode } from './matter-content';
import { SimpleProcedureAssessment, simpleProcedureRefusal } from './simple-procedure';

export const TRIBUNAL_CITATION =
  '《劳动争议调解仲裁法》第三十一条、第三十二条；《劳动人事争议仲裁办案规则》第三十七条、第五十六条、第六十二条、第六十五条；《劳动人事争议仲裁组织规则》第十三条';
export const CHALLENGE_CITATION = '《劳动争议调解仲裁法》第三十三条；《劳动人事争议仲裁办案规则》第十一条、第十二条';

/** The challenge decision within 3 days of the application (办案规则 Art. 11; working days, Art. 80). */
export const CHALLENGE_DECISION_RULE: ArbitrationDeadlineRule = Object.freeze<ArbitrationDeadlineRule>({
  id: 'arbitration.challenge-decision',
  label: '作出是否回避的决定',
  period: { amount: 3, unit: 'WORKING_DAYS' },
  citation: '《劳动人事争议仲裁办案规则》第十一条；《劳动人事争议仲裁办案规则》第八十条（“三日”指工作日）',
});

export type TribunalForm = 'THREE_ARBITRATORS' | 'SOLE_ARBITRATOR';
export type ArbitratorRole = 'PRESIDING' | 'MEMBER' | 'SOLE';

export interface ArbitratorSeat {
  /** the arbitrator's id on the commission's roll (仲裁员名册) */
  readonly arbitratorId: string;
  readonly name: string;
  readonly role: ArbitratorRole;
}

export interface TribunalCompositionInput {
  readonly countyCode: CountyCode;
  readonly composedOn: IsoDate;
  readonly form: TribunalForm;
  readonly arbitrators: readonly ArbitratorSeat[];
}

export interface TribunalCompositionContext {
  /** the case's county */
  readonly countyCode: CountyCode;
  readonly acceptedOn: IsoDate;
  /** ≥ 10 workers with a common claim (Art. 7; see collective-dispute) */
  readonly collectiveDispute: boolean;
  /** the commission's simple-procedure assessment, needed for a sole arbitrator */
  readonly simpleProcedure?: SimpleProcedureAssessment;
  readonly schedule?: HolidaySchedule;
}

export const CHALLENGE_GROUNDS = [
  'CLOSE_RELATIVE', // 是本案当事人或者当事人、代理人的近亲属
  'INTERESTED_IN_THE_CASE', // 与本案有利害关系
  'OTHER_RELATIONSHIP', // 与本案当事人、代理人有其他关系，可能影响公正裁决
  'PRIVATE_MEETING_OR_GIFTS', // 私自会见当事人、代理人，或者接受当事人、代理人的请客送礼
] as const;
export type ChallengeGround = (typeof CHALLENGE_GROUNDS)[number];

export const CHALLENGE_GROUND_ZH: Record<ChallengeGround, string> = {
  CLOSE_RELATIVE: '是本案当事人或者当事人、代理人的近亲属（第三十三条第一项）',
  INTERESTED_IN_THE_CASE: '与本案有利害关系（第三十三条第二项）',
  OTHER_RELATIONSHIP: '与本案当事人、代理人有其他关系，可能影响公正裁决（第三十三条第三项）',
  PRIVATE_MEETING_OR_GIFTS: '私自会见当事人、代理人，或者接受当事人、代理人的请客送礼（第三十三条第四项）',
};

/** When the challenge is raised, against the hearing (办案规则 Art. 11). */
export type ChallengeStage = 'BEFORE_HEARING' | 'DURING_HEARING' | 'AFTER_DEBATE_CLOSED';

export type ChallengeDecider = 'COMMISSION_CHAIR' | 'ENTRUSTED_INSTITUTE_HEAD' | 'COMMISSION';

export interface ChallengeInput {
  readonly arbitratorId: string;
  readonly party: ArbitrationParty;
  readonly ground: ChallengeGround;
  /** the facts the party gives (说明理由) */
  readonly reason: string;
  readonly filedOn: IsoDate;
  readonly stage: ChallengeStage;
  /** for DURING_HEARING: the ground became known only after the hearing began */
  readonly groundLearnedAfterHearingBegan?: boolean;
  /** the arbitrator challenged is the commission's chair (仲裁委员会主任), so the commission decides */
  readonly challengedIsCommissionChair?: boolean;
}

export interface TribunalChallenge {
  readonly arbitratorId: string;
  readonly role: ArbitratorRole;
  readonly party: ArbitrationParty;
  readonly ground: ChallengeGround;
  readonly reason: string;
  readonly filedOn: IsoDate;
  readonly stage: ChallengeStage;
  /** false for a challenge after the debate closed: the proceedings go on (办案规则 Art. 11) */
  readonly stopsProceedings: boolean;
  /** who may decide it (办案规则 Art. 12) */
  readonly deciders: readonly ChallengeDecider[];
  readonly decisionDue: ArbitrationDeadline;
  readonly status: 'PENDING' | 'GRANTED' | 'REFUSED';
  readonly decidedBy?: ChallengeDecider;
  readonly decidedOn?: IsoDate;
  readonly decisionReason?: string;
  /** decided after decisionDue.dueOn */
  readonly decidedLate?: boolean;
  /** for GRANTED: who took the seat */
  readonly replacedBy?: string;
  /** the decision is told to both parties (Art. 33 para 2) */
  readonly notify?: readonly ArbitrationParty[];
}

export interface Tribunal {
  readonly countyCode: CountyCode;
  readonly form: TribunalForm;
  /** the seats now: a granted challenge puts the replacement in the challenged arbitrator's seat */
  readonly arbitrators: readonly ArbitratorSeat[];
  readonly acceptedOn: IsoDate;
  readonly composedOn: IsoDate;
  /** the written notice of the composition, due 5 working days after acceptance (Art. 32) */
  readonly compositionNotice: ArbitrationDeadline;
  readonly notifiedOn?: IsoDate;
  readonly notifiedLate?: boolean;
  readonly simpleProcedure: boolean;
  readonly challenges: readonly TribunalChallenge[];
  readonly citation: string;
}

export function composeTribunal(input: TribunalCompositionInput, context: TribunalCompositionContext): Tribunal {
  assertCountyCode(input?.countyCode);
  assertCountyCode(context?.countyCode, 'case.countyCode');
  if (input.countyCode !== context.countyCode) {
    throw new InvalidProceedingsInputError('countyCode', `the case belongs to county ${context.countyCode}`);
  }
  assertIsoDate(input.composedOn, 'composedOn');
  assertIsoDate(context.acceptedOn, 'case.acceptedOn');
  assertBoolean(context.collectiveDispute, 'case.collectiveDispute');
  if (compareIsoDates(input.composedOn, context.acceptedOn) < 0) {
    throw new InvalidProceedingsInputError(
      'composedOn',
      `${input.composedOn} is before the case was accepted (${context.acceptedOn})`,
    );
  }
  if (input.form !== 'THREE_ARBITRATORS' && input.form !== 'SOLE_ARBITRATOR') {
    throw new InvalidProceedingsInputError(
      'form',
      `must be THREE_ARBITRATORS or SOLE_ARBITRATOR; got ${String(input.form)}`,
    );
  }
  assertList(input.arbitrators, 'arbitrators');
  input.arbitrators.forEach((seat, i) => assertSeat(seat, `arbitrators[${i}]`));
  assertOneSeatEach(input.arbitrators);

  const roles = input.arbitrators.map((a) => a.role);
  if (input.form === 'THREE_ARBITRATORS') {
    const presiding = roles.filter((r) => r === 'PRESIDING').length;
    const members = roles.filter((r) => r === 'MEMBER').length;
    if (input.arbitrators.length !== 3 || presiding !== 1 || members !== 2) {
      throw new InvalidProceedingsInputError(
        'arbitrators',
        `a three-arbitrator tribunal has one PRESIDING (首席仲裁员) and two MEMBER seats; got ${roles.join(', ') || 'none'}`,
      );
    }
  } else {
    if (input.arbitrators.length !== 1 || roles[0] !== 'SOLE') {
      throw new InvalidProceedingsInputError(
        'arbitrators',
        `a sole-arbitrator tribunal has exactly one SOLE seat; got ${roles.join(', ') || 'none'}`,
      );
    }
    const assessment = context.simpleProcedure;
    if (!assessment) {
      throw new ProceedingsPreconditionError(
        'form',
        context.collectiveDispute
          ? 'a collective dispute sits before three arbitrators (办案规则第六十五条) unless the commission decides on the simple procedure (第六十二条第二款); assess it first'
          : 'a sole arbitrator sits only in the simple procedure (劳动争议调解仲裁法第三十一条；办案规则第五十六条); assess it first',
      );
    }
    if (assessment.countyCode !== input.countyCode) {
      throw new InvalidProceedingsInputError(
        'form',
        `the simple-procedure assessment is of county ${assessment.countyCode}`,
      );
    }
    if (!assessment.eligible) {
      throw new ProceedingsPreconditionError(
        'form',
        `a sole arbitrator needs the simple procedure, and ${simpleProcedureRefusal(assessment)}` +
          (context.collectiveDispute
            ? '; a collective dispute otherwise sits before three arbitrators (第六十五条)'
            : ''),
      );
    }
  }

  return {
    countyCode: input.countyCode,
    form: input.form,
    arbitrators: input.arbitrators.map(seatOf),
    acceptedOn: context.acceptedOn,
    composedOn: input.composedOn,
    compositionNotice: computeArbitrationDeadline(
      DEFAULT_ARBITRATION_DEADLINE_RULES.tribunalCompositionNotice,
      context.acceptedOn,
      context.schedule,
    ),
    simpleProcedure: input.form === 'SOLE_ARBITRATOR',
    challenges: [],
    citation: TRIBUNAL_CITATION,
  };
}

/** The written notice of the composition went out (Art. 32); after its due day it is recorded as late. */
export function recordCompositionNotice(tribunal: Tribunal, notifiedOn: IsoDate): Tribunal {
  assertIsoDate(notifiedOn, 'notifiedOn');
  if (tribunal.notifiedOn !== undefined) {
    throw new ProceedingsPreconditionError(
      'notifiedOn',
      `the composition was already notified on ${tribunal.notifiedOn}`,
    );
  }
  if (compareIsoDates(notifiedOn, tribunal.composedOn) < 0) {
    throw new InvalidProceedingsInputError(
      'notifiedOn',
      `${notifiedOn} is before the tribunal was composed (${tribunal.composedOn})`,
    );
  }
  return {
    ...tribunal,
    notifiedOn,
    notifiedLate: compareIsoDates(notifiedOn, tribunal.compositionNotice.dueOn) > 0,
  };
}

export function fileChallenge(tribunal: Tribunal, input: ChallengeInput, schedule?: HolidaySchedule): Tribunal {
  assertIdValue(input?.arbitratorId, 'arbitratorId');
  assertPartyValue(input.party, 'party');
  if (!CHALLENGE_GROUNDS.includes(input.ground)) {
    throw new InvalidProceedingsInputError(
      'ground',
      `must be one of ${CHALLENGE_GROUNDS.join(', ')} (劳动争议调解仲裁法第三十三条); got ${String(input.ground)}`,
    );
  }
  assertTextValue(input.reason, 'reason', { min: 2, max: 2000 });
  assertIsoDate(input.filedOn, 'filedOn');
  if (!['BEFORE_HEARING', 'DURING_HEARING', 'AFTER_DEBATE_CLOSED'].includes(input.stage)) {
    throw new InvalidProceedingsInputError(
      'stage',
      `must be BEFORE_HEARING, DURING_HEARING or AFTER_DEBATE_CLOSED; got ${String(input.stage)}`,
    );
  }
  if (input.groundLearnedAfterHearingBegan !== undefined) {
    assertBoolean(input.groundLearnedAfterHearingBegan, 'groundLearnedAfterHearingBegan');
  }
  if (input.challengedIsCommissionChair !== undefined) {
    assertBoolean(input.challengedIsCommissionChair, 'challengedIsCommissionChair');
  }
  const seat = tribunal.arbitrators.find((a) => a.arbitratorId === input.arbitratorId);
  if (!seat) {
    throw new InvalidProceedingsInputError(
      'arbitratorId',
      `${input.arbitratorId} does not sit on this tribunal (${tribunal.arbitrators.map((a) => a.arbitratorId).join(', ')})`,
    );
  }
  if (compareIsoDates(input.filedOn, tribunal.composedOn) < 0) {
    throw new InvalidProceedingsInputError(
      'filedOn',
      `${input.filedOn} is before the tribunal was composed (${tribunal.composedOn})`,
    );
  }
  const pending = tribunal.challenges.find((c) => c.arbitratorId === input.arbitratorId && c.status === 'PENDING');
  if (pending) {
    throw new ProceedingsPreconditionError(
      'arbitratorId',
      `a challenge of ${input.arbitratorId} filed on ${pending.filedOn} awaits its decision`,
    );
  }
  if (input.stage === 'DURING_HEARING' && input.groundLearnedAfterHearingBegan !== true) {
    throw new ProceedingsPreconditionError(
      'stage',
      '回避申请应当在案件开庭审理前提出；during the hearing only for a ground learned after it began, before the debate ends (办案规则第十一条)',
    );
  }
  const challenge: TribunalChallenge = {
    arbitratorId: seat.arbitratorId,
    role: seat.role,
    party: input.party,
    ground: input.ground,
    reason: input.reason.trim(),
    filedOn: input.filedOn,
    stage: input.stage,
    stopsProceedings: input.stage !== 'AFTER_DEBATE_CLOSED',
    deciders: input.challengedIsCommissionChair ? ['COMMISSION'] : ['COMMISSION_CHAIR', 'ENTRUSTED_INSTITUTE_HEAD'],
    decisionDue: computeArbitrationDeadline(CHALLENGE_DECISION_RULE, input.filedOn, schedule),
    status: 'PENDING',
  };
  return { ...tribunal, challenges: [...tribunal.challenges, challenge] };
}

export interface ChallengeDecisionInput {
  /** index into tribunal.challenges */
  readonly challengeIndex: number;
  readonly decision: 'GRANTED' | 'REFUSED';
  readonly decidedBy: ChallengeDecider;
  readonly decidedOn: IsoDate;
  readonly reason: string;
  /** for GRANTED: the arbitrator who takes the seat */
  readonly replacement?: { readonly arbitratorId: string; readonly name: string };
}

export function decideChallenge(tribunal: Tribunal, input: ChallengeDecisionInput): Tribunal {
  const index = input?.challengeIndex;
  if (!Number.isSafeInteger(index) || index < 0 || index >= tribunal.challenges.length) {
    throw new InvalidProceedingsInputError(
      'challengeIndex',
      `no challenge ${String(index)} (the tribunal has ${tribunal.challenges.length})`,
    );
  }
  const challenge = tribunal.challenges[index];
  if (input.decision !== 'GRANTED' && input.decision !== 'REFUSED') {
    throw new InvalidProceedingsInputError('decision', `must be GRANTED or REFUSED; got ${String(input.decision)}`);
  }
  if (!['COMMISSION_CHAIR', 'ENTRUSTED_INSTITUTE_HEAD', 'COMMISSION'].includes(input.decidedBy)) {
    throw new InvalidProceedingsInputError(
      'decidedBy',
      `must be COMMISSION_CHAIR, ENTRUSTED_INSTITUTE_HEAD or COMMISSION; got ${String(input.decidedBy)}`,
    );
  }
  assertIsoDate(input.decidedOn, 'decidedOn');
  assertTextValue(input.reason, 'reason', { min: 2, max: 2000 });
  if (challenge.status !== 'PENDING') {
    throw new ProceedingsPreconditionError(
      'challengeIndex',
      `the challenge of ${challenge.arbitratorId} was already decided (${challenge.status} on ${String(challenge.decidedOn)})`,
    );
  }
  if (!challenge.deciders.includes(input.decidedBy)) {
    throw new ProceedingsPreconditionError(
      'decidedBy',
      challenge.deciders.includes('COMMISSION')
        ? '仲裁委员会主任担任案件仲裁员是否回避，由仲裁委员会决定 (办案规则第十二条): only COMMISSION decides this challenge'
        : '仲裁员是否回避，由仲裁委员会主任或者其委托的仲裁院负责人决定 (办案规则第十二条): COMMISSION_CHAIR or ENTRUSTED_INSTITUTE_HEAD',
    );
  }
  if (compareIsoDates(input.decidedOn, challenge.filedOn) < 0) {
    throw new InvalidProceedingsInputError(
      'decidedOn',
      `${input.decidedOn} is before the challenge was filed (${challenge.filedOn})`,
    );
  }

  let arbitrators = tribunal.arbitrators;
  let replacedBy: string | undefined;
  if (input.decision === 'GRANTED') {
    const replacement = input.replacement;
    if (!replacement) {
      throw new InvalidProceedingsInputError(
        'replacement',
        `the challenge is granted: name the arbitrator who takes the ${challenge.role} seat of ${challenge.arbitratorId}`,
      );
    }
    assertIdValue(replacement.arbitratorId, 'replacement.arbitratorId');
    assertTextValue(replacement.name, 'replacement.name', { max: 100 });
    if (replacement.arbitratorId === challenge.arbitratorId) {
      throw new InvalidProceedingsInputError(
        'replacement.arbitratorId',
        'the challenged arbitrator cannot replace himself',
      );
    }
    if (tribunal.arbitrators.some((a) => a.arbitratorId === replacement.arbitratorId)) {
      throw new InvalidProceedingsInputError(
        'replacement.arbitratorId',
        `${replacement.arbitratorId} already sits on this tribunal; an arbitrator cannot hold two seats`,
      );
    }
    arbitrators = tribunal.arbitrators.map((a) =>
      a.arbitratorId === challenge.arbitratorId
        ? { arbitratorId: replacement.arbitratorId, name: replacement.name.trim(), role: a.role }
        : a,
    );
    replacedBy = replacement.arbitratorId;
  } else if (input.replacement !== undefined) {
    throw new InvalidProceedingsInputError('replacement', 'a refused challenge keeps the arbitrator: no replacement');
  }

  const decided: TribunalChallenge = {
    ...challenge,
    status: input.decision,
    decidedBy: input.decidedBy,
    decidedOn: input.decidedOn,
    decisionReason: input.reason.trim(),
    decidedLate: compareIsoDates(input.decidedOn, challenge.decisionDue.dueOn) > 0,
    ...(replacedBy ? { replacedBy } : {}),
    notify: ['WORKER', 'EMPLOYER'],
  };
  return {
    ...tribunal,
    arbitrators,
    challenges: tribunal.challenges.map((c, i) => (i === index ? decided : c)),
  };
}

/** The arbitrators who may act now: one with a pending challenge that stops the proceedings stands aside. */
export function actingArbitrators(tribunal: Tribunal): readonly ArbitratorSeat[] {
  const standingAside = new Set(
    tribunal.challenges.filter((c) => c.status === 'PENDING' && c.stopsProceedings).map((c) => c.arbitratorId),
  );
  return tribunal.arbitrators.filter((a) => !standingAside.has(a.arbitratorId));
}

function assertSeat(seat: ArbitratorSeat, at: string): void {
  if (seat === null || typeof seat !== 'object') throw new InvalidProceedingsInputError(at, 'missing');
  assertIdValue(seat.arbitratorId, `${at}.arbitratorId`);
  assertTextValue(seat.name, `${at}.name`, { max: 100 });
  if (seat.role !== 'PRESIDING' && seat.role !== 'MEMBER' && seat.role !== 'SOLE') {
    throw new InvalidProceedingsInputError(`${at}.role`, `must be PRESIDING, MEMBER or SOLE; got ${String(seat.role)}`);
  }
}

function assertOneSeatEach(seats: readonly ArbitratorSeat[]): void {
  const seen = new Map<string, number>();
  seats.forEach((seat, i) => {
    const first = seen.get(seat.arbitratorId);
    if (first !== undefined) {
      throw new InvalidProceedingsInputError(
        `arbitrators[${i}].arbitratorId`,
        `${seat.arbitratorId} already holds arbitrators[${first}]; an arbitrator cannot sit twice on one tribunal`,
      );
    }
    seen.set(seat.arbitratorId, i);
  });
}

function seatOf(seat: ArbitratorSeat): ArbitratorSeat {
  return { arbitratorId: seat.arbitratorId, name: seat.name.trim(), role: seat.role };
}
