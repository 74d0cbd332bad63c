import type { Currency } from '@/lib/answers/rules';
import type { AssumptionUnit } from '@/lib/model/assumptions';
import { count, percent, price } from './money';
import { numberFormat } from './number-format';

/** Units written as a percentage. */
export const percentUnits: readonly AssumptionUnit[] = [
  'share',
  'shareOfRevenue',
  'shareOfSalary',
  'probability',
  'probabilityPerYear',
];

const longUnit: Partial<Record<AssumptionUnit, string>> = {
  hoursPerYear: 'hour-per-year',
  daysPerYear: 'day-per-year',
  hours: 'hour',
  minutesPerDay: 'minute-per-day',
  months: 'month',
};

/**
 * An assumption's value as every page writes it (report, workshop, methodology): "1,720 hours per
 * year", "15 %", "€10.80", "US$1.17" for an exchange rate (dollars per euro), and a multiplier in
 * the page's language through `times` (units.times: "2.6×", "2,6-fach").
 */
export function assumptionValue(
  locale: string,
  a: { unit: AssumptionUnit; currency?: Currency | undefined },
  value: number,
  times: (value: string) => string = (v) => `${v}×`,
): string {
  if (percentUnits.includes(a.unit)) return percent(locale, value);
  if (a.currency && (a.unit.startsWith('money') || a.unit === 'exchangeRate')) {
    return price(locale, a.currency, value);
  }
  const unit = longUnit[a.unit];
  if (unit) {
    return numberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: 'long',
      useGrouping: 'always',
    }).format(value);
  }
  if (a.unit === 'multiplier') return times(count(locale, value));
  return count(locale, value, 4);
}
