import { hasLocale } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { getBrand } from '@/lib/brand/load';
import { ogSize, renderOgImage } from '@/lib/og/render';
import { reportOgInput } from '@/lib/og/report-image';
import { loadReport } from '@/lib/report/load';

export const size = ogSize;
export const contentType = 'image/png';
export const alt = getBrand().name;

/** The report's social image; a broken code gets the generic branded one (200, never a 5xx). */
export default async function Image({ params }: PageProps<'/[locale]/report/[code]'>) {
  const { locale: raw, code } = await params;
  const locale = hasLocale(routing.locales, raw) ? raw : routing.defaultLocale;
  const messages = await getMessages({ locale });
  // The page's own report (same samples, same seed), so the image states the page's verdict.
  return renderOgImage(reportOgInput(locale, loadReport(code), messages, getBrand()));
}
