import { z } from 'zod';
import { currencies } from './answers';
import type { AssumptionId } from './assumptions';
import type { Factors } from './factors';
import type { Params } from './resolve';
import {
  dataLossCost,
  finesCost,
  messagingCost,
  productivityCost,
  salesCost,
  turnoverCost,
} from './status-quo';
import type { DirectCostCategory, ExposureCategory } from './types';

/** For the brand file: the suite's prices as the MSP quotes them. */
export const suitePricingSchema = z.object({
  licencePerUserMonth: z.number().min(0).max(10_000),
  managedServicePerUserMonth: z.number().min(0).max(10_000),
  onboardingPerUser: z.number().min(0).max(100_000),
  currency: z.enum(currencies),
  crmIntegration: z.boolean().optional(),
});

const residualIds = {
  fines: 'residualFines',
  dataLoss: 'residualDataLoss',
  turnover: 'residualTurnover',
  sales: 'residualSales',
  productivity: 'residualProductivity',
  messaging: 'residualMessaging',
} as const satisfies Record<ExposureCategory, AssumptionId>;

/**
 * The assumption that holds a category's residual share. Sales depend on what the offer does:
 * every suite keeps a deal's history with the company; only one with CRM integration logs it.
 */
export function residualId(c: ExposureCategory, f: Pick<Factors, 'crmIntegration'>): AssumptionId {
  return c === 'sales' && f.crmIntegration ? 'residualSalesWithCrm' : residualIds[c];
}

/**
 * Share of a status-quo cost still incurred in year one. Adoption ramps linearly to 100 % over
 * R months (R ≤ 12), so the average not-yet-adopted share of year one is (1/12)·∫₀ᴿ(1 − t/R)dt
 * = R/24, during which the full status-quo risk persists; the rest carries the residual r.
 */
export function firstYearRemaining(residual: number, rampMonths: number): number {
  return residual + (1 - residual) * (rampMonths / 24);
}

/** Licences and the managed fee are paid every year from month one; onboarding once, in year one. */
export function suiteDirectAnnual(f: Factors, p: Params): Record<DirectCostCategory, number> {
  return {
    licences: f.licensedUsers * 12 * p.suiteLicencePerUserMonth,
    managedService: f.licensedUsers * 12 * p.suiteManagedServicePerUserMonth,
    onboarding: f.licensedUsers * p.suiteOnboardingPerUser,
  };
}

/**
 * Net saving over the horizon, unrounded, without allocating: the Monte Carlo's fast path.
 * Summing the yearly costs of both options gives, with H years and ramp R,
 *   Σ_c S_c·(1 − r_c)·(H − R/24) − H·(licences + managed fee) − onboarding.
 */
export function fastNetSaving(f: Factors, p: Params): number {
  const h = f.horizonYears;
  const years = h - p.adoptionRampMonths / 24;
  const avoided =
    finesCost(f, p) * (1 - p.residualFines) +
    dataLossCost(f, p) * (1 - p.residualDataLoss) +
    turnoverCost(f, p) * (1 - p.residualTurnover) +
    salesCost(f, p) * (1 - (f.crmIntegration ? p.residualSalesWithCrm : p.residualSales)) +
    productivityCost(f, p) * (1 - p.residualProductivity) +
    messagingCost(f, p) * (1 - p.residualMessaging);
  const perUserYear = 12 * (p.suiteLicencePerUserMonth + p.suiteManagedServicePerUserMonth);
  return avoided * years - f.licensedUsers * (h * perUserYear + p.suiteOnboardingPerUser);
}
