import type { AssumptionUnit, Currency } from '@/lib/model';
import {
  parseLocaleNumber,
  percentToShare,
  shareToPercent,
  type FieldError,
} from '@/lib/questionnaire';
import { grouped } from '@/lib/format/money';

// How an assumption is shown and typed: shares and probabilities as percentages, money in the
// assumption's own currency (as the model applies it), everything else as a plain number.

export type DisplayKind = 'percent' | 'money' | 'number';

const percentUnits: readonly AssumptionUnit[] = [
  'share',
  'shareOfRevenue',
  'shareOfSalary',
  'probabilityPerYear',
  'probability',
];

export function displayKind(unit: AssumptionUnit): DisplayKind {
  if (percentUnits.includes(unit)) return 'percent';
  return unit.startsWith('money') ? 'money' : 'number';
}

/** The value in the unit a person sees (0.06 → 6 for percentages). */
export function toShown(value: number, unit: AssumptionUnit): number {
  return displayKind(unit) === 'percent' ? shareToPercent(value) : value;
}

export function fromShown(shown: number, unit: AssumptionUnit): number {
  return displayKind(unit) === 'percent' ? percentToShare(shown) : shown;
}

interface Ranged {
  unit: AssumptionUnit;
  low: number;
  high: number;
  currency?: Currency;
}

/** Slider positions from low (0) to high; integers, so both ends are reached exactly. */
export const SLIDER_STEPS = 200;

/** The step between two slider positions, as a power of ten in the stored unit. */
export function quantum({ low, high }: Ranged): number {
  const span = high - low;
  return span > 0 ? 10 ** Math.floor(Math.log10(span / SLIDER_STEPS)) : 1;
}

/** Decimals worth showing for this assumption (6 % and 5.39 %, not 5.3900001 %). */
export function shownDecimals(a: Ranged): number {
  if (!(a.high > a.low)) {
    // Fixed: as many decimals as the value has (1.17 per euro), at most 6.
    const text = String(Number(toShown(a.low, a.unit).toPrecision(12)));
    return Math.min(6, text.includes('.') ? text.split('.')[1]!.length : 0);
  }
  const q = displayKind(a.unit) === 'percent' ? quantum(a) * 100 : quantum(a);
  return Math.min(6, Math.max(0, -Math.round(Math.log10(q))));
}

/** The text an input shows for a value: in shown units, locale separators, no sign. */
export function inputText(value: number, a: Ranged, locale: string): string {
  const maximumFractionDigits = shownDecimals(a);
  // Prices in cents read as prices: 10.80, not 10.8.
  const cents = displayKind(a.unit) === 'money' && !Number.isInteger(value);
  const minimumFractionDigits = cents ? Math.min(2, maximumFractionDigits) : 0;
  // 1.250 in Italian and Spanish, as the prose writes it.
  return grouped(locale, toShown(value, a.unit), { minimumFractionDigits, maximumFractionDigits });
}

export function sliderPosition(value: number, { low, high }: Ranged): number {
  if (!(high > low)) return 0;
  const p = Math.round(((value - low) / (high - low)) * SLIDER_STEPS);
  return Math.min(SLIDER_STEPS, Math.max(0, p));
}

/** The value at a slider position, rounded to the assumption's quantum; the ends are exact. */
export function sliderValue(position: number, a: Ranged): number {
  const { low, high } = a;
  if (position <= 0) return low;
  if (position >= SLIDER_STEPS) return high;
  const q = quantum(a);
  const raw = low + ((high - low) * position) / SLIDER_STEPS;
  const rounded = Number((Math.round(raw / q) * q).toPrecision(12));
  return Math.min(high, Math.max(low, rounded));
}

export type OverrideCheck = { ok: true; value: number } | { ok: false; error: FieldError };

/**
 * Reads a typed override. Out-of-range values are refused with the bound in shown units; a value
 * within a hair of a bound (the bound as displayed, rounded) is taken as the bound itself.
 */
export function checkOverride(text: string, a: Ranged, locale: string): OverrideCheck {
  if (text.trim() === '') return { ok: false, error: { key: 'required' } };
  const n = parseLocaleNumber(text, locale);
  if (n === null) return { ok: false, error: { key: 'number' } };
  const value = fromShown(n, a.unit);
  const slack = (a.high - a.low) * 1e-3;
  if (value < a.low - slack) {
    return { ok: false, error: { key: 'min', params: { min: toShown(a.low, a.unit) } } };
  }
  if (value > a.high + slack) {
    return { ok: false, error: { key: 'max', params: { max: toShown(a.high, a.unit) } } };
  }
  return { ok: true, value: Math.min(a.high, Math.max(a.low, value)) };
}
