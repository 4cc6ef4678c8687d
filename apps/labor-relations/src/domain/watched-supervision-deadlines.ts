// The time limits labor-relations supervision watches (期限监控): the follow-up (复查) of a 指导意见书 on its
// correct-by day, and, for information, the first planned layoff day of a registered report.
import type { DeadlineKind } from '@onewindow/deadlines';
import { LAYOFF_CITATION } from './layoff-report';

export const GUIDANCE_FOLLOW_UP_DEADLINE = 'LABOR_RELATIONS_GUIDANCE_FOLLOW_UP';
export const LAYOFF_PLANNED_DAY_DEADLINE = 'LABOR_RELATIONS_LAYOFF_PLANNED_DAY';

export const WATCHED_SUPERVISION_DEADLINES: readonly DeadlineKind[] = [
  {
    kind: GUIDANCE_FOLLOW_UP_DEADLINE,
    label: '指导意见书整改期限（到期复查）',
    legalBasis: '《随州市“一站式”劳动保障维权中心工作实施方案》（随人社函〔2023〕36号）四（一）',
    // Three working days let the officer arrange the follow-up visit.
    warnWorkingDaysBefore: 3,
  },
  {
    kind: LAYOFF_PLANNED_DAY_DEADLINE,
    label: '裁减人员方案计划实施日（提前三十日说明情况）',
    legalBasis: LAYOFF_CITATION,
    warnWorkingDaysBefore: 3,
  },
];
