import type { Report } from '@/lib/model';

/**
 * Which note explains a headline outside its own P10–P90 range, if any. Skewed ranges (costs
 * that can run far higher than their most likely value) put the simulated middle above the
 * point estimate; the report says so instead of leaving a CFO to wonder.
 */
export function rangeNoteKey(report: Pick<Report, 'netSaving' | 'uncertainty'>) {
  if (report.netSaving < report.uncertainty.p10) return 'rangeBelow' as const;
  if (report.netSaving > report.uncertainty.p90) return 'rangeAbove' as const;
  return null;
}
