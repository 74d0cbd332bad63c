import type { Factors } from './factors';
import type { Params } from './assumptions';
import { statusQuoAnnual } from './status-quo';
import { residualId, suiteDirectCosts } from './suite';
import { exposureCategories } from './types';

/**
 * Share of month m (1-based) in which the old risks still run in full: adoption ramps linearly
 * from none to everyone over R months, so it is ∫ max(0, 1 − t/R) dt over [m − 1, m]. Over the
 * first year the months add up to R/24 of it, the yearly figure `firstYearRemaining` uses.
 */
export function unadoptedShare(month: number, rampMonths: number): number {
  const start = month - 1;
  if (!(rampMonths > 0) || start >= rampMonths) return 0;
  if (month <= rampMonths) return 1 - (2 * month - 1) / (2 * rampMonths);
  const left = rampMonths - start;
  return (left * left) / (2 * rampMonths);
}

/**
 * Each month's cost of both options, floats in the answers' currency: the status quo's yearly
 * cost spread evenly, the suite's with the month's unadopted share, its recurring costs spread
 * evenly and its one-off costs in month one.
 */
export function monthlyCosts(f: Factors, p: Params): { statusQuo: number; suite: number[] } {
  const annual = statusQuoAnnual(f, p);
  let statusQuo = 0;
  let residual = 0;
  for (const c of exposureCategories) {
    statusQuo += annual[c] / 12;
    residual += (annual[c] / 12) * p[residualId(c, f)];
  }
  const { recurring, oneOff } = suiteDirectCosts(f, p);
  const perMonth =
    (recurring.licences + recurring.telephony + recurring.managedService + recurring.vat) / 12;
  const once = oneOff.onboarding + oneOff.internalEffort + oneOff.vat;
  const suite = Array.from({ length: f.horizonYears * 12 }, (_, i) => {
    const u = unadoptedShare(i + 1, p.adoptionRampMonths);
    return residual + (statusQuo - residual) * u + perMonth + (i === 0 ? once : 0);
  });
  return { statusQuo, suite };
}

/**
 * First month (1-based) from which the suite's cumulative cost stays at or below the status
 * quo's until the horizon ends; null if it never does. Sums are compared to the cent.
 */
export function paybackMonth(
  statusQuoMonthly: number,
  suiteMonthly: readonly number[],
): number | null {
  let cumulative = 0;
  let payback: number | null = null;
  suiteMonthly.forEach((suite, i) => {
    cumulative += statusQuoMonthly - suite;
    if (cumulative >= -0.005) payback ??= i + 1;
    else payback = null;
  });
  return payback;
}

/**
 * Net saving in today's money: one-off costs at the start, each year's recurring net saving at
 * mid-year, discounted at `discountRate`. Only ×, ÷ and sqrt (correctly rounded in IEEE 754), so
 * server and browser agree. `netByYear` holds each year's net saving with the one-offs in year 1.
 */
export function netPresentValue(
  netByYear: readonly number[],
  oneOff: number,
  rate: number,
): number {
  const half = Math.sqrt(1 + rate);
  let factor = 1 / half;
  let npv = -oneOff;
  netByYear.forEach((net, y) => {
    npv += (net + (y === 0 ? oneOff : 0)) * factor;
    factor /= 1 + rate;
  });
  return npv;
}
