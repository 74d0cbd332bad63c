import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SiteDocument } from '@/components/layout/site-document';
import { NotFoundContent } from '@/components/errors/not-found-content';

// Every unmatched path lands here, server-rendered with status 404. Pages do not call notFound()
// for user input: Next 16 renders that path's 404 only in the browser (vercel/next.js#62228).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notFound');
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function NotFound() {
  const locale = await getLocale();
  return (
    <SiteDocument locale={locale}>
      <NotFoundContent />
    </SiteDocument>
  );
}
