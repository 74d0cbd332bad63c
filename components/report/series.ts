import { costCategories, type CostCategory, type Report } from '@/lib/model';

// Plain series for the chart leaves: computed on the server, so the browser gets numbers only.

export interface CumulativePoint {
  label: string;
  statusQuo: number;
  suite: number;
}

export function cumulativeSeries(
  report: Report,
  labels: { start: string; year: (n: number) => string },
): CumulativePoint[] {
  const points: CumulativePoint[] = [{ label: labels.start, statusQuo: 0, suite: 0 }];
  let statusQuo = 0;
  let suite = 0;
  report.statusQuo.byYear.forEach((cost, i) => {
    statusQuo += cost;
    suite += report.suite.byYear[i] ?? 0;
    points.push({ label: labels.year(i + 1), statusQuo: round(statusQuo), suite: round(suite) });
  });
  return points;
}

export interface CategoryRow {
  category: CostCategory;
  label: string;
  statusQuo: number;
  suite: number;
}

/** Categories with a cost on either side, largest first. */
export function categoryRows(report: Report, label: (c: CostCategory) => string): CategoryRow[] {
  return costCategories
    .map((category) => ({
      category,
      label: label(category),
      statusQuo: report.statusQuo.byCategory[category],
      suite: report.suite.byCategory[category],
    }))
    .filter((r) => r.statusQuo > 0 || r.suite > 0)
    .sort((a, b) => Math.max(b.statusQuo, b.suite) - Math.max(a.statusQuo, a.suite));
}

export interface DriverBar {
  id: string;
  label: string;
  /** Floating bars from the report's saving to the saving at the low and at the high end. */
  low: [number, number];
  high: [number, number];
}

export function driverBars(report: Report, label: (id: string) => string, count = 5): DriverBar[] {
  const base = report.netSaving;
  return report.drivers.slice(0, count).map((d) => ({
    id: d.assumptionId,
    label: label(d.assumptionId),
    low: [base, d.savingAtLow],
    high: [base, d.savingAtHigh],
  }));
}

const round = (x: number) => Math.round(x * 100) / 100;
