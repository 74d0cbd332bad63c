import { getTranslations } from 'next-intl/server';
import { signIn } from '@/app/[locale]/inbox/actions';

type Props = { locale: string; error?: 'wrong' | 'limited'; waitSeconds?: number };

/** A plain form (works without JavaScript), posting to a rate-limited server action. */
export async function SignInForm({ locale, error, waitSeconds = 60 }: Props) {
  const t = await getTranslations('leads.inbox');
  const message =
    error === 'wrong'
      ? t('wrongPassword')
      : error === 'limited'
        ? t('signInLimited', { minutes: Math.ceil(waitSeconds / 60) })
        : '';
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold text-slate-900">{t('signInTitle')}</h1>
      <form action={signIn} className="mt-6">
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="inbox-password" className="block font-semibold text-slate-900">
          {t('password')}
        </label>
        <input
          id="inbox-password"
          name="password"
          type="password"
          required
          autoComplete="current-password"
          aria-invalid={message ? true : undefined}
          aria-describedby="inbox-password-error"
          className="mt-1 min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2"
        />
        <p
          id="inbox-password-error"
          role="alert"
          className="mt-1 min-h-5 text-sm font-medium text-red-700"
        >
          {message}
        </p>
        <button
          type="submit"
          className="mt-3 min-h-11 rounded-lg bg-brand px-6 font-semibold text-on-brand"
        >
          {t('signIn')}
        </button>
      </form>
    </div>
  );
}
