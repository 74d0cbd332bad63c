'use client';

import { useTranslations } from 'next-intl';
import { StartOver } from '@/components/answers/start-over';

type Props = { last: boolean; busy: boolean; onBack?: () => void; onStartOver: () => void };

/** Next (or finish), back, and start over, under a step's questions. */
export function StepActions({ last, busy, onBack, onStartOver }: Props) {
  const t = useTranslations('questionnaire');
  return (
    <div className="mt-8 flex flex-wrap items-center gap-3 border-t border-slate-200 pt-6">
      <button
        type="submit"
        disabled={busy}
        className="min-h-11 rounded-lg bg-brand px-6 py-2 text-base font-semibold text-on-brand hover:opacity-90 disabled:opacity-60"
      >
        {last ? t('finish') : t('next')}
      </button>
      {onBack && (
        <button
          type="button"
          onClick={onBack}
          className="min-h-11 rounded-lg border border-slate-400 px-5 py-2 text-base font-semibold hover:bg-slate-50"
        >
          {t('back')}
        </button>
      )}
      <div className="ml-auto">
        <StartOver
          namespace="questionnaire"
          onConfirm={onStartOver}
          refocusAfterConfirm={false}
          openerClassName="min-h-11 px-1 text-sm font-semibold text-slate-700 underline underline-offset-4 hover:text-slate-900"
        />
      </div>
    </div>
  );
}
