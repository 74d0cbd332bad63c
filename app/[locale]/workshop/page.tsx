import { NextIntlClientProvider } from 'next-intl';
import { getMessages, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getBrand } from '@/lib/brand/load';
import { pickMessages } from '@/lib/i18n/client-messages';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { blankReport, PROJECTOR_SCRIPT } from '@/lib/workshop';
import { Workshop } from '@/components/workshop/workshop';

export const generateMetadata = pageMetadata('workshop', '/workshop');

export default async function WorkshopPage({ params }: PageProps<'/[locale]/workshop'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const { name, suite, legal } = getBrand();
  // The island's own messages travel with this page only, not on every page of the site.
  const messages = pickMessages(await getMessages(), [
    'workshop',
    'leads.form',
    'leads.errors',
    'validation',
    'assumptions',
    'units',
    'groups',
    'categories',
    'riskLevels',
    'questionnaire.fields',
    'questionnaire.steps',
    'questionnaire.yes',
    'questionnaire.no',
    'questionnaire.optional',
    'report.headline',
    'report.risk.title',
    'report.fines',
    'report.assumptions.quoted',
    'report.charts.rangeTitle',
    'report.charts.rangeSummary',
    'report.charts.rangeBelow',
    'report.charts.rangeAbove',
    'report.charts.driversTitle',
    'report.charts.categoriesTitle',
  ]);
  return (
    <NextIntlClientProvider messages={messages}>
      {/* Before the workshop's HTML, so projector mode is on when it first paints. */}
      <script dangerouslySetInnerHTML={{ __html: PROJECTOR_SCRIPT }} />
      {/* The brand's price book as the report page reads it, so both compute the same figures. */}
      <Workshop
        book={suite}
        suiteName={suite.name}
        brand={name}
        privacyUrl={legal.privacyUrl}
        blank={blankReport(suite)}
      />
    </NextIntlClientProvider>
  );
}
