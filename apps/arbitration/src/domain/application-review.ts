// Reviewing an application for arbitration (立案审查): exactly one decision per review.
//
// Order of checks, and why:
// 1. Malformed input throws (InvalidApplicationError); a matter that is not a DISPUTE throws
//    (NotAnArbitrationApplicationError): no notice can be issued on either.
// 2. Jurisdiction (办案规则 Art. 30(4), 31): a commission without jurisdiction judges nothing else. The
//    matter's county code stands for the place of performance or the employer's seat (Art. 21).
// 3. Scope (Art. 2) and then limitation (Art. 27): grounds that no supplement can cure. Refusing at once
//    gives the worker the court route (Art. 29) now instead of after a pointless 补正 round.
// 4. Completeness (Art. 28; 办案规则 Art. 29): everything missing, listed at once (一次性告知).
// 5. Accepted: a receipt today; the acceptance notice today for wage arrears, work injury and major
//    collective disputes (seed 四(三)), otherwise a decision due within 5 working days (Art. 29; 办案规则
//    Arts. 30, 80).
//
// Partly barred or partly out-of-scope applications are accepted: acceptance decides on the application
// as a whole (办案规则 Arts. 30–31 have no partial refusal), limitation is a defence the respondent raises
// and the tribunal rules on (with interruption and suspension facts that only emerge at the hearing), and
// out-of-scope claims are left out of the award. Such claims are named in the decision's notes. Only an
// application whose every in-scope claim is barred is refused, and a commission that leaves limitation to
// the hearing altogether can set limitationScreening to 'NOTE_ONLY'.
import { CHINA_HOLIDAY_SCHEDULE, compareIsoDates, HolidaySchedule, IsoDate, isIsoDate } from '@onewindow/calendar';
import { assertKnownCounty, listCounties } from '@onewindow/county';
import { findMissingItems, MissingItem } from './application-completeness';
import { assertLimitationFacts, assertReviewableApplication } from './application-input.validation';
import {
  ArbitrationDeadline,
  ArbitrationDeadlineRules,
  computeArbitrationDeadline,
  DEFAULT_ARBITRATION_DEADLINE_RULES,
  deadlinesAfterAcceptance,
  RECEIPT_CITATION,
  SAME_DAY_ACCEPTANCE_CITATION,
  sameDayDeadline,
} from './arbitration-deadline-rules';
import {
  InvalidApplicationError,
  InvalidReviewPolicyError,
  NotAnArbitrationApplicationError,
} from './arbitration.errors';
import { assessScope, SCOPE_CITATION } from './labor-dispute-scope';
import { assessLimitation, LimitationAssessment, LimitationFacts } from './limitation';
import { CountyCode, MatterContent } from './matter-content';
import { isCollectiveDispute, SameDayGround, sameDayAcceptanceGrounds } from './same-day-acceptance';

export type LimitationScreening = 'REFUSE_WHEN_ALL_BARRED' | 'NOTE_ONLY';

export interface ReviewPolicy {
  /** the counties this commission has jurisdiction over (default: every county OneWindow serves) */
  readonly jurisdiction: readonly CountyCode[];
  readonly limitationScreening: LimitationScreening;
  readonly rules: ArbitrationDeadlineRules;
}

export interface ReviewInput {
  readonly content: MatterContent;
  /** the day the application reached arbitration (China Standard Time) */
  readonly receivedOn: IsoDate;
  /**
   * The day it was first filed, when it arrived incomplete and `receivedOn` is the day the supplement
   * completed it: limitation is judged as of the filing (a request for relief interrupts the year, Art. 27
   * para 2), the acceptance clock from receivedOn. Defaults to receivedOn.
   */
  readonly filedOn?: IsoDate;
  readonly schedule?: HolidaySchedule;
  readonly limitation?: LimitationFacts;
  readonly policy?: Partial<Omit<ReviewPolicy, 'rules'>> & { readonly rules?: Partial<ArbitrationDeadlineRules> };
}

export type NonAcceptanceReason = 'OUTSIDE_JURISDICTION' | 'NOT_LABOR_DISPUTE' | 'LIMITATION_EXPIRED';

export interface SupplementRequired {
  readonly outcome: 'SUPPLEMENT_REQUIRED';
  readonly receivedOn: IsoDate;
  readonly supplementNotice: {
    readonly document: '补正通知书';
    readonly issuedOn: IsoDate;
    readonly missing: readonly MissingItem[];
    readonly supplyBy: ArbitrationDeadline;
    /** the application counts as received on the day the complete material arrives; review starts again */
    readonly acceptanceClockRestartsOnArrival: true;
  };
  readonly deadlines: readonly ArbitrationDeadline[];
  readonly notes: readonly string[];
}

