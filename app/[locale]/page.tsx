import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getBrand } from '@/lib/brand/load';
import { articlesIn } from '@/lib/content/articles';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { RiskAreas } from '@/components/home/risk-areas';
import { ArticleCard } from '@/components/insights/article-card';
import { TrackEvent } from '@/components/funnel/track-event';

export const generateMetadata = pageMetadata('home', '');

export default async function Home({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations('home');
  const brand = getBrand();
  const latest = articlesIn(locale).slice(0, 3);

  return (
    <>
      <TrackEvent event="landing_viewed" />
      <section className="bg-gradient-to-b from-slate-50 to-white">
        <div className="mx-auto max-w-6xl px-4 pt-10 pb-12 sm:pt-16">
          <h1 className="max-w-3xl text-3xl leading-tight font-bold text-balance sm:text-5xl">
            {t('title')}
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-slate-700">
            {t('lead', { brand: brand.name })}
          </p>
          <div className="mt-8 flex flex-wrap items-center gap-4">
            <Link
              href="/assessment"
              className="rounded-lg bg-brand px-6 py-3 text-lg font-semibold text-on-brand shadow-sm hover:opacity-90"
            >
              {t('start')}
            </Link>
            <span className="text-sm text-slate-600">{t('startNote')}</span>
          </div>
        </div>
      </section>

      <section aria-labelledby="areas" className="mx-auto max-w-6xl px-4 py-10">
        <h2 id="areas" className="text-2xl font-bold">
          {t('areasTitle')}
        </h2>
        <RiskAreas />
        <p className="mt-6 max-w-3xl text-slate-700">
          {t('honest')}{' '}
          <Link href="/methodology" className="font-semibold text-brand underline">
            {t('honestLink')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="sellers" className="bg-slate-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-10 sm:flex-row sm:items-center sm:justify-between">
          <div className="max-w-2xl">
            <h2 id="sellers" className="text-2xl font-bold">
              {t('sellersTitle')}
            </h2>
            <p className="mt-2 text-slate-200">{t('sellersBody')}</p>
          </div>
          <Link
            href="/workshop"
            className="shrink-0 rounded-lg border-2 border-white px-5 py-3 text-center font-semibold hover:bg-white hover:text-slate-900"
          >
            {t('sellersCta')}
          </Link>
        </div>
      </section>

      {latest.length > 0 && (
        <section aria-labelledby="latest" className="mx-auto max-w-6xl px-4 py-10">
          <h2 id="latest" className="text-2xl font-bold">
            {t('latestTitle')}
          </h2>
          <ul className="mt-6 grid gap-6 md:grid-cols-3">
            {latest.map((a) => (
              <li key={a.slug}>
                <ArticleCard
                  article={a}
                  heading="h3"
                  className="h-full rounded-xl border border-slate-200 p-5"
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
