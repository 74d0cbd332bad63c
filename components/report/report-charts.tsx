'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import dynamic from 'next/dynamic';

// Recharts loads only on the report, in the browser, and only once a chart scrolls near the
// viewport (or the page is printed): the server-rendered headline never waits for it.
const loading = () => <div className="h-full animate-pulse rounded-lg bg-slate-100" />;

export const CumulativeChart = dynamic(() => import('./charts/cumulative-chart'), {
  ssr: false,
  loading,
});
export const CategoryChart = dynamic(() => import('./charts/category-chart'), {
  ssr: false,
  loading,
});
export const RangeChart = dynamic(() => import('./charts/range-chart'), { ssr: false, loading });
export const DriverChart = dynamic(() => import('./charts/driver-chart'), {
  ssr: false,
  loading,
});

/** Mounts its chart when it comes within 400 px of the viewport, or before printing. */
export function WhenVisible({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const show = () => setShown(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) show();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(el);
    window.addEventListener('beforeprint', show);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
    };
  }, []);
  return (
    <div ref={ref} className="h-full">
      {shown ? children : loading()}
    </div>
  );
}
