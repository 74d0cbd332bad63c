/**
 * A YYYY-MM-DD day that exists (not 2026-02-30, which Date rolls over and PostgreSQL refuses)
 * and that PostgreSQL can store (year 1 onwards).
 */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || text.startsWith('0000')) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
