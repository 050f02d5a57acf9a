/**
 * How long a stored village home stays true without a write: until the soonest shown event
 * ends (it leaves the list), the next UTC midnight (the day the home's announcements are
 * chosen by changes: one expires, a scheduled one starts) or `maxAgeMs`, whichever is first.
 * Writes through the document service end it sooner (home-store `invalidate`); `maxAgeMs`
 * bounds what no write announces, such as a file replaced in the media library.
 */
export interface TimedEvent {
  startsAt?: string | null;
  endsAt?: string | null;
}

export function homeValidUntil(events: TimedEvent[], now: Date, maxAgeMs: number): Date {
  const nextMidnight = new Date(now);
  nextMidnight.setUTCHours(24, 0, 0, 0);
  const limits = [now.getTime() + maxAgeMs, nextMidnight.getTime()];
  for (const event of events) {
    // An event without an end is listed until it starts (services/home.ts).
    const leaves = Date.parse(event.endsAt ?? event.startsAt ?? '');
    if (Number.isFinite(leaves)) limits.push(leaves);
  }
  return new Date(Math.min(...limits));
}
