// Which of a case's time limits arbitration watches (期限监控), with their legal basis and how many
// working days ahead the supervisor is warned. The periods themselves are in arbitration-deadline-rules.
import type { DeadlineKind } from '@onewindow/deadlines';
import { DEFAULT_ARBITRATION_DEADLINE_RULES as RULES } from './arbitration-deadline-rules';
import { CHALLENGE_DECISION_RULE } from './tribunal';

export const ACCEPTANCE_DECISION_DEADLINE = 'ARBITRATION_ACCEPTANCE_DECISION';
export const AWARD_DEADLINE = 'ARBITRATION_AWARD';
/** 送达仲裁申请书副本, 5 working days from acceptance (Art. 30): watched under the case id. */
export const APPLICATION_COPY_SERVICE_DEADLINE = 'ARBITRATION_APPLICATION_COPY_SERVICE';
/** 组庭通知, 5 working days from acceptance (Art. 32): watched under the case id. */
export const TRIBUNAL_NOTICE_DEADLINE = 'ARBITRATION_TRIBUNAL_NOTICE';
/** 回避决定, 3 working days from the challenge (办案规则 Art. 11): watched under `${caseId}#challenge-${n}`. */
export const CHALLENGE_DECISION_DEADLINE = 'ARBITRATION_CHALLENGE_DECISION';

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
  {
    kind: APPLICATION_COPY_SERVICE_DEADLINE,
    label: '向被申请人送达仲裁申请书副本（受理之日起五日内）',
    legalBasis: RULES.respondentCopyService.citation,
    // Five working days in all: two days' warning leaves time to post the copy or serve it in person.
    warnWorkingDaysBefore: 2,
  },
  {
    kind: TRIBUNAL_NOTICE_DEADLINE,
    label: '书面通知当事人仲裁庭组成情况（受理之日起五日内）',
    legalBasis: RULES.tribunalCompositionNotice.citation,
    warnWorkingDaysBefore: 2,
  },
  {
    kind: CHALLENGE_DECISION_DEADLINE,
    label: '作出是否回避的决定（回避申请提出之日起三日内）',
    legalBasis: CHALLENGE_DECISION_RULE.citation,
    // Three working days in all: the warning comes on the last one.
    warnWorkingDaysBefore: 1,
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
