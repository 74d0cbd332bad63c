'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

type State =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'sent'; email: string }
  | { kind: 'error'; message: string; field: boolean };

/** "Email me my report": one address, one button; the server queues a copy in the outbox. */
export function EmailReport({ code, locale }: { code: string; locale: string }) {
  const t = useTranslations('delivery.emailMe');
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (state.kind === 'sending') return;
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    setState({ kind: 'sending' });
    try {
      const res = await fetch('/api/report-email', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, reportCode: code, locale }),
      });
      const body = (await res.json().catch(() => ({}))) as { error?: string; message?: string };
      if (res.status === 202) return setState({ kind: 'sent', email });
      setState({
        kind: 'error',
        message: body.message ?? t('errors.unavailable'),
        field: body.error === 'email',
      });
    } catch {
      setState({ kind: 'error', message: t('errors.network'), field: false });
    }
  }

  const fieldError = state.kind === 'error' && state.field;
  return (
    <form noValidate onSubmit={submit} className="mt-3 flex flex-wrap items-end gap-3">
      <div className="min-w-0 grow basis-64">
        <label htmlFor="report-email" className="block font-semibold text-slate-900">
          {t('label')}
        </label>
        <input
          id="report-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          aria-invalid={fieldError || undefined}
          aria-describedby="report-email-status"
          className={`mt-1 min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base ${fieldError ? 'border-red-700' : 'border-slate-400'}`}
        />
      </div>
      <button
        type="submit"
        aria-disabled={state.kind === 'sending' || undefined}
        className="min-h-11 rounded-lg bg-brand px-5 font-semibold text-on-brand hover:opacity-90 aria-disabled:opacity-70"
      >
        {state.kind === 'sending' ? t('sending') : t('submit')}
      </button>
      <p
        id="report-email-status"
        role="status"
        className={`w-full min-h-5 text-sm font-medium ${state.kind === 'error' ? 'text-red-700' : 'text-slate-900'}`}
      >
        {state.kind === 'sent' && t('sent', { email: state.email })}
        {state.kind === 'error' && state.message}
      </p>
    </form>
  );
}
