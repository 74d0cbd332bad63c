import { useLocale, useTranslations } from 'next-intl';
import { count, money, percent } from '@/lib/format/money';
import type { Report } from '@/lib/model';
import { rangeNoteKey } from '@/lib/report/range-note';

/** What the simulation says in words: the P10–P90 range, and why the headline sits outside it. */
export function useRangeSummary(report: Report): string {
  const t = useTranslations('report.charts');
  const locale = useLocale();
  const m = (x: number) => money(locale, report.currency, x);
  const { p10, p50, p90, samples, probabilitySuiteCheaper } = report.uncertainty;
  const note = rangeNoteKey(report);
  // Numbers arrive written (lib/format/decimal.ts): the message formats none in the browser.
  const summary = t('rangeSummary', {
    samples: count(locale, samples),
    p10: m(p10),
    p50: m(p50),
    p90: m(p90),
    probability: percent(locale, probabilitySuiteCheaper, 1),
  });
  return note ? `${summary} ${t(note, { point: m(report.netSaving) })}` : summary;
}
