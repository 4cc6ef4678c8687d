// Limitation (仲裁时效), 劳动争议调解仲裁法 Art. 27:
// - one year from the day the party knew or should have known of the infringement (para 1);
// - interrupted by a claim against the other party, a request for relief to the authorities, or the other
//   party agreeing to perform; the year then runs again from the interruption (para 2);
// - wage claims (劳动报酬) during employment are not limited; once the employment ends they run one year
//   from the end date (para 4).
// The day of knowledge: the end of employment when it has ended (the brief's rule, and the most favourable
// reading for the worker at intake), unless the applicant states an earlier day for a claim. A non-wage
// claim during employment with no stated day cannot be judged at acceptance: UNDETERMINED, and left to the
// tribunal if the respondent raises limitation.
import { addCalendarDays, compareIsoDates, HolidaySchedule, IsoDate } from '@onewindow/calendar';
import { ArbitrationDeadline, ArbitrationDeadlineRule, computeArbitrationDeadline } from './arbitration-deadline-rules';
import { hasText } from './application-input.validation';
import { isLaborDisputeCategory } from './labor-dispute-scope';
import { ClaimCategory, MatterContent } from './matter-content';

// When the year a limitation ends in has no holiday notice loaded, the due date may be up to a holiday
// run late (the longest, Spring Festival, is 9 days with its weekend). A filing within this margin of a
// provisional due date is treated as in time rather than refused on a guess.
export const PROVISIONAL_LIMITATION_GRACE_DAYS = 15;

export type ClaimLimitationStatus = 'NOT_RUNNING' | 'WITHIN_LIMITATION' | 'EXPIRED' | 'UNDETERMINED';

export interface ClaimLimitation {
  readonly claimIndex: number;
  readonly category: ClaimCategory;
  readonly status: ClaimLimitationStatus;
  /** the day the year runs from (start day not counted) */
  readonly runsFrom?: IsoDate;
  readonly deadline?: ArbitrationDeadline;
  readonly reason: string;
}

export interface LimitationFacts {
  /** the last interruption (时效中断): a claim on the employer, a complaint to inspection, a mediation request… */
  readonly interruptedOn?: IsoDate;
  /** days the applicant says they learned of an infringement, per claim */
  readonly knewOfInfringementOn?: readonly { readonly claimIndex: number; readonly knewOn: IsoDate }[];
}

export interface LimitationAssessment {
  /** one entry per claim within Art. 2 scope (OTHER claims are not assessed) */
  readonly claims: readonly ClaimLimitation[];
  readonly expiredClaimIndexes: readonly number[];
  /** there is at least one assessed claim and every one has EXPIRED */
  readonly allExpired: boolean;
}

export function assessLimitation(
  content: MatterContent,
  receivedOn: IsoDate,
  facts: LimitationFacts,
  rule: ArbitrationDeadlineRule,
  schedule: HolidaySchedule,
): LimitationAssessment {
  const { employment } = content;
  const endDate =
    !employment.stillEmployed && hasText(employment.endDate, 'employment.endDate') ? employment.endDate : undefined;
  const knewOn = new Map((facts.knewOfInfringementOn ?? []).map((k) => [k.claimIndex, k.knewOn]));

  const claims: ClaimLimitation[] = [];
  content.claims.forEach((claim, claimIndex) => {
    if (!isLaborDisputeCategory(claim.category)) return;
    const base = { claimIndex, category: claim.category };
    const isWage = claim.category === 'WAGES';

    if (isWage && employment.stillEmployed) {
      claims.push({
        ...base,
        status: 'NOT_RUNNING',
        reason: '劳动关系存续期间拖欠劳动报酬，不受一年仲裁时效期间的限制（第二十七条第四款）',
      });
      return;
    }
    // Para 4: after the employment ends, a wage claim runs from the end date whatever was known before.
    const knowledgeDay = isWage ? endDate : (knewOn.get(claimIndex) ?? endDate);
    if (!knowledgeDay) {
      claims.push({
        ...base,
        status: 'UNDETERMINED',
        reason: employment.stillEmployed
          ? '劳动关系存续，知道权利被侵害之日无法在受理阶段确定，时效问题由仲裁庭依当事人主张审查'
          : '未载明劳动关系终止日期，待补正后确定',
      });
      return;
    }

    const interruption = facts.interruptedOn;
    const runsFrom = interruption && compareIsoDates(interruption, knowledgeDay) > 0 ? interruption : knowledgeDay;
    const deadline = computeArbitrationDeadline(rule, runsFrom, schedule);
    const latestAccepted = deadline.provisional
      ? addCalendarDays(deadline.dueOn, PROVISIONAL_LIMITATION_GRACE_DAYS)
      : deadline.dueOn;
    const from =
      runsFrom === interruption
        ? `时效中断之日 ${runsFrom}`
        : isWage || runsFrom === endDate
          ? `劳动关系终止之日 ${runsFrom}`
          : `知道权利被侵害之日 ${runsFrom}`;

    if (compareIsoDates(receivedOn, latestAccepted) <= 0) {
      claims.push({
        ...base,
        status: 'WITHIN_LIMITATION',
        runsFrom,
        deadline,
        reason: `自${from}起算，仲裁时效期间至 ${deadline.dueOn} 届满${deadline.provisional ? '（暂定）' : ''}，申请在时效期间内`,
      });
    } else {
      claims.push({
        ...base,
        status: 'EXPIRED',
        runsFrom,
        deadline,
        reason: `自${from}起算，仲裁时效期间已于 ${deadline.dueOn} 届满，申请于 ${receivedOn} 提出`,
      });
    }
  });

  const expiredClaimIndexes = claims.filter((c) => c.status === 'EXPIRED').map((c) => c.claimIndex);
  return { claims, expiredClaimIndexes, allExpired: claims.length > 0 && expiredClaimIndexes.length === claims.length };
}
