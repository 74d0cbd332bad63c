import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export async function ComingSoon({ title }: { title: string }) {
  const t = await getTranslations('comingSoon');
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4 text-slate-700">{t('body')}</p>
      <Link
        href="/assessment"
        className="mt-6 inline-block rounded-lg bg-brand px-5 py-3 font-semibold text-on-brand"
      >
        {t('cta')}
      </Link>
    </div>
  );
}
