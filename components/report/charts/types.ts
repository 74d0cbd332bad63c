import type { Currency } from '@/lib/model';

/** What every chart leaf gets: the locale and currency to format with, and the two colours. */
export interface ChartBase {
  locale: string;
  currency: Currency;
  colors: { statusQuo: string; suite: string };
  names: { statusQuo: string; suite: string };
}

export const axisTick = { fontSize: 12, fill: '#334155' };
export const HEIGHT = { cumulative: 260, categories: 320, range: 166, drivers: 260 } as const;

/** Round axis bounds and ticks (steps of 1, 2 or 5 × 10ⁿ) that include zero and every value. */
export function niceTicks(values: number[], count = 4): number[] {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const raw = (hi - lo || 1) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(v);
  if (ticks[ticks.length - 1]! < hi) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}
