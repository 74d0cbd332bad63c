'use client';

import { useFormatter, useTranslations } from 'next-intl';

export function StepProgress({ current, total }: { current: number; total: number }) {
  const t = useTranslations('questionnaire');
  const format = useFormatter();
  const label = t('progress', { current: format.number(current), total: format.number(total) });
  return (
    <div>
      <p className="text-sm font-semibold text-slate-700" aria-hidden="true">
        {label}
      </p>
      <div
        role="progressbar"
        aria-label={t('progressLabel')}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
        aria-valuetext={label}
        className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className="h-full rounded-full bg-brand transition-[width] duration-300 motion-reduce:transition-none"
          style={{ width: `${(current / total) * 100}%` }}
        />
      </div>
    </div>
  );
}
