import type { AssumptionUnit, Currency } from '@/lib/model';

// Formatting for the report, always with the page's locale (never a bare toLocaleString()).

/** Whole currency units: the headline and tables round what the model keeps to the cent. */
export function money(locale: string, currency: Currency, value: number, cents = false): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  }).format(value);
}

/** Axis ticks: short amounts like "€1.2M" / "1,2 Mio. €". */
export function compactMoney(locale: string, currency: Currency, value: number): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
}

const unitOf: Partial<Record<AssumptionUnit, string>> = {
  hoursPerYear: 'hour-per-year',
  daysPerYear: 'day-per-year',
  hours: 'hour',
  minutesPerDay: 'minute-per-day',
  months: 'month',
};

const shares: AssumptionUnit[] = [
  'share',
  'shareOfRevenue',
  'shareOfSalary',
  'probability',
  'probabilityPerYear',
];

/** An assumption's value in its unit; money is already in the answers' currency. */
export function assumptionValue(
  locale: string,
  currency: Currency,
  unit: AssumptionUnit,
  value: number,
): string {
  if (unit.startsWith('money')) {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      // Cents only where they matter (a price per message, a licence at 10.80).
      minimumFractionDigits: Number.isInteger(value) ? 0 : undefined,
      maximumSignificantDigits: value < 1 ? 2 : undefined,
    }).format(value);
  }
  if (shares.includes(unit)) {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
      value,
    );
  }
  const u = unitOf[unit];
  if (u) return new Intl.NumberFormat(locale, { style: 'unit', unit: u }).format(value);
  if (unit === 'multiplier') {
    return `×${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)}`;
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);
}
