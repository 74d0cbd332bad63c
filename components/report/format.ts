import type { AssumptionUnit, Currency } from '@/lib/model';

// Formatting for the report, always with the page's locale (never a bare toLocaleString()).

/** Whole currency units: the headline and tables round what the model keeps to the cent. */
export function money(locale: string, currency: Currency, value: number, cents = false): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    useGrouping: 'always',
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

/**
 * An assumption's value in its unit, written out as the methodology page writes it ("1,720 hours
 * per year", not "1,720 hr/yr"); money is already in the answers' currency. `times` writes a
 * multiplier in the page's language (units.times: "2.6×", "2,6-fach").
 */
export function assumptionValue(
  locale: string,
  currency: Currency,
  unit: AssumptionUnit,
  value: number,
  times: (value: string) => string = (v) => `${v}×`,
): string {
  // Italian and Spanish prose group four-digit numbers too (docs/glossary.md), unlike CLDR.
  const grouping = { useGrouping: 'always' } as const;
  if (unit.startsWith('money')) {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...grouping,
      // Cents only where they matter; a price per message to four decimals, as the methodology.
      minimumFractionDigits: Number.isInteger(value) || value >= 100 ? 0 : 2,
      maximumFractionDigits: value >= 100 ? 0 : value > 0 && value < 0.1 ? 4 : 2,
    }).format(value);
  }
  if (shares.includes(unit)) {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
      value,
    );
  }
  const u = unitOf[unit];
  if (u) {
    const long = { style: 'unit', unit: u, unitDisplay: 'long', ...grouping } as const;
    return new Intl.NumberFormat(locale, long).format(value);
  }
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...grouping });
  if (unit === 'multiplier') return times(plain.format(value));
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 4, ...grouping }).format(value);
}
