import type { NumberFormatOptions } from 'next-intl';
import type { Assumption } from '@/lib/model';

/** The page's number formatter (next-intl's `format.number`). */
type NumberFormat = (value: number, options: NumberFormatOptions) => string;

const PERCENT_UNITS = new Set<Assumption['unit']>([
  'share',
  'shareOfRevenue',
  'shareOfSalary',
  'probability',
  'probabilityPerYear',
]);

/**
 * One assumption value in the page's locale: 5 %, 1,720, 3×, €100,000 or US$0.06. `times`
 * writes a multiplier in the page's language (units.times: "2.6×", "2,6-fach").
 */
export function formatAssumptionValue(
  number: NumberFormat,
  a: Pick<Assumption, 'unit' | 'currency'>,
  value: number,
  times: (value: string) => string = (v) => `${v}×`,
): string {
  // Italian and Spanish prose group four-digit numbers too (docs/glossary.md), unlike CLDR.
  const grouping = { useGrouping: 'always' } as const;
  if (PERCENT_UNITS.has(a.unit))
    return number(value, { style: 'percent', maximumFractionDigits: 2 });
  if (a.currency && (a.unit.startsWith('money') || a.unit === 'exchangeRate')) {
    // Whole amounts from 100 up; cents (or finer, for per-message prices) below.
    const digits = value >= 100 ? 0 : value < 0.1 && value > 0 ? 4 : 2;
    return number(value, {
      style: 'currency',
      currency: a.currency,
      minimumFractionDigits: value >= 100 ? 0 : 2,
      maximumFractionDigits: digits,
      ...grouping,
    });
  }
  if (a.unit === 'multiplier') return times(number(value, { maximumFractionDigits: 2 }));
  return number(value, { maximumFractionDigits: 2, ...grouping });
}
