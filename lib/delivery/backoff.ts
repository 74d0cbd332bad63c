/**
 * The wait before attempt `attempt + 1`: doubling from `baseMs`, capped at `maxMs`, with "equal
 * jitter" (half fixed, half random), so retries after an outage spread out instead of arriving
 * together. With the defaults (10 s, 1 h) the waits run 10 s, 20 s, 40 s … 1 h: about 40 tries in the day before the row is dead-lettered.
 */
export function backoffMs(
  attempt: number,
  { baseMs, maxMs }: { baseMs: number; maxMs: number },
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
