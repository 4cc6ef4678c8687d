// The deadline routing watches (期限监控): each referral's acknowledge-by day (签收期限), set by the
// county's “1+X” rule that issued it. Its breach is the escalation to the duty supervisor (督办).
import type { DeadlineKind } from '@onewindow/deadlines';

export const ACKNOWLEDGEMENT_DEADLINE = 'REFERRAL_ACKNOWLEDGEMENT';
/** A consultation's referral is acknowledged by answering it (咨询解答). */
export const CONSULTATION_ANSWER_DEADLINE = 'CONSULTATION_ANSWER';

const COUNTY_RULE_BASIS = '县级“1+X”分流规则规定的签收期限（随州市“一站式”劳动保障维权中心建设方案）';

export const WATCHED_REFERRAL_DEADLINES: readonly DeadlineKind[] = [
  {
    kind: ACKNOWLEDGEMENT_DEADLINE,
    label: '转办签收期限',
    // Each referral carries its rule's citation; this names the source when a rule has none.
    legalBasis: COUNTY_RULE_BASIS,
    // Most rules give one working day or none: the warning comes on the due day itself.
    warnWorkingDaysBefore: 1,
  },
  {
    kind: CONSULTATION_ANSWER_DEADLINE,
    label: '咨询解答期限',
    legalBasis: COUNTY_RULE_BASIS,
    warnWorkingDaysBefore: 1,
  },
];
