'use client';

import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';

/** "Start over" asks once, inline, before it clears anything. */
export function StartOver({ onConfirm }: { onConfirm: () => void }) {
  const t = useTranslations('questionnaire');
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

  if (!asking) {
    return (
      <button
        ref={opener}
        type="button"
        onClick={() => setAsking(true)}
        className="min-h-11 px-1 text-sm font-semibold text-slate-700 underline underline-offset-4 hover:text-slate-900"
      >
        {t('startOver')}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="start-over-question" className="rounded-lg bg-slate-100 p-3">
      <p id="start-over-question" className="text-sm font-semibold">
        {t('startOverConfirm')}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          autoFocus
          onClick={() => {
            setAsking(false);
            // The opener comes back on the next render; give it focus again.
            requestAnimationFrame(() => opener.current?.focus());
          }}
          className="min-h-11 rounded-lg border border-slate-400 bg-white px-4 text-sm font-semibold"
        >
          {t('startOverNo')}
        </button>
        <button
          type="button"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
          className="min-h-11 rounded-lg bg-red-700 px-4 text-sm font-semibold text-white"
        >
          {t('startOverYes')}
        </button>
      </div>
    </div>
  );
}