export interface NotAccepted {
  readonly outcome: 'NOT_ACCEPTED';
  readonly receivedOn: IsoDate;
  readonly reasonCode: NonAcceptanceReason;
  /** the reason, in Chinese, as printed on the notice */
  readonly reason: string;
  /** the remedy (救济途径), in Chinese */
  readonly remedy: string;
  readonly citation: string;
  readonly notice: {
    /** a 书面说明 for lack of jurisdiction (办案规则 Art. 31), otherwise 不予受理通知书 */
    readonly document: '不予受理通知书' | '书面说明';
    readonly issuedOn: IsoDate;
  };
  readonly limitation?: LimitationAssessment;
  readonly deadlines: readonly ArbitrationDeadline[];
  readonly notes: readonly string[];
}

export interface SameDayAcceptance {
  readonly mode: 'SAME_DAY';
  readonly grounds: readonly SameDayGround[];
  readonly acceptedOn: IsoDate;
  readonly acceptanceNotice: { readonly document: '受理通知书'; readonly issuedOn: IsoDate };
  readonly citation: string;
}

export interface AcceptanceWithinStatutoryPeriod {
  readonly mode: 'WITHIN_STATUTORY_PERIOD';
  readonly decisionDue: ArbitrationDeadline;
}

export interface Accepted {
  readonly outcome: 'ACCEPTED';
  readonly receivedOn: IsoDate;
  readonly receipt: { readonly document: '收件回执'; readonly issuedOn: IsoDate; readonly citation: string };
  readonly acceptance: SameDayAcceptance | AcceptanceWithinStatutoryPeriod;
  readonly collectiveDispute: boolean;
  /** claims outside Art. 2, left out of the case */
  readonly claimsOutsideScope: readonly number[];
  /** claims that look time-barred; for the tribunal if the respondent raises limitation */
  readonly possiblyTimeBarredClaims: readonly number[];
  readonly limitation: LimitationAssessment;
  readonly deadlines: readonly ArbitrationDeadline[];
  readonly notes: readonly string[];
}

export type ReviewDecision = SupplementRequired | NotAccepted | Accepted;

export const COURT_REMEDY =
  '对不予受理决定不服的，申请人可以就该争议事项向人民法院提起诉讼（《劳动争议调解仲裁法》第二十九条）。';

