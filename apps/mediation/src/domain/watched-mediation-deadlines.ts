// Which of a mediation's time limits the service watches (期限监控), with their legal basis and how many
// working days ahead the mediator and the supervisor are warned. The periods themselves come from
// mediation-period (15 days, Art. 14 para 3) and the agreement's own payment schedule.
import type { DeadlineKind } from '@onewindow/deadlines';
import { PERFORMANCE_CITATION } from './agreement-performance';
import { MEDIATION_PERIOD_CITATION } from './mediation-period';

export const MEDIATION_PERIOD_DEADLINE = 'MEDIATION_PERIOD';
export const INSTALMENT_DEADLINE = 'MEDIATION_INSTALMENT';

export const WATCHED_MEDIATION_DEADLINES: readonly DeadlineKind[] = [
  {
    kind: MEDIATION_PERIOD_DEADLINE,
    label: '调解期限（自收到调解申请之日起十五日）',
    legalBasis: MEDIATION_PERIOD_CITATION,
    // Three working days leave time for a last session or for both parties to agree an extension.
    warnWorkingDaysBefore: 3,
  },
  {
    kind: INSTALMENT_DEADLINE,
    label: '调解协议约定的履行期限',
    legalBasis: PERFORMANCE_CITATION,
    // A day's notice lets the mediator remind the employer before the instalment is missed.
    warnWorkingDaysBefore: 1,
  },
];

/** The subject a case's period deadline is watched under: a new one for each agreed extension. */
export function periodDeadlineSubject(caseId: string, extensions: number): string {
  return extensions === 0 ? caseId : `${caseId}#extension-${extensions}`;
}

export function instalmentDeadlineSubject(caseId: string, instalmentIndex: number): string {
  return `${caseId}#instalment-${instalmentIndex}`;
}

/** The case a watched deadline's subject belongs to. */
export function caseOfDeadlineSubject(subjectId: string): string {
  return subjectId.split('#')[0]!;
}
