import { percent } from '@/lib/format/money';
import { yearsArgs } from '@/lib/i18n/years';
import type { Report } from '@/lib/model';

type Years = ReturnType<typeof yearsArgs>;

export type VerdictMessage =
  | {
      key: 'savingVerdict' | 'extraVerdict';
      values: { suite: string; amount: string } & Years;
    }
  | { key: 'tooCloseVerdict'; values: { amount: string; probability: string } & Years }
  | { key: 'evenVerdict'; values: Years };

/**
 * The headline sentence follows the simulation's verdict, not the sign of the point estimate: a
 * saving the suite wins in fewer than 8 of 10 simulations is "too close to call". Shared by the
 * report and the workshop so both say the same thing. `amount` is |net saving|, formatted; the
 * chance is written here (lib/format/decimal.ts), so the browser builds no Intl.NumberFormat for it.
 */
export function verdictMessage(
  report: Report,
  suite: string,
  amount: string,
  locale: string,
): VerdictMessage {
  const years = yearsArgs(report.horizonYears);
  if (report.netSaving === 0) return { key: 'evenVerdict', values: years };
  if (report.verdict === 'suite-cheaper' && report.netSaving > 0) {
    return { key: 'savingVerdict', values: { suite, amount, ...years } };
  }
  if (report.verdict === 'whatsapp-cheaper' && report.netSaving < 0) {
    return { key: 'extraVerdict', values: { suite, amount, ...years } };
  }
  const probability = percent(locale, report.uncertainty.probabilitySuiteCheaper, 0);
  return { key: 'tooCloseVerdict', values: { amount, probability, ...years } };
}
