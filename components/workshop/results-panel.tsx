'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { Report } from '@/lib/model';
import { HeadlineMetrics } from '@/components/results/headline-metrics';
import { useVerdict } from '@/components/results/use-verdict';
import { ResultDetails } from './result-details';

type Props = {
  report: Report;
  /** The inputs moved on and the report is being recomputed. */
  stale: boolean;
  suiteName: string;
  clientName?: string;
  className?: string;
  children?: ReactNode;
};

/** The live result: headline figures (with the report's data-metric hooks), the link, details. */
export function ResultsPanel({ report, stale, suiteName, clientName, className, children }: Props) {
  const t = useTranslations('workshop.results');
  const [spoken, setSpoken] = useState('');
  const verdict = useVerdict(report, suiteName);

  // Screen readers hear a new verdict once the typing pauses, not on every keystroke; the one on
  // screen at load is read with the page, not again (nor re-rendered) a moment later.
  const heard = useRef(verdict);
  useEffect(() => {
    if (verdict === heard.current) return;
    const timer = setTimeout(() => {
      heard.current = verdict;
      setSpoken(verdict);
    }, 1200);
    return () => clearTimeout(timer);
  }, [verdict]);

  return (
    <section
      aria-labelledby="results-title"
      aria-busy={stale}
      // Focusable, so the panel scrolls with the keyboard when it is taller than the screen.
      tabIndex={0}
      className={`rounded-2xl bg-slate-50 p-4 ring-1 ring-slate-200 ${className ?? ''}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id="results-title" className="text-xl font-bold text-slate-900">
          {clientName ? t('titleClient', { client: clientName }) : t('title')}
        </h2>
        <span
          aria-hidden="true"
          className={`text-sm text-slate-600 transition-opacity ${stale ? 'opacity-100' : 'opacity-0'}`}
        >
          {t('updating')}
        </span>
      </div>
      <div className="mt-3">
        <p className="mb-3 text-lg leading-snug font-semibold text-slate-900">{verdict}</p>
        <HeadlineMetrics report={report} suiteName={suiteName} variant="panel" />
      </div>
      {children}
      <ResultDetails report={report} suiteName={suiteName} />
      <p aria-live="polite" className="sr-only">
        {spoken}
      </p>
    </section>
  );
}
