import { useLocale, useTranslations } from 'next-intl';
import { money } from '@/lib/format/money';
import type { Report } from '@/lib/model';
import { verdictMessage } from '@/lib/report/verdict';

/** The headline sentence the report, the embed and the workshop all say for this report. */
export function useVerdict(report: Report, suiteName: string): string {
  const t = useTranslations('report.headline');
  const locale = useLocale();
  const amount = money(locale, report.currency, Math.abs(report.netSaving));
  const message = verdictMessage(report, suiteName, amount, locale);
  // The four keys take different values; verdictMessage pairs each key with its own.
  return (t as unknown as (key: string, values: object) => string)(message.key, message.values);
}
