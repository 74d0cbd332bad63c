import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { constructMetadata } from './metadata';

/** Namespaces whose metaTitle and metaDescription take no arguments (the report's do). */
type PageNamespace = 'home' | 'insights' | 'methodology' | 'questionnaire' | 'workshop';

/**
 * A page's `generateMetadata`: title and description from `<namespace>.metaTitle` and
 * `.metaDescription`, canonical and alternates for `path` after the locale ('' for the home page).
 */
export function pageMetadata(namespace: PageNamespace, path: string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = (await params).locale as Locale;
    const t = await getTranslations({ locale, namespace });
    return constructMetadata({
      locale,
      title: t('metaTitle'),
      description: t('metaDescription'),
      path,
    });
  };
}
