'use client';

import { useTranslations } from 'next-intl';

export function StepProgress({ current, total }: { current: number; total: number }) {
  const t = useTranslations('questionnaire');
  // Step numbers are one digit: written as they are, so loading the first step builds no
  // Intl.NumberFormat (lib/format/locale-symbols.ts says what that costs).
  const label = t('progress', { current: String(current), total: String(total) });
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
