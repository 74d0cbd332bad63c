import type { Report } from '@/lib/model';

export type VerdictMessage =
  | {
      key: 'savingVerdict' | 'extraVerdict';
      values: { suite: string; amount: string; years: number };
    }
  | { key: 'tooCloseVerdict'; values: { amount: string; years: number; probability: number } }
  | { key: 'evenVerdict'; values: { years: number } };

/**
 * The headline sentence follows the simulation's verdict, not the sign of the point estimate: a
 * saving the suite wins in fewer than 8 of 10 simulations is "too close to call". Shared by the
 * report and the workshop so both say the same thing. `amount` is |net saving|, formatted.
 */
export function verdictMessage(report: Report, suite: string, amount: string): VerdictMessage {
  const years = report.horizonYears;
  if (report.netSaving === 0) return { key: 'evenVerdict', values: { years } };
  if (report.verdict === 'suite-cheaper' && report.netSaving > 0) {
    return { key: 'savingVerdict', values: { suite, amount, years } };
  }
  if (report.verdict === 'whatsapp-cheaper' && report.netSaving < 0) {
    return { key: 'extraVerdict', values: { suite, amount, years } };
  }
  const probability = report.uncertainty.probabilitySuiteCheaper;
  return { key: 'tooCloseVerdict', values: { amount, years, probability } };
}
