import type { AssumptionId, Params } from './assumptions';
import type { Factors } from './factors';
import {
  dataLossCost,
  finesCost,
  hourlyCost,
  messagingCost,
  productivityCost,
  salesCost,
  turnoverCost,
} from './status-quo';
import type { DirectCostCategory, ExposureCategory } from './types';

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

/** The VAT the firm pays on top of a price: nothing where it reclaims input VAT. */
export function vatShare(f: Pick<Factors, 'vatRecoverable'>, p: Params): number {
  return f.vatRecoverable ? 0 : p.vatRate;
}

/**
 * The suite's own costs per year. Licences are charged only for users whose current licences do
 * not already include chat and meetings; telephony and the managed fee for every user. Onboarding
 * and the firm's own hours (at the loaded hourly cost) fall once, in year one, and are returned
 * here as that one-time amount. VAT is on everything bought, when it cannot be reclaimed.
 */
export function suiteDirectCosts(f: Factors, p: Params) {
  const users = f.licensedUsers;
  const licences = users * (1 - f.licencesPaidShare) * 12 * p.suiteLicencePerUserMonth;
  const telephony = users * 12 * p.suiteTelephonyPerUserMonth;
  const managedService = users * 12 * p.suiteManagedServicePerUserMonth;
  const onboarding = users * p.suiteOnboardingPerUser;
  const internalEffort = users * p.internalHoursPerUser * hourlyCost(f, p);
  const vat = vatShare(f, p);
  return {
    recurring: {
      licences,
      telephony,
      managedService,
      vat: vat * (licences + telephony + managedService),
    },
    oneOff: { onboarding, internalEffort, vat: vat * onboarding },
  };
}

/** Year one's and each later year's direct costs, by category. */
export function suiteDirectAnnual(f: Factors, p: Params) {
  const { recurring, oneOff } = suiteDirectCosts(f, p);
  const later: Record<DirectCostCategory, number> = {
    licences: recurring.licences,
    telephony: recurring.telephony,
    managedService: recurring.managedService,
    onboarding: 0,
    internalEffort: 0,
    vat: recurring.vat,
  };
  const first = {
    ...later,
    onboarding: oneOff.onboarding,
    internalEffort: oneOff.internalEffort,
    vat: recurring.vat + oneOff.vat,
  };
  return { first, later };
}

/** Σ of the status-quo costs the suite avoids once adopted, a year: Σ_c S_c·(1 − r_c). */
export function avoidedAnnual(f: Factors, p: Params): number {
  return (
    finesCost(f, p) * (1 - p.residualFines) +
    dataLossCost(f, p) * (1 - p.residualDataLoss) +
    turnoverCost(f, p) * (1 - p.residualTurnover) +
    salesCost(f, p) * (1 - (f.crmIntegration ? p.residualSalesWithCrm : p.residualSales)) +
    productivityCost(f, p) * (1 - p.residualProductivity) +
    messagingCost(f, p) * (1 - p.residualMessaging)
  );
}

/**
 * Net saving over the horizon, unrounded, without allocating: the Monte Carlo's fast path.
 * Summing the yearly costs of both options gives, with H years and ramp R,
 *   Σ_c S_c·(1 − r_c)·(H − R/24) − H·(recurring direct) − one-off direct.
 */
export function fastNetSaving(f: Factors, p: Params): number {
  const years = f.horizonYears - p.adoptionRampMonths / 24;
  const { recurring, oneOff } = suiteDirectCosts(f, p);
  const perYear =
    recurring.licences + recurring.telephony + recurring.managedService + recurring.vat;
  const once = oneOff.onboarding + oneOff.internalEffort + oneOff.vat;
  return avoidedAnnual(f, p) * years - f.horizonYears * perYear - once;
}