export function reviewApplication(input: ReviewInput): ReviewDecision {
  const { content, receivedOn } = input;
  assertReviewableApplication(content, receivedOn);
  const filedOn = input.filedOn ?? receivedOn;
  if (!isIsoDate(filedOn) || compareIsoDates(filedOn, receivedOn) > 0) {
    throw new InvalidApplicationError('filedOn', `${String(filedOn)} is not a date on or before ${receivedOn}`);
  }
  const facts = input.limitation ?? {};
  assertLimitationFacts(facts, content.claims.length, receivedOn);
  if (content.kind !== 'DISPUTE') throw new NotAnArbitrationApplicationError(content.kind);

  const policy = resolvePolicy(input.policy);
  const schedule = input.schedule ?? CHINA_HOLIDAY_SCHEDULE;
  const deadline = (rule: keyof ArbitrationDeadlineRules) =>
    computeArbitrationDeadline(policy.rules[rule], receivedOn, schedule);

  if (!policy.jurisdiction.includes(content.countyCode)) {
    return {
      outcome: 'NOT_ACCEPTED',
      receivedOn,
      reasonCode: 'OUTSIDE_JURISDICTION',
      reason: `该争议（行政区划代码 ${content.countyCode}）不属于本仲裁委员会管辖范围`,
      remedy:
        '申请人可以向劳动合同履行地或者用人单位所在地有管辖权的劳动人事争议仲裁委员会申请仲裁（《劳动争议调解仲裁法》第二十一条）。',
      citation: '《劳动争议调解仲裁法》第二十一条；《劳动人事争议仲裁办案规则》第八条、第三十条第（四）项、第三十一条',
      notice: { document: '书面说明', issuedOn: receivedOn },
      deadlines: [deadline('nonAcceptanceNotice')],
      notes: [],
    };
  }

  const scope = assessScope(content.claims);
  if (scope.noneInScope) {
    return {
      outcome: 'NOT_ACCEPTED',
      receivedOn,
      reasonCode: 'NOT_LABOR_DISPUTE',
      reason: '申请仲裁的事项不属于《劳动争议调解仲裁法》第二条规定的劳动争议范围',
      remedy: COURT_REMEDY,
      citation: `${SCOPE_CITATION}、第三十一条；《劳动争议调解仲裁法》第二十九条`,
      notice: { document: '不予受理通知书', issuedOn: receivedOn },
      deadlines: [deadline('nonAcceptanceNotice')],
      notes: [],
    };
  }

  const limitation = assessLimitation(content, filedOn, facts, policy.rules.limitation, schedule);
  if (limitation.allExpired && policy.limitationScreening === 'REFUSE_WHEN_ALL_BARRED') {
    const expiries = [
      ...new Set(limitation.claims.map((c) => c.deadline?.dueOn).filter((d): d is IsoDate => !!d)),
    ].sort();
    return {
      outcome: 'NOT_ACCEPTED',
      receivedOn,
      reasonCode: 'LIMITATION_EXPIRED',
      reason: `申请仲裁已超过一年的仲裁时效期间（时效期间于 ${expiries.join('、')} 届满，申请于 ${filedOn} 提出）`,
      remedy: `${COURT_REMEDY}如存在仲裁时效中断或者中止的情形（如曾向用人单位主张权利或者向有关部门请求权利救济），可以提供证明材料后重新申请仲裁。`,
      citation: '《劳动争议调解仲裁法》第二十七条、第二十九条',
      notice: { document: '不予受理通知书', issuedOn: receivedOn },
      limitation,
      deadlines: [deadline('nonAcceptanceNotice')],
      notes: limitation.claims.map((c) => `第${c.claimIndex + 1}项请求：${c.reason}`),
    };
  }

  const notes = [
    ...scope.outsideScope.map(
      (i) =>
        `第${i + 1}项请求不属于劳动争议（《劳动争议调解仲裁法》第二条），不列入仲裁审理范围，申请人可以另行通过诉讼等途径解决`,
    ),
    ...limitation.expiredClaimIndexes.map(
      (i) =>
        `第${i + 1}项请求可能已超过仲裁时效：${limitation.claims.find((c) => c.claimIndex === i)?.reason ?? ''}；受理阶段不作部分不予受理，由仲裁庭依当事人主张审查`,
    ),
  ];

  const missing = findMissingItems(content);
  if (missing.length > 0) {
    const supplyBy = deadline('supplement');
    return {
      outcome: 'SUPPLEMENT_REQUIRED',
      receivedOn,
      supplementNotice: {
        document: '补正通知书',
        issuedOn: receivedOn,
        missing,
        supplyBy,
        acceptanceClockRestartsOnArrival: true,
      },
      deadlines: [supplyBy],
      notes: [...notes, '申请人补正全部材料后，以收到补正材料之日为收到仲裁申请之日，重新计算受理审查期限'],
    };
  }

  const grounds = sameDayAcceptanceGrounds(content, limitation.expiredClaimIndexes);
  const receipt = { document: '收件回执', issuedOn: receivedOn, citation: RECEIPT_CITATION } as const;
  const common = {
    outcome: 'ACCEPTED',
    receivedOn,
    receipt,
    collectiveDispute: isCollectiveDispute(content),
    claimsOutsideScope: scope.outsideScope,
    possiblyTimeBarredClaims: limitation.expiredClaimIndexes,
    limitation,
    notes,
  } as const;

  if (grounds.length > 0) {
    return {
      ...common,
      acceptance: {
        mode: 'SAME_DAY',
        grounds,
        acceptedOn: receivedOn,
        acceptanceNotice: { document: '受理通知书', issuedOn: receivedOn },
        citation: SAME_DAY_ACCEPTANCE_CITATION,
      },
      deadlines: [
        sameDayDeadline(
          'arbitration.same-day-acceptance-notice',
          '当日出具并送达受理通知书',
          receivedOn,
          SAME_DAY_ACCEPTANCE_CITATION,
        ),
        ...deadlinesAfterAcceptance(receivedOn, { schedule, rules: policy.rules }),
      ],
    };
  }

  const decisionDue = deadline('acceptanceDecision');
  return { ...common, acceptance: { mode: 'WITHIN_STATUTORY_PERIOD', decisionDue }, deadlines: [decisionDue] };
}

function resolvePolicy(overrides: ReviewInput['policy'] = {}): ReviewPolicy {
  const jurisdiction = overrides.jurisdiction ?? listCounties().map((c) => c.code);
  // A misconfigured jurisdiction must fail loudly, not refuse every applicant.
  if (jurisdiction.length === 0) throw new InvalidReviewPolicyError('review policy: jurisdiction lists no county');
  jurisdiction.forEach((code) => assertKnownCounty(code));
  const limitationScreening = overrides.limitationScreening ?? 'REFUSE_WHEN_ALL_BARRED';
  if (limitationScreening !== 'REFUSE_WHEN_ALL_BARRED' && limitationScreening !== 'NOTE_ONLY') {
    throw new InvalidReviewPolicyError(`review policy: unknown limitationScreening '${String(limitationScreening)}'`);
  }
  return { jurisdiction, limitationScreening, rules: { ...DEFAULT_ARBITRATION_DEADLINE_RULES, ...overrides.rules } };
}
