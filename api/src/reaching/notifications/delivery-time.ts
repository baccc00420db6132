import { DateTime } from 'luxon';

export interface DeliveryChoices {
  digest: boolean;
  /** HH:MM in the person's time zone. */
  digestTime: string;
  quietFrom: string | null;
  quietUntil: string | null;
}

/** Minutes after midnight of an HH:MM time. */
function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The next instant (now, or later) at which the person's own clock shows `time`. */
export function nextLocal(now: Date, timeZone: string, time: string): Date {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const [hour, minute] = time.split(':').map(Number);
  let at = local.set({ hour, minute, second: 0, millisecond: 0 });
  if (at < local) at = at.plus({ days: 1 }).set({ hour, minute });
  return at.toJSDate();
}

/** Whether the person's own clock is inside their quiet hours (which may span midnight). */
export function inQuietHours(
  now: Date,
  timeZone: string,
  from: string | null,
  until: string | null,
): boolean {
  if (!from || !until || from === until) return false;
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const minute = local.hour * 60 + local.minute;
  const start = minutesOf(from);
  const end = minutesOf(until);
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/**
 * When a mail about an update may go: at the digest time for a digest, else now — unless the
 * person's quiet hours hold it, and then when they end. Nothing is sent inside quiet hours.
 */
export function deliveryTime(now: Date, timeZone: string, choices: DeliveryChoices): Date {
  const candidate = choices.digest ? nextLocal(now, timeZone, choices.digestTime) : now;
  if (!inQuietHours(candidate, timeZone, choices.quietFrom, choices.quietUntil)) return candidate;
  return nextLocal(candidate, timeZone, choices.quietUntil as string);
}
