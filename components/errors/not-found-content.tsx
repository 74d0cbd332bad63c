import { getTranslations } from 'next-intl/server';
import { ErrorPanel } from './error-panel';

/** The localized 404 body; the locale comes from the request (set by the proxy). */
export async function NotFoundContent() {
  const t = await getTranslations('notFound');
  return (
    <ErrorPanel
      eyebrow="404"
      title={t('title')}
      body={t('body')}
      actions={{ assessment: t('assessment'), home: t('home') }}
    />
  );
}
