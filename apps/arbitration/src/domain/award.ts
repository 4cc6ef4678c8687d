// The award (仲裁裁决书), 劳动争议调解仲裁法 Arts. 43–50.
// - Per claim: GRANTED (the whole amount claimed), PARTLY_GRANTED (less, with reasons) or REFUSED (nothing,
//   with reasons); an award never grants more than was claimed (不得超出仲裁请求). Every claim carries its
//   reasons: the award states the claims, the facts, the reasons and the result (Art. 46).
// - Final or not, per claim (Art. 47; final-award-classification): the amounts that decide are those the
//   award determines, against 12 × the monthly minimum wage in force on the day the application was filed.
//   So a wage claim above the threshold that the award reduces to or below it is final. An award with final
//   and non-final items is written as two awards, each with its own remedy (办案规则 Art. 50).
// - Remedies printed on each: on a final award the worker may sue within 15 days of receipt (Art. 48) and
//   the employer may apply to the intermediate court where the commission sits to set it aside within 30
//   days of receipt (Art. 49); on a non-final award either party may sue within 15 days of receipt, after
//   which it takes effect (Art. 50). A final award takes effect on the day it is made (Art. 47).
// - A partial award (先行裁决) decides the part whose facts are already clear (Art. 43 para 2; 办案规则 Art. 49);
//   the rest is decided later, and no claim is decided twice.
// - No award while the case is suspended (中止) or withdrawn (撤回), nor before mediation was tried or while a
//   调解书 can still end the case (Art. 42). The award period itself is the case clock's, not this rule's.
import { compareIsoDates, HolidaySchedule, IsoDate } from '@onewindow/calendar';
import { MinimumWageTable } from '@onewindow/county';
import { ArbitrationDeadline, ArbitrationDeadlineRule, computeArbitrationDeadline } from './arbitration-deadline-rules';
import { assertAwardMayFollowMediation, MediationStage } from './arbitration-mediation';
import { classifyFinalAward, FinalAwardBasis } from './final-award-classification';
import { InvalidProceedingsInputError, ProceedingsPreconditionError } from './proceedings.errors';
import {
  assertClaimedItems,
  assertClaimIndex,
  assertCountyCode,
  assertFenAmount,
  assertIsoDate,
  assertList,
  assertTextValue,
  ClaimedItem,
  yuanOf,
} from './proceedings-input.validation';
import { ClaimCategory, CountyCode } from './matter-content';

const LAW = '《劳动争议调解仲裁法》';

export const AWARD_CITATION = `${LAW}第四十二条、第四十三条、第四十六条至第五十条；《劳动人事争议仲裁办案规则》第四十九条、第五十条`;

export const CLAIM_OUTCOMES = ['GRANTED', 'PARTLY_GRANTED', 'REFUSED'] as const;
export type ClaimOutcome = (typeof CLAIM_OUTCOMES)[number];

/** Where the case stands, as the case's own clock keeps it (suspension and withdrawal are its rules). */
export type CaseState = 'OPEN' | 'SUSPENDED' | 'WITHDRAWN' | 'CLOSED';

export interface ClaimDecisionInput {
  readonly claimIndex: number;
  readonly outcome: ClaimOutcome;
  /** what the award grants, in fen: the claim for GRANTED, less for PARTLY_GRANTED, 0 for REFUSED */
  readonly amountFen: number;
  /** 裁决理由 */
  readonly reasons: string;
}

export interface AwardInput {
  readonly countyCode: CountyCode;
  readonly awardedOn: IsoDate;
  /** WHOLE: every claim still open; PARTIAL: the part whose facts are clear (先行裁决) */
  readonly scope: 'WHOLE' | 'PARTIAL';
  readonly decisions: readonly ClaimDecisionInput[];
  /** for PARTIAL: which part of the facts is clear, and why it is decided first */
  readonly partialBasis?: string;
}

export interface AwardContext {
  /** the case's county */
  readonly countyCode: CountyCode;
  /** the day the application was filed: whose minimum wage sets the final-award threshold */
  readonly filedOn: IsoDate;
  readonly acceptedOn: IsoDate;
  readonly claims: readonly ClaimedItem[];
  readonly caseState: CaseState;
  readonly mediationStage: MediationStage;
  /** claims an earlier partial award decided */
  readonly decidedClaimIndexes?: readonly number[];
  /** the China day of the last hearing held: the award follows the hearing it decides on */
  readonly lastHeardOn?: IsoDate;
}

