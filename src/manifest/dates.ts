/** How long a checked fact is trusted before the card says it may be out of date. */
export const STALE_AFTER_MONTHS = 12;

/** Whether a `verified` date ("2026-11-23") is more than 12 months before `now`. */
export function isStale(verified: string, now: Date): boolean {
  const [y, m, d] = verified.split('-').map(Number);
  if (!y || !m || !d) return true;
  const limit = new Date(Date.UTC(y, m - 1 + STALE_AFTER_MONTHS, d));
  return now.getTime() > limit.getTime();
}
