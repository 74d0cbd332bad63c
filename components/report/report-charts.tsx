'use client';

import dynamic from 'next/dynamic';

// Recharts loads only here, after the server-rendered headline, and only in the browser.
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