export interface ClaimDecision {
  readonly claimIndex: number;
  readonly category: ClaimCategory;
  readonly claimedFen: number;
  readonly outcome: ClaimOutcome;
  readonly amountFen: number;
  readonly reasons: string;
  readonly finalAward: boolean;
  readonly finalityBasis: FinalAwardBasis;
  readonly finalityReason: string;
}

export type RemedyHolder = 'WORKER' | 'EMPLOYER' | 'EITHER_PARTY';

export interface RemedyNotice {
  readonly holder: RemedyHolder;
  readonly action: 'SUE' | 'APPLY_TO_SET_ASIDE';
  /** days from receipt of the award (自收到仲裁裁决书之日起) */
  readonly days: 15 | 30;
  readonly court: '人民法院' | '仲裁委员会所在地的中级人民法院';
  /** the sentence printed on the award */
  readonly text: string;
  readonly rule: ArbitrationDeadlineRule;
}

export interface AwardDocument {
  readonly finality: 'FINAL' | 'NON_FINAL';
  readonly title: '仲裁裁决书（终局裁决）' | '仲裁裁决书（非终局裁决）';
  readonly claimIndexes: readonly number[];
  readonly totalAwardedFen: number;
  /** FINAL: in effect from the day made (Art. 47); NON_FINAL: once 15 days pass without a suit (Art. 50) */
  readonly takesEffect: 'ON_THE_DAY_MADE' | 'WHEN_NO_SUIT_WITHIN_15_DAYS';
  readonly remedies: readonly RemedyNotice[];
}

export interface Award {
  readonly countyCode: CountyCode;
  readonly awardedOn: IsoDate;
  readonly scope: 'WHOLE' | 'PARTIAL';
  readonly partialBasis?: string;
  readonly decisions: readonly ClaimDecision[];
  readonly kind: 'FINAL' | 'MIXED' | 'NON_FINAL';
  /** 12 × the monthly minimum wage on the filing day, when an amount decided */
  readonly thresholdFen?: number;
  /** one document, or two for a MIXED award (办案规则 Art. 50): the final one first */
  readonly documents: readonly AwardDocument[];
  readonly totalAwardedFen: number;
  /** claims a later award still has to decide (after a partial award) */
  readonly openClaimIndexes: readonly number[];
  readonly citation: string;
}

const REMEDY_RULES = {
  workerSuesOverFinal: {
    id: 'arbitration.award.worker-sues-final',
    label: '劳动者对终局裁决不服向人民法院提起诉讼',
    period: { amount: 15, unit: 'CALENDAR_DAYS' },
    citation: `${LAW}第四十八条`,
  },
  employerSetsAside: {
    id: 'arbitration.award.employer-applies-to-set-aside',
    label: '用人单位向中级人民法院申请撤销终局裁决',
    period: { amount: 30, unit: 'CALENDAR_DAYS' },
    citation: `${LAW}第四十九条`,
  },
  eitherSuesOverNonFinal: {
    id: 'arbitration.award.party-sues-non-final',
    label: '当事人对非终局裁决不服向人民法院提起诉讼',
    period: { amount: 15, unit: 'CALENDAR_DAYS' },
    citation: `${LAW}第五十条`,
  },
} as const satisfies Record<string, ArbitrationDeadlineRule>;

export const FINAL_AWARD_REMEDIES: readonly RemedyNotice[] = Object.freeze([
  {
    holder: 'WORKER',
    action: 'SUE',
    days: 15,
    court: '人民法院',
    text: '劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼（《劳动争议调解仲裁法》第四十八条）。',
    rule: REMEDY_RULES.workerSuesOverFinal,
  },
  {
    holder: 'EMPLOYER',
    action: 'APPLY_TO_SET_ASIDE',
    days: 30,
    court: '仲裁委员会所在地的中级人民法院',
    text:
      '用人单位有证据证明本裁决有《劳动争议调解仲裁法》第四十九条第一款规定情形之一的，可以自收到本裁决书之日起三十日内' +
      '向本仲裁委员会所在地的中级人民法院申请撤销裁决。',
    rule: REMEDY_RULES.employerSetsAside,
  },
]);

export const NON_FINAL_AWARD_REMEDIES: readonly RemedyNotice[] = Object.freeze([
  {
    holder: 'EITHER_PARTY',
    action: 'SUE',
    days: 15,
    court: '人民法院',
    text:
      '当事人对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼；期满不起诉的，本裁决书发生法律效力' +
      '（《劳动争议调解仲裁法》第五十条）。',
    rule: REMEDY_RULES.eitherSuesOverNonFinal,
  },
]);

