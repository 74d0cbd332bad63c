import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { getBrand } from '@/lib/brand/load';
import { SiteDocument } from '@/components/layout/site-document';
import { NotFoundContent } from '@/components/errors/not-found-content';
import { ReportLinkError, isLinkFailure } from '@/components/errors/report-link-error';

// Every unmatched path lands here, server-rendered with status 404 (see next.config.js). Pages do not call notFound()
// for user input: Next 16 renders that path's 404 only in the browser (vercel/next.js#62228).
// proxy.ts sends bad report links here too, naming what is wrong in `x-report-error`.
async function linkFailure() {
  const reason = (await headers()).get('x-report-error');
  return isLinkFailure(reason) ? reason : null;
}

export async function generateMetadata(): Promise<Metadata> {
  const reason = await linkFailure();
  const t = await getTranslations();
  const title = reason ? t('report.linkError.metaTitle') : t('notFound.metaTitle');
  return { metadataBase: new URL(getBrand().siteUrl), title, robots: { index: false } };
}

export default async function NotFound() {
  const locale = await getLocale();
  const reason = await linkFailure();
  return (
    <SiteDocument locale={locale}>
      {reason ? <ReportLinkError reason={reason} /> : <NotFoundContent />}
    </SiteDocument>
  );
}
