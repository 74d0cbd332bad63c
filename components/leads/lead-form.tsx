'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { fieldErrors, leadInputSchema, type LeadSource } from '@/lib/leads/input';
import { LeadField } from './lead-field';
import { postLead, type LeadValues } from './post-lead';
import { track } from '@/components/funnel/track';

export type LeadFormProps = {
  reportCode: string;
  /** Focus the first field once loaded (the form was opened from its button). */
  autoFocus?: boolean;
  source: LeadSource;
  brand: string;
  privacyUrl: string;
};

const typed = ['name', 'email', 'company', 'phone', 'message'] as const;
const empty: LeadValues = {
  name: '',
  email: '',
  company: '',
  phone: '',
  message: '',
  consent: false,
  website: '',
};

/** The lead form: checked as the server checks it, what was typed kept through every failure. */
export default function LeadForm({
  reportCode,
  source,
  brand,
  privacyUrl,
  autoFocus,
}: LeadFormProps) {
  const t = useTranslations('leads');
  const locale = useLocale();
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState('');
  const [state, setState] = useState<'editing' | 'sending' | 'sent'>('editing');
  const opened = useRef(0);
  // One id per filled form: a post retried after a lost answer is stored once.
  const submissionId = useRef<string>(undefined);
  useEffect(() => {
    opened.current = Date.now();
    submissionId.current = globalThis.crypto?.randomUUID?.();
    // Asked for by its button: the keyboard goes on in the form, not back at the top.
    if (autoFocus) formRef.current?.querySelector<HTMLElement>('#lead-name')?.focus();
  }, [autoFocus]);
  // The form gives way to the thanks: focus follows, so nobody is left on a vanished button.
  useEffect(() => {
    if (state === 'sent') doneRef.current?.focus();
  }, [state]);
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  const set = (key: keyof LeadValues, value: string | boolean) =>
    setValues((v) => ({ ...v, [key]: value }));

  function focusFirstError(fields: Record<string, string>) {
    const first = [...typed, 'consent'].find((f) => fields[f]);
    if (first) formRef.current?.querySelector<HTMLElement>(`#lead-${first}`)?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (state === 'sending') return;
    const ctx = {
      reportCode,
      locale,
      source,
      fillMs: Date.now() - opened.current,
      submissionId: submissionId.current,
    };
    const check = leadInputSchema.safeParse({ ...values, ...ctx });
    if (!check.success) {
      const keys = fieldErrors(check.error);
      const fields = Object.fromEntries(
        Object.entries(keys).map(([f, key]) => [f, t(`errors.${key}`)]),
      );
      setErrors(fields);
      // A problem with no field of its own (fill time, the report link) goes in the alert.
      const own = Object.keys(fields).filter((f) => [...typed, 'consent'].includes(f as 'name'));
      setAlert(own.length ? t('errors.fix') : (Object.values(fields)[0] ?? t('errors.fix')));
      focusFirstError(fields);
      return;
    }
    setState('sending');
    setAlert('');
    const outcome = await postLead(values, ctx);
    if (outcome.kind === 'sent') {
      track('lead_submitted');
      setState('sent');
      return;
    }
    setState('editing');
    if (outcome.kind === 'fields') {
      setErrors(outcome.fields);
      setAlert(outcome.fields.reportCode ?? outcome.message);
      focusFirstError(outcome.fields);
    } else {
      setAlert(outcome.message ?? t('errors.network'));
    }
  }

  return (
    <div>
      <div role="status">
        {state === 'sent' && (
          <div className="rounded-xl border-2 border-emerald-700 bg-emerald-50 p-5">
            <h3 ref={doneRef} tabIndex={-1} className="text-lg font-bold text-slate-900">
              {t('form.sentTitle')}
            </h3>
            <p className="mt-1 text-slate-800">
              {t('form.sentBody', { brand, email: values.email.trim() })}
            </p>
          </div>
        )}
      </div>
      {state !== 'sent' && (
        <form
          ref={formRef}
          noValidate
          onSubmit={submit}
          className="grid gap-x-6 gap-y-2 sm:grid-cols-2"
        >
          {(['name', 'email', 'company', 'phone'] as const).map((key) => (
            <LeadField
              key={key}
              name={key}
              error={errors[key]}
              label={
                <>
                  {t(`form.${key}`)}
                  {key === 'phone' && (
                    <span className="font-normal text-slate-600"> ({t('form.optional')})</span>
                  )}
                </>
              }
            >
              {(a11y) => (
                <input
                  {...a11y}
                  type={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text'}
                  autoComplete={
                    { name: 'name', email: 'email', company: 'organization', phone: 'tel' }[key]
                  }
                  value={values[key]}
                  onChange={(e) => set(key, e.target.value)}
                  className={`${a11y.className} min-h-11`}
                />
              )}
            </LeadField>
          ))}
          <div className="sm:col-span-2">
            <LeadField
              name="message"
              label={t('form.message')}
              hint={t('form.messageHint')}
              error={errors.message}
            >
              {(a11y) => (
                <textarea
                  {...a11y}
                  rows={4}
                  value={values.message}
                  onChange={(e) => set('message', e.target.value)}
                />
              )}
            </LeadField>
          </div>
          <div className="sm:col-span-2">
            <div className="flex items-start gap-3">
              <input
                id="lead-consent"
                name="consent"
                type="checkbox"
                checked={values.consent}
                onChange={(e) => set('consent', e.target.checked)}
                aria-invalid={errors.consent ? true : undefined}
                aria-describedby="lead-consent-error"
                className="mt-1 size-5 shrink-0 accent-brand"
              />
              <label htmlFor="lead-consent" className="text-slate-800">
                {t.rich('form.consent', {
                  brand,
                  link: (chunks) => (
                    <a
                      href={privacyUrl}
                      target="_blank"
                      rel="noopener"
                      className="font-semibold text-slate-900 underline"
                    >
                      {chunks}
                    </a>
                  ),
                })}
              </label>
            </div>
            <p id="lead-consent-error" className="mt-1 min-h-5 text-sm font-medium text-red-700">
              {errors.consent}
            </p>
          </div>
          {/* The honeypot: off screen and out of the tab order, so only a bot fills it. */}
          <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
            <label>
              {t('form.honeypot')}
              <input
                name="website"
                type="text"
                tabIndex={-1}
                autoComplete="off"
                value={values.website}
                onChange={(e) => set('website', e.target.value)}
              />
            </label>
          </div>
          <div className="sm:col-span-2">
            <p role="alert" className="mb-3 font-medium text-red-800 empty:mb-0">
              {alert}
            </p>
            <button
              type="submit"
              aria-disabled={state === 'sending'}
              className="min-h-11 rounded-lg bg-brand px-6 font-semibold text-on-brand hover:opacity-90 aria-disabled:opacity-70"
            >
              {state === 'sending' ? t('form.sending') : t('form.submit')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
