import type { Answers, Currency } from './answers';
import type { AssumptionId } from './assumptions';
import type { EstimateId } from './estimates';
import type { ResolvedAssumption } from './resolve';

export const riskCategories = ['fines', 'dataLoss', 'turnover', 'sales', 'productivity'] as const;
export type RiskCategory = (typeof riskCategories)[number];

/** Cost categories that come from risk or usage; each has a residual share under the suite. */
export const exposureCategories = [...riskCategories, 'messaging'] as const;
export type ExposureCategory = (typeof exposureCategories)[number];

export const directCostCategories = ['licences', 'managedService', 'onboarding'] as const;
export type DirectCostCategory = (typeof directCostCategories)[number];

export const costCategories = [...exposureCategories, ...directCostCategories] as const;
export type CostCategory = (typeof costCategories)[number];

/**
 * Cash-like costs: they leave the bank account when they happen. Sales and productivity are
 * opportunity costs, the least certain part of the case; `Report.hardNetSaving` leaves them out.
 */
export const hardCategories = ['fines', 'dataLoss', 'turnover', 'messaging'] as const;
export type HardCategory = (typeof hardCategories)[number];

export const riskLevels = ['low', 'moderate', 'high', 'critical'] as const;
export type RiskLevel = (typeof riskLevels)[number];

/** The suite's prices, normally from the MSP's brand file. */
export interface SuitePricing {
  licencePerUserMonth: number;
  managedServicePerUserMonth: number;
  onboardingPerUser: number;
  currency: Currency;
  /** The offer logs client conversations in the client's CRM; default false. */
  crmIntegration?: boolean;
}

export type AssumptionOverrides = Partial<Record<AssumptionId, number>>;

export interface ComputeOptions {
  /** In the unit and currency of the resolved assumption (see `resolveAssumptions`); clamped to its range. */
  overrides?: AssumptionOverrides;
  suite?: SuitePricing;
  /** Monte Carlo samples, an integer from 1 to 100,000; default 2,000. */
  samples?: number;
}

/** Money in the answers' currency, rounded to cents. */
export interface CostBreakdown {
  total: number;
  byYear: number[];
  byCategory: Record<CostCategory, number>;
}

export interface Uncertainty {
  samples: number;
  p10: number;
  p50: number;
  p90: number;
  probabilitySuiteCheaper: number;
}

/**
 * One input moved to the ends of its range. `assumptionId` names a registry assumption, or, when
 * `kind` is 'estimate', the answer that is the prospect's own estimate (moved within its band).
 */
export type Driver =
  | { kind: 'assumption'; assumptionId: AssumptionId; savingAtLow: number; savingAtHigh: number }
  | { kind: 'estimate'; assumptionId: EstimateId; savingAtLow: number; savingAtHigh: number };

export interface RiskProfile {
  overall: number;
  level: RiskLevel;
  byCategory: Record<RiskCategory, number>;
}

/** From the simulation, not the point estimate: P(suite cheaper) ≥ 0.8, ≤ 0.2, or in between. */
export const verdicts = ['suite-cheaper', 'too-close', 'whatsapp-cheaper'] as const;
export type Verdict = (typeof verdicts)[number];

export interface Report {
  horizonYears: number;
  currency: Currency;
  /** ceil(employees × whatsappShare), at least 1. */
  licensedUsers: number;
  statusQuo: CostBreakdown;
  suite: CostBreakdown;
  netSaving: number;
  /** Net saving counting only the hard categories against the suite's full cost. */
  hardNetSaving: number;
  roi: number;
  paybackMonth: number | null;
  risk: RiskProfile;
  uncertainty: Uncertainty;
  verdict: Verdict;
  drivers: Driver[];
  /** Every assumption as this report used it: overrides and the MSP's prices applied. */
  assumptions: ResolvedAssumption[];
}

export type { Answers, Currency };
