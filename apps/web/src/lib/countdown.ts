// A deadline's countdown as the timeline shows it: days left, due today, or days overdue, counted in
// calendar days from today's date in China (the deadline itself was computed by the services).
import { daysBetween, isIsoDate, todayInChina, type IsoDate } from '@onewindow/calendar';

export type Countdown = { state: 'left'; days: number } | { state: 'today' } | { state: 'overdue'; days: number };

export function countdownOf(dueOn: string, today: IsoDate = todayInChina(new Date())): Countdown | undefined {
  if (!isIsoDate(dueOn)) return undefined;
  const days = daysBetween(today, dueOn);
  if (days === 0) return { state: 'today' };
  return days > 0 ? { state: 'left', days } : { state: 'overdue', days: -days };
}
