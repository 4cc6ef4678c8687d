// The time limits of an inspection case, each from @onewindow/calendar with the article it comes from:
// - the acceptance decision within 5 working days of receipt (关于实施《劳动保障监察条例》若干规定, 部令25号 Art. 18);
// - the investigation within 60 working days of filing, once extended by 30 working days with approval
//   (劳动保障监察条例 Art. 17);
// - the 2-year window for acts the office may still investigate (条例 Art. 20), in calendar years;
// - the employer's time to be heard before an arrears listing, 5 working days (人社部令第45号).
import { addPeriod, addYears, compareIsoDates, computeDeadline, type IsoDate } from '@onewindow/calendar';
import type { DueDay } from './inspection-case';

export const ACCEPTANCE_CITATION = '《关于实施〈劳动保障监察条例〉若干规定》第十八条';
export const INVESTIGATION_CITATION = '《劳动保障监察条例》第十七条';
export const EXTENSION_CITATION = '《劳动保障监察条例》第十七条（经劳动保障行政部门负责人批准，可以延长30个工作日）';
export const TWO_YEAR_CITATION = '《劳动保障监察条例》第二十条';
export const LISTING_HEARING_CITATION = '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》（人社部令第45号）第八条';

export const ACCEPTANCE_LABEL = '受理决定期限（自接到投诉举报之日起五个工作日）';
export const INVESTIGATION_LABEL = '调查期限（自立案之日起六十个工作日）';
export const EXTENDED_INVESTIGATION_LABEL = '调查期限（延长三十个工作日）';
export const COMPLIANCE_LABEL = '责令改正期限（期满复查）';
export const LISTING_HEARING_LABEL = '陈述申辩期限（拟列入失信联合惩戒名单）';

/** The acceptance decision's last day: 5 working days after `receivedOn` (the day itself not counted). */
export function acceptanceDueDay(receivedOn: IsoDate): DueDay {
  const due = computeDeadline(
    { id: 'inspection.acceptance', period: { amount: 5, unit: 'WORKING_DAYS' }, citation: ACCEPTANCE_CITATION },
    receivedOn,
  );
  return { label: ACCEPTANCE_LABEL, dueOn: due.due, provisional: due.provisional, citation: ACCEPTANCE_CITATION };
}

/** The investigation's last day: 60 working days after filing. */
export function investigationDueDay(filedOn: IsoDate): DueDay {
  const due = computeDeadline(
    {
      id: 'inspection.investigation',
      period: { amount: 60, unit: 'WORKING_DAYS' },
      citation: INVESTIGATION_CITATION,
    },
    filedOn,
  );
  return { label: INVESTIGATION_LABEL, dueOn: due.due, provisional: due.provisional, citation: INVESTIGATION_CITATION };
}

/** The extended investigation's last day: 30 working days after the statutory one (Art. 17, once). */
export function extendedInvestigationDueDay(statutoryDueOn: IsoDate): DueDay {
  const due = addPeriod(statutoryDueOn, { amount: 30, unit: 'WORKING_DAYS' });
  return {
    label: EXTENDED_INVESTIGATION_LABEL,
    dueOn: due.due,
    provisional: due.provisional,
    citation: EXTENSION_CITATION,
  };
}

/** The first day of the 2-year window: the same day two calendar years before receipt (Art. 20). */
export function twoYearWindowStart(receivedOn: IsoDate): IsoDate {
  return addYears(receivedOn, -2);
}

/** The employer's last day to be heard on an intended listing: 5 working days after the notice. */
export function listingHearingDueDay(noticedOn: IsoDate): DueDay {
  const due = addPeriod(noticedOn, { amount: 5, unit: 'WORKING_DAYS' });
  return {
    label: LISTING_HEARING_LABEL,
    dueOn: due.due,
    provisional: due.provisional,
    citation: LISTING_HEARING_CITATION,
  };
}

export const isAfter = (a: IsoDate, b: IsoDate) => compareIsoDates(a, b) > 0;
