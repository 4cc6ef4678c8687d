// Instants are shown in China time whatever the browser's zone, as the staff and the notices count them.
const CHINA_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** '2026-03-05T02:30:00Z' → '2026-03-05 10:30'; text that is not an instant is returned as it is. */
export function formatInstant(instant: string): string {
  const date = new Date(instant);
  if (!instant || Number.isNaN(date.getTime())) return instant;
  const part = Object.fromEntries(CHINA_TIME.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}
