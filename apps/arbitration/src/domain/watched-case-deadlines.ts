// Which of a case's time limits arbitration watches (期限监控), with their legal basis and how many
// working days ahead the supervisor is warned. The periods themselves are in arbitration-deadline-rules.
import type { DeadlineKind } from '@onewindow/deadlines';
import { DEFAULT_ARBITRATION_DEADLINE_RULES as RULES } from './arbitration-deadline-rules';

export const ACCEPTANCE_DECISION_DEADLINE = 'ARBITRATION_ACCEPTANCE_DECISION';
export const AWARD_DEADLINE = 'ARBITRATION_AWARD';

export const WATCHED_CASE_DEADLINES: readonly DeadlineKind[] = [
  {
    kind: ACCEPTANCE_DECISION_DEADLINE,
    label: '仲裁申请受理审查期限',
    legalBasis: RULES.acceptanceDecision.citation,
    // Five working days in all: two days' warning leaves the commission time to decide.
    warnWorkingDaysBefore: 2,
  },
  {
    kind: AWARD_DEADLINE,
    label: '仲裁裁决期限（自受理之日起四十五日）',
    legalBasis: RULES.award.citation,
    // Enough to ask for the one extension of at most 15 days (劳动争议调解仲裁法 Art. 43).
    warnWorkingDaysBefore: 5,
  },
];

/**
 * The kinds with their warning periods overridden from configuration, e.g.
 * `ARBITRATION_AWARD=7,ARBITRATION_ACCEPTANCE_DECISION=1` (the library checks the values).
 */
export function watchedCaseDeadlines(warnings: string): DeadlineKind[] {
  const overrides = new Map<string, number>();
  for (const pair of warnings
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [kind, days] = pair.split('=');
    if (!WATCHED_CASE_DEADLINES.some((watched) => watched.kind === kind) || !days || !/^\d+$/.test(days)) {
      throw new Error(
        `deadline warning “${pair}”: write KIND=working days, KIND one of ${WATCHED_CASE_DEADLINES.map((k) => k.kind).join(', ')}`,
      );
    }
    overrides.set(kind!, Number(days));
  }
  return WATCHED_CASE_DEADLINES.map((kind) => ({
    ...kind,
    warnWorkingDaysBefore: overrides.get(kind.kind) ?? kind.warnWorkingDaysBefore,
  }));
}
