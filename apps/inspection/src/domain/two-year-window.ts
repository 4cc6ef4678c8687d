// 劳动保障监察条例 Art. 20: a violation not found by the office within 2 years and neither complained of
// nor reported is not investigated any more; a continuing act (连续或者继续状态) counts from the day it ended,
// and one still going on is always within the window. "2 years" are calendar years back from receipt.
import { compareIsoDates, type IsoDate } from '@onewindow/calendar';
import type { ViolationRecord } from './inspection-case';
import { twoYearWindowStart } from './inspection-periods';

export interface WindowJudgement {
  within: boolean;
  /** the field the judgement rests on, e.g. violations[0].ended_on */
  field: string;
  /** the day the window counts from (the act's last day), '' while it goes on */
  lastDay: string;
}

/** Whether the act of `violation` (the i-th of the request) is within 2 years before `receivedOn`. */
export function withinTwoYears(violation: ViolationRecord, index: number, receivedOn: IsoDate): WindowJudgement {
  const start = twoYearWindowStart(receivedOn);
  if (violation.continuing) {
    if (!violation.endedOn) return { within: true, field: `violations[${index}].ended_on`, lastDay: '' };
    return {
      within: compareIsoDates(violation.endedOn, start) >= 0,
      field: `violations[${index}].ended_on`,
      lastDay: violation.endedOn,
    };
  }
  const lastDay = violation.endedOn || violation.beganOn;
  return {
    within: compareIsoDates(lastDay, start) >= 0,
    field: `violations[${index}].${violation.endedOn ? 'ended_on' : 'began_on'}`,
    lastDay,
  };
}
