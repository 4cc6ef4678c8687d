// Which of a case's time limits the service watches (期限监控), with their legal basis and how many
// working days ahead the inspector is warned. The due days themselves come from inspection-periods.
import type { DeadlineKind } from '@onewindow/deadlines';
import {
  ACCEPTANCE_CITATION,
  COMPLIANCE_LABEL,
  INVESTIGATION_CITATION,
  LISTING_HEARING_CITATION,
  LISTING_HEARING_LABEL,
} from './inspection-periods';

export const ACCEPTANCE_DEADLINE = 'INSPECTION_ACCEPTANCE';
export const INVESTIGATION_DEADLINE = 'INSPECTION_INVESTIGATION';
export const COMPLIANCE_CHECK_DEADLINE = 'INSPECTION_COMPLIANCE_CHECK';
export const LISTING_HEARING_DEADLINE = 'INSPECTION_LISTING_HEARING';

export const WATCHED_INSPECTION_DEADLINES: readonly DeadlineKind[] = [
  {
    kind: ACCEPTANCE_DEADLINE,
    label: '受理决定期限（五个工作日）',
    legalBasis: ACCEPTANCE_CITATION,
    // Two working days leave time to ask for material or redirect before the period runs out.
    warnWorkingDaysBefore: 2,
  },
  {
    kind: INVESTIGATION_DEADLINE,
    label: '调查期限（六十个工作日，可延长三十个工作日）',
    legalBasis: INVESTIGATION_CITATION,
    // Ten working days leave time to ask the department's head for the one extension.
    warnWorkingDaysBefore: 10,
  },
  {
    kind: COMPLIANCE_CHECK_DEADLINE,
    label: COMPLIANCE_LABEL,
    legalBasis: '《劳动保障监察条例》第十八条第一款第（二）项',
    warnWorkingDaysBefore: 1,
  },
  {
    kind: LISTING_HEARING_DEADLINE,
    label: LISTING_HEARING_LABEL,
    legalBasis: LISTING_HEARING_CITATION,
    warnWorkingDaysBefore: 0,
  },
];

/** The subject the acceptance deadline is watched under: a new one each time the period starts again. */
export const acceptanceSubject = (caseId: string, round: number) =>
  round <= 1 ? `${caseId}#acceptance` : `${caseId}#acceptance-${round}`;
export const investigationSubject = (caseId: string, extended: boolean) =>
  extended ? `${caseId}#investigation-extended` : `${caseId}#investigation`;
export const complianceSubject = (caseId: string) => `${caseId}#compliance-check`;
export const listingSubject = (caseId: string) => `${caseId}#listing-hearing`;
