'use client';

import type { Ref } from 'react';
import { useTranslations } from 'next-intl';
import { StepProgress } from './step-progress';

type Props = {
  /** What became of a report link (`?from=`): loaded, or unreadable. */
  notice?: 'fromReport' | 'badFrom';
  step: number;
  total: number;
  title: string;
  /** Focus moves here on every new step, so a screen reader hears where it is. */
  ref: Ref<HTMLHeadingElement>;
};

export function StepHeading({ notice, step, total, title, ref }: Props) {
  const t = useTranslations('questionnaire');
  return (
    <>
      {notice && (
        <p
          role="status"
          className={`mb-6 rounded-lg p-3 text-sm ${notice === 'badFrom' ? 'bg-amber-50 text-amber-900' : 'bg-slate-100 text-slate-800'}`}
        >
          {t(notice)}
        </p>
      )}
      <StepProgress current={step + 1} total={total} />
      <h2
        id="step-title"
        ref={ref}
        tabIndex={-1}
        className="mt-6 text-2xl font-bold text-slate-900 focus:outline-none"
      >
        {title}
      </h2>
    </>
  );
}
