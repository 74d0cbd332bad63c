'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { AssumptionId } from '@/lib/model';

type Props = {
  id: AssumptionId;
  label: string;
  /** Set when the assumption is changed: the reset button's full name. */
  resetLabel?: string;
  onReset: () => void;
};

/** Under an assumption: why this figure (its explanation, on demand), method and source, reset. */
export function AssumptionActions({ id, label, resetLabel, onReset }: Props) {
  const t = useTranslations('workshop.assumptions');
  const ta = useTranslations('assumptions');
  const [why, setWhy] = useState(false);
  return (
    <>
      <div className="flex flex-wrap items-center gap-x-4 text-sm">
        <button
          type="button"
          aria-expanded={why}
          aria-controls={`a-${id}-why`}
          onClick={() => setWhy((w) => !w)}
          className="min-h-11 font-medium text-slate-800 underline underline-offset-4"
        >
          <span
            aria-hidden="true"
            className={`mr-1 inline-block transition-transform ${why ? 'rotate-90' : ''}`}
          >
            ›
          </span>
          {t('why')}
        </button>
        <Link
          href={`/methodology#${id}`}
          prefetch={false}
          className="inline-flex min-h-11 items-center font-medium text-brand underline underline-offset-4"
        >
          {t('methodology')}
          <span className="sr-only">: {label}</span>
        </Link>
        {resetLabel && (
          <button
            type="button"
            onClick={onReset}
            aria-label={resetLabel}
            className="min-h-11 rounded-lg border border-slate-400 px-3 font-semibold hover:bg-slate-50"
          >
            {t('reset')}
          </button>
        )}
      </div>
      <p id={`a-${id}-why`} hidden={!why} className="pb-1 text-sm text-slate-700">
        {ta(`${id}.explanation`)}
      </p>
    </>
  );
}
