/**
 * Day arithmetic for the charts, on `YYYY-MM-DD` days (the API's days, in the plan's time zone):
 * never the browser's clock, which may be in another zone.
 */

const DAY_MS = 86_400_000;

/** The day `days` after (negative: before) a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, positive when `to` is later. */
export function dayDiff(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Monday 0 … Sunday 6. */
export function weekday(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The `span` days ending `today`, oldest first. */
export function daysEnding(today: string, span: number): string[] {
  return Array.from({ length: span }, (_, i) => addDays(today, i - span + 1));
}

/** A unique id prefix for the SVG title and description of each chart on a page. */
let next = 0;
export function chartId(kind: string): string {
  next += 1;
  return `hw-${kind}-${next}`;
}
