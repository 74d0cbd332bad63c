'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { Answers, AssumptionOverrides, PriceBook } from '@/lib/model';
import { reportPath } from '@/lib/workshop';

type Props = {
  answers: Answers;
  /** The assumptions changed in the workshop: the link carries them, so the report matches. */
  overrides: AssumptionOverrides;
  book: PriceBook;
  packageId?: string;
};

/** "Open the report" and "Copy report link": the report shows what the workshop shows. */
export function ReportLink({ answers, overrides, book, packageId }: Props) {
  const t = useTranslations('workshop');
  const locale = useLocale();
  const [status, setStatus] = useState('');
  const href = reportPath(locale, answers, overrides, book, packageId);

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
    </div>
  );
}
