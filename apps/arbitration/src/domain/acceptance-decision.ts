// Deciding on an application that was received but not accepted the same day (受理决定): within five
// days the commission accepts, or refuses in writing with its reasons (劳动争议调解仲裁法 Art. 29;
// 办案规则 Arts. 30–31). Only a case still awaiting that decision can be decided, once.
import { CHINA_HOLIDAY_SCHEDULE, compareIsoDates, HolidaySchedule, IsoDate } from '@onewindow/calendar';
import { COURT_REMEDY } from './application-review';
import { ArbitrationDeadline, deadlinesAfterAcceptance } from './arbitration-deadline-rules';
import { ArbitrationDomainError } from './arbitration.errors';

export type AcceptanceDecision =
  | { readonly decision: 'ACCEPT' }
  | { readonly decision: 'REFUSE'; readonly reason: string };

export interface CaseAwaitingAcceptance {
  readonly status: string;
  readonly receivedOn: IsoDate;
}

export type AcceptanceOutcome =
  | {
      readonly outcome: 'ACCEPTED';
      readonly acceptedOn: IsoDate;
      readonly awardDue: ArbitrationDeadline;
      readonly deadlines: readonly ArbitrationDeadline[];
    }
  | { readonly outcome: 'NOT_ACCEPTED'; readonly decidedOn: IsoDate; readonly reason: string; readonly remedy: string };

/** The case has no acceptance decision pending (already decided, or waiting for a supplement). */
export class AcceptanceNotPendingError extends ArbitrationDomainError {
  constructor(readonly status: string) {
    super(`no acceptance decision is pending on this case (status ${status})`);
  }
}

export class InvalidAcceptanceDecisionError extends ArbitrationDomainError {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`invalid acceptance decision, ${field}: ${reason}`);
  }
}

const MAX_REASON_LENGTH = 2000;

export function decideAcceptance(
  current: CaseAwaitingAcceptance,
  decision: AcceptanceDecision,
  decidedOn: IsoDate,
  schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE,
): AcceptanceOutcome {
  if (current.status !== 'AWAITING_ACCEPTANCE_DECISION') throw new AcceptanceNotPendingError(current.status);
  if (compareIsoDates(decidedOn, current.receivedOn) < 0) {
    throw new InvalidAcceptanceDecisionError(
      'decidedOn',
      `${decidedOn} is before the application was received (${current.receivedOn})`,
    );
  }
  if (decision.decision === 'REFUSE') {
    const reason = decision.reason.trim();
    if (reason === '')
      throw new InvalidAcceptanceDecisionError('reason', 'a refusal states its reasons in writing (Art. 29)');
    if ([...reason].length > MAX_REASON_LENGTH) {
      throw new InvalidAcceptanceDecisionError('reason', `at most ${MAX_REASON_LENGTH} characters`);
    }
    return { outcome: 'NOT_ACCEPTED', decidedOn, reason, remedy: COURT_REMEDY };
  }
  const deadlines = deadlinesAfterAcceptance(decidedOn, { schedule });
  const awardDue = deadlines.find((deadline) => deadline.id === 'arbitration.award')!;
  return { outcome: 'ACCEPTED', acceptedOn: decidedOn, awardDue, deadlines };
}
