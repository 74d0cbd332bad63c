'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { Report } from '@/lib/model';
import { verdictMessage } from '@/components/report/verdict';
import { Headline } from './headline';
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
  const th = useTranslations('report.headline');
  const format = useFormatter();
  const [spoken, setSpoken] = useState('');
  const money = (x: number) =>
    format.number(Math.abs(x), {
      style: 'currency',
      currency: report.currency,
      maximumFractionDigits: 0,
    });
  const message = verdictMessage(report, suiteName, money(report.netSaving));
  const verdict = (th as unknown as (key: string, values: object) => string)(
    message.key,
    message.values,
  );

  // Screen readers hear the new verdict once the typing pauses, not on every keystroke.
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(verdict), 1200);
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
        <Headline report={report} verdict={verdict} suiteName={suiteName} />
      </div>
      {children}
      <ResultDetails report={report} suiteName={suiteName} />
      <p aria-live="polite" className="sr-only">
        {spoken}
      </p>
    </section>
  );
}