export function draftAward(input: AwardInput, context: AwardContext, minimumWageTable?: MinimumWageTable): Award {
  assertCountyCode(input?.countyCode);
  assertCountyCode(context?.countyCode, 'case.countyCode');
  if (input.countyCode !== context.countyCode) {
    throw new InvalidProceedingsInputError('countyCode', `the case belongs to county ${context.countyCode}`);
  }
  assertIsoDate(input.awardedOn, 'awardedOn');
  assertIsoDate(context.filedOn, 'case.filedOn');
  assertIsoDate(context.acceptedOn, 'case.acceptedOn');
  assertClaimedItems(context.claims, 'case.claims');
  assertCaseOpen(context.caseState);
  assertAwardMayFollowMediation(context.mediationStage, 'case.mediationStage');
  if (compareIsoDates(input.awardedOn, context.acceptedOn) < 0) {
    throw new InvalidProceedingsInputError(
      'awardedOn',
      `${input.awardedOn} is before the case was accepted (${context.acceptedOn})`,
    );
  }
  if (context.lastHeardOn && compareIsoDates(input.awardedOn, context.lastHeardOn) < 0) {
    throw new InvalidProceedingsInputError(
      'awardedOn',
      `${input.awardedOn} is before the hearing held on ${context.lastHeardOn}: the award follows the hearing (${LAW}第四十六条)`,
    );
  }
  if (input.scope !== 'WHOLE' && input.scope !== 'PARTIAL') {
    throw new InvalidProceedingsInputError('scope', `must be WHOLE or PARTIAL; got ${String(input.scope)}`);
  }
  const decidedBefore = new Set(context.decidedClaimIndexes ?? []);
  assertList(input.decisions, 'decisions');
  if (input.decisions.length === 0)
    throw new InvalidProceedingsInputError('decisions', 'an award decides at least one claim');

  const seen = new Set<number>();
  const checked = input.decisions.map((d, i) => {
    const at = `decisions[${i}]`;
    if (d === null || typeof d !== 'object') throw new InvalidProceedingsInputError(at, 'missing');
    assertClaimIndex(d.claimIndex, context.claims.length, `${at}.claimIndex`);
    if (seen.has(d.claimIndex))
      throw new InvalidProceedingsInputError(`${at}.claimIndex`, `claim ${d.claimIndex} is decided twice`);
    if (decidedBefore.has(d.claimIndex)) {
      throw new ProceedingsPreconditionError(
        `${at}.claimIndex`,
        `claim ${d.claimIndex} was decided by an earlier partial award (先行裁决); it is not decided again`,
      );
    }
    seen.add(d.claimIndex);
    if (!CLAIM_OUTCOMES.includes(d.outcome)) {
      throw new InvalidProceedingsInputError(
        `${at}.outcome`,
        `must be ${CLAIM_OUTCOMES.join(', ')}; got ${String(d.outcome)}`,
      );
    }
    assertFenAmount(d.amountFen, `${at}.amountFen`);
    const claimedFen = context.claims[d.claimIndex].amountFen;
    if (d.amountFen > claimedFen) {
      throw new InvalidProceedingsInputError(
        `${at}.amountFen`,
        `${yuanOf(d.amountFen)} yuan is above the ${yuanOf(claimedFen)} yuan claimed: an award never grants more than the claim`,
      );
    }
    if (d.outcome === 'GRANTED' && d.amountFen !== claimedFen) {
      throw new InvalidProceedingsInputError(
        `${at}.amountFen`,
        `GRANTED grants the whole ${yuanOf(claimedFen)} yuan claimed; for ${yuanOf(d.amountFen)} yuan use PARTLY_GRANTED with reasons`,
      );
    }
    if (d.outcome === 'PARTLY_GRANTED' && !(d.amountFen > 0 && d.amountFen < claimedFen)) {
      throw new InvalidProceedingsInputError(
        `${at}.amountFen`,
        `PARTLY_GRANTED grants more than nothing and less than the ${yuanOf(claimedFen)} yuan claimed; got ${yuanOf(d.amountFen)} yuan`,
      );
    }
    if (d.outcome === 'REFUSED' && d.amountFen !== 0) {
      throw new InvalidProceedingsInputError(
        `${at}.amountFen`,
        `REFUSED grants nothing; got ${yuanOf(d.amountFen)} yuan`,
      );
    }
    assertTextValue(d.reasons, `${at}.reasons`, { min: 2, max: 5000 });
    return { ...d, reasons: d.reasons.trim(), category: context.claims[d.claimIndex].category, claimedFen };
  });

  const open = context.claims.map((_, i) => i).filter((i) => !decidedBefore.has(i) && !seen.has(i));
  if (input.scope === 'WHOLE' && open.length > 0) {
    throw new InvalidProceedingsInputError(
      'decisions',
      `the award leaves claim(s) ${open.join(', ')} undecided; decide every claim, or make it a PARTIAL award (先行裁决)`,
    );
  }
  if (input.scope === 'PARTIAL') {
    if (open.length === 0) {
      throw new InvalidProceedingsInputError(
        'scope',
        'a partial award leaves part of the case to decide; this one decides all of it (use WHOLE)',
      );
    }
    assertTextValue(input.partialBasis, 'partialBasis', { min: 2, max: 2000 });
  } else if (input.partialBasis !== undefined) {
    throw new InvalidProceedingsInputError('partialBasis', 'only a PARTIAL award states a partial basis');
  }

  // The amounts the award determines decide finality, at the filing day's minimum wage (Art. 47).
  const classification = classifyFinalAward(
    {
      countyCode: input.countyCode,
      onDate: context.filedOn,
      claims: checked.map((d) => ({ category: d.category, amountFen: d.amountFen })),
    },
    minimumWageTable,
  );
  const decisions = checked.map((d, i): ClaimDecision => {
    const finality = classification.claims[i];
    return {
      claimIndex: d.claimIndex,
      category: d.category,
      claimedFen: d.claimedFen,
      outcome: d.outcome,
      amountFen: d.amountFen,
      reasons: d.reasons,
      finalAward: finality.finalAward,
      finalityBasis: finality.basis,
      finalityReason: finality.reason.replace('请求数额', '裁决数额'),
    };
  });
  const documents: AwardDocument[] = [];
  const finals = decisions.filter((d) => d.finalAward);
  const nonFinals = decisions.filter((d) => !d.finalAward);
  if (finals.length > 0) documents.push(documentOf('FINAL', finals));
  if (nonFinals.length > 0) documents.push(documentOf('NON_FINAL', nonFinals));

  return {
    countyCode: input.countyCode,
    awardedOn: input.awardedOn,
    scope: input.scope,
    ...(input.scope === 'PARTIAL' ? { partialBasis: (input.partialBasis as string).trim() } : {}),
    decisions,
    kind: classification.kind,
    ...(classification.thresholdFen !== undefined ? { thresholdFen: classification.thresholdFen } : {}),
    documents,
    totalAwardedFen: decisions.reduce((sum, d) => sum + d.amountFen, 0),
    openClaimIndexes: open,
    citation: AWARD_CITATION,
  };
}

