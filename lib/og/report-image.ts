import { createTranslator, type Messages } from 'next-intl';
import { formats } from '@/i18n/formats';
import type { Locale } from '@/i18n/routing';
import type { OpenedReport } from '@/lib/report/open';
import { sanitizeOgText, type OgImageInput } from './render';
import { money } from '@/lib/format/money';
import { yearsArgs } from '@/lib/i18n/years';

/**
 * What a report's social image says, in the page's language: the saving or the extra cost over
 * the horizon in the answers' currency, and the overall risk. A code that does not decode gets the
 * locale's generic branded image, so a crawler never sees an error.
 */
export function reportOgInput(
  locale: Locale,
  opened: OpenedReport,
  messages: Messages,
  brand: { suite: { name: string } },
): OgImageInput {
  const t = createTranslator({ locale, messages, formats });
  if (!opened.ok) {
    return {
      locale,
      eyebrow: t('seo.ogEyebrow'),
      title: t('seo.ogTitle'),
      subtitle: t('seo.ogSubtitle'),
    };
  }
  const { answers, report } = opened;
  const years = report.horizonYears;
  const amount = money(locale, report.currency, Math.abs(report.netSaving));
  // A name of nothing but emoji would leave "What free WhatsApp really costs " hanging.
  const client = answers.clientName ? sanitizeOgText(answers.clientName) : '';
  // The simulation's verdict, as on the page: a point saving the suite wins in fewer than 8 of 10
  // simulations is "too close to call", not a saving.
  const label =
    report.netSaving === 0
      ? 'even'
      : report.verdict === 'suite-cheaper' && report.netSaving > 0
        ? 'saving'
        : report.verdict === 'whatsapp-cheaper' && report.netSaving < 0
          ? 'extra'
          : ('tooClose' as const);
  return {
    locale,
    eyebrow: t('share.og.eyebrow', { suite: brand.suite.name }),
    title: client ? t('report.titleClient', { client }) : t('report.title'),
    metric: { value: amount, label: t(`share.og.${label}`, yearsArgs(years)) },
    subtitle: t('share.og.risk', {
      level: t(`riskLevels.${report.risk.level}`),
      score: String(report.risk.overall),
    }),
  };
}
