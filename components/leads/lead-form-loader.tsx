'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { LeadFormProps } from './lead-form';

// The form's code (and zod) loads only when the form nears the viewport or is asked for, so it
// never counts in the page's first-load JavaScript.
const LeadForm = lazy(() => import('./lead-form'));

type Props = LeadFormProps & { openLabel: string; loadingLabel: string };

/** A placeholder the size of the form, swapped for it within 600 px of the viewport or on click. */
export function LeadFormLoader({ openLabel, loadingLabel, ...form }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<false | 'near' | 'asked'>(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || shown) return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && setShown('near'),
      { rootMargin: '600px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [shown]);

  return (
    <div ref={ref} className="mt-6 min-h-[38rem] sm:min-h-[27rem]">
      {shown ? (
        <Suspense fallback={<p className="text-slate-600">{loadingLabel}</p>}>
          <LeadForm {...form} autoFocus={shown === 'asked'} />
        </Suspense>
      ) : (
        <button
          type="button"
          onClick={() => setShown('asked')}
          className="min-h-11 rounded-lg bg-brand px-6 font-semibold text-on-brand"
        >
          {openLabel}
          <span className="sr-only"> ({loadingLabel})</span>
        </button>
      )}
    </div>
  );
}