/** The days by which each remedy on an award document must be used, from the day a party received it. */
export function remedyDeadlines(
  document: AwardDocument,
  receivedOn: IsoDate,
  schedule?: HolidaySchedule,
): (ArbitrationDeadline & { readonly holder: RemedyHolder })[] {
  assertIsoDate(receivedOn, 'receivedOn');
  return document.remedies.map((remedy) => ({
    ...computeArbitrationDeadline(remedy.rule, receivedOn, schedule),
    holder: remedy.holder,
  }));
}

/** No award on a case that is suspended, withdrawn or closed (the case clock's state, passed in). */
export function assertCaseOpen(state: CaseState, field = 'case.caseState'): void {
  switch (state) {
    case 'OPEN':
      return;
    case 'SUSPENDED':
      throw new ProceedingsPreconditionError(
        field,
        'the case is suspended (仲裁中止, 办案规则第四十七条): resume it before an award',
      );
    case 'WITHDRAWN':
      throw new ProceedingsPreconditionError(
        field,
        'the application was withdrawn (撤回仲裁申请): there is nothing to award',
      );
    case 'CLOSED':
      throw new ProceedingsPreconditionError(field, 'the case is closed (已结案)');
    default:
      throw new InvalidProceedingsInputError(
        field,
        `must be OPEN, SUSPENDED, WITHDRAWN or CLOSED; got ${String(state)}`,
      );
  }
}

function documentOf(finality: 'FINAL' | 'NON_FINAL', decisions: readonly ClaimDecision[]): AwardDocument {
  const final = finality === 'FINAL';
  return {
    finality,
    title: final ? '仲裁裁决书（终局裁决）' : '仲裁裁决书（非终局裁决）',
    claimIndexes: decisions.map((d) => d.claimIndex),
    totalAwardedFen: decisions.reduce((sum, d) => sum + d.amountFen, 0),
    takesEffect: final ? 'ON_THE_DAY_MADE' : 'WHEN_NO_SUIT_WITHIN_15_DAYS',
    remedies: final ? FINAL_AWARD_REMEDIES : NON_FINAL_AWARD_REMEDIES,
  };
}
