import type { Factors } from './factors';
import { fromCents, toCents } from './money';
import type { Params } from './assumptions';
import { statusQuoAnnual } from './status-quo';
import { firstYearRemaining, residualId, suiteDirectAnnual } from './suite';
import {
  costCategories,
  directCostCategories,
  exposureCategories,
  type CostBreakdown,
  type CostCategory,
} from './types';

/** One year's cost per category, in integer cents. Status-quo years are all alike. */
export interface AnnualCents {
  statusQuo: Record<CostCategory, number>;
  suiteFirstYear: Record<CostCategory, number>;
  suiteLaterYear: Record<CostCategory, number>;
}

function zeroes(): Record<CostCategory, number> {
  return {
    fines: 0,
    dataLoss: 0,
    turnover: 0,
    sales: 0,
    productivity: 0,
    messaging: 0,
    licences: 0,
    telephony: 0,
    managedService: 0,
    onboarding: 0,
    internalEffort: 0,
    vat: 0,
  };
}

/** Each category-year computed as a float and rounded to cents exactly once. */
export function annualCents(f: Factors, p: Params): AnnualCents {
  const statusQuo = zeroes();
  const suiteFirstYear = zeroes();
  const suiteLaterYear = zeroes();
  const annual = statusQuoAnnual(f, p);
  for (const c of exposureCategories) {
    const residual = p[residualId(c, f)];
    statusQuo[c] = toCents(annual[c]);
    suiteFirstYear[c] = toCents(annual[c] * firstYearRemaining(residual, p.adoptionRampMonths));
    suiteLaterYear[c] = toCents(annual[c] * residual);
  }
  const direct = suiteDirectAnnual(f, p);
  for (const c of directCostCategories) {
    suiteFirstYear[c] = toCents(direct.first[c]);
    suiteLaterYear[c] = toCents(direct.later[c]);
  }
  return { statusQuo, suiteFirstYear, suiteLaterYear };
}

/** A cost breakdown in integer cents; every sum is an integer sum, hence exact. */
export type CentsBreakdown = CostBreakdown;

export function centsBreakdown(
  first: Record<CostCategory, number>,
  later: Record<CostCategory, number>,
  years: number,
): CentsBreakdown {
  const sum = (r: Record<CostCategory, number>) => costCategories.reduce((s, c) => s + r[c], 0);
  const firstTotal = sum(first);
  const laterTotal = sum(later);
  const byCategory = zeroes();
  for (const c of costCategories) byCategory[c] = first[c] + (years - 1) * later[c];
  const byYear = Array.from({ length: years }, (_, y) => (y === 0 ? firstTotal : laterTotal));
  return { total: byYear.reduce((s, y) => s + y, 0), byYear, byCategory };
}

/** Cents to money, only at the output. */
export function toMoney(b: CentsBreakdown): CostBreakdown {
  const byCategory = zeroes();
  for (const c of costCategories) byCategory[c] = fromCents(b.byCategory[c]);
  return { total: fromCents(b.total), byYear: b.byYear.map(fromCents), byCategory };
}

/** Both options over the horizon, in cents. */
export function horizonCents(f: Factors, p: Params) {
  const a = annualCents(f, p);
  const h = f.horizonYears;
  return {
    statusQuo: centsBreakdown(a.statusQuo, a.statusQuo, h),
    suite: centsBreakdown(a.suiteFirstYear, a.suiteLaterYear, h),
  };
}

/** Net saving in cents: exactly what the report shows for the same params. */
export function netSavingCents(f: Factors, p: Params): number {
  const { statusQuo, suite } = horizonCents(f, p);
  return statusQuo.total - suite.total;
}
