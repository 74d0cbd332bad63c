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

export interface YearRow {
  year: number;
  statusQuo: number;
  suite: number;
  saving: number;
}

/** Each year of the horizon: both costs and the difference, rounded to the cent. */
export function yearRows(report: Report): YearRow[] {
  return report.statusQuo.byYear.map((statusQuo, i) => {
    const suite = report.suite.byYear[i] ?? 0;
    return { year: i + 1, statusQuo, suite, saving: round(statusQuo - suite) };
  });
}

/**
 * Where a value sits, in percent, on an axis from the P10–P90 band that always includes zero,
 * so "saving or not" reads at a glance.
 */
export function rangeAxis(report: Pick<Report, 'uncertainty'>): (x: number) => number {
  const lo = Math.min(report.uncertainty.p10, 0);
  const hi = Math.max(report.uncertainty.p90, 0);
  return (x) => (hi > lo ? ((x - lo) / (hi - lo)) * 100 : 50);
}
