/** Half away from zero, and never -0 (so deep equality and JSON stay clean). */
export function roundHalfAwayFromZero(x: number): number {
  const r = Math.floor(Math.abs(x) + 0.5);
  if (r === 0) return 0;
  return x < 0 ? -r : r;
}

/** A money amount as integer cents, rounded once. */
export function toCents(amount: number): number {
  return roundHalfAwayFromZero(amount * 100);
}

export function fromCents(cents: number): number {
  return cents === 0 ? 0 : cents / 100;
}
