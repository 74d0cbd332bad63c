'use client';

import { useState } from 'react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { Answers, Currency } from '@/lib/model';
import { reportPath } from '@/lib/workshop';

type Props = {
  answers: Answers;
  /** How many assumptions differ from their defaults (the link cannot carry them). */
  changed: number;
  /** The saving the report will show, at the defaults; only needed when `changed` > 0. */
  defaultsSaving?: number;
  currency: Currency;
};

/** "Open the report" and "Copy report link", with an honest word on what the link carries. */
export function ReportLink({ answers, changed, defaultsSaving, currency }: Props) {
  const t = useTranslations('workshop');
  const locale = useLocale();
  const format = useFormatter();
  const [status, setStatus] = useState('');
  const href = reportPath(locale, answers);
  const amount = (x: number) =>
    format.number(Math.abs(x), { style: 'currency', currency, maximumFractionDigits: 0 });

  async function copy() {
    try {
      await navigator.clipboard.writeText(new URL(href, window.location.href).toString());
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  }

  return (
    <div className="mt-4">
      <div className="flex flex-wrap gap-2">
        {/* A plain link: the code changes with every keystroke, nothing to prefetch. */}
        <a
          href={href}
          data-testid="report-link"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand px-5 font-semibold text-on-brand hover:opacity-90"
        >
          {t('openReport')}
        </a>
        <button
          type="button"
          onClick={copy}
          className="min-h-11 rounded-lg border border-slate-400 bg-white px-4 font-semibold hover:bg-slate-50"
        >
          {t('copyLink')}
        </button>
      </div>
      <p role="status" className="mt-1 text-sm text-slate-700">
        {status}
      </p>
      {changed > 0 && defaultsSaving !== undefined && (
        <p
          className="mt-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-950"
          data-testid="link-note"
        >
          {t('linkAnswersOnly', { count: changed })}{' '}
          {defaultsSaving > 0
            ? t('linkDefaultsSaving', { amount: amount(defaultsSaving) })
            : defaultsSaving < 0
              ? t('linkDefaultsExtra', { amount: amount(defaultsSaving) })
              : t('linkDefaultsEven')}
        </p>
      )}
    </div>
  );
}
