import type { Answers, Currency } from '@/lib/answers/rules';
import type { AssumptionFigures, AssumptionId } from './assumptions';
import type { EstimateId } from './estimates';
import type { FineRegime } from './fines';

/** An assumption as one computation uses it: overrides and the MSP's prices applied. */
export interface ResolvedAssumption extends AssumptionFigures {
  /** The MSP's own price (from `options.suite`): a quote, so it is not varied in the analysis. */
  quoted: boolean;
  overridden: boolean;
  /** The value as the report states it: money converted into the answers' currency. */
  inAnswers: { value: number; currency?: Currency };
}

export const riskCategories = ['fines', 'dataLoss', 'turnover', 'sales', 'productivity'] as const;
export type RiskCategory = (typeof riskCategories)[number];

/** Cost categories that come from risk or usage; each has a residual share under the suite. */
export const exposureCategories = [...riskCategories, 'messaging'] as const;
export type ExposureCategory = (typeof exposureCategories)[number];

/**
 * The suite's own costs: licences (only the increment over licences already paid), telephony,
 * the managed fee, onboarding, the firm's own staff time to move over, and VAT it cannot reclaim.
 */
export const directCostCategories = [
  'licences',
  'telephony',
  'managedService',
  'onboarding',
  'internalEffort',
  'vat',
] as const;
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
  /** Absent: the package's telephony is not quoted, so the registry's range is used. */
  telephonyPerUserMonth?: number;
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

/** One fine regime that applies to the firm, per year, in the answers' currency. */
export interface FineExposure {
  regime: FineRegime;
  annualProbability: number;
  /** The fine if it comes, between the regime's floor and cap. */
  sizeIfItHappens: number;
  /** annualProbability × sizeIfItHappens, rounded to cents. */
  expectedPerYear: number;
  /** 1 − (1 − annualProbability)^horizonYears: at least one fine within the horizon. */
  probabilityOverHorizon: number;
}

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
  /** Net saving with each month's cash flow discounted at the registry's `discountRate`. */
  npvNetSaving: number;
  roi: number;
  /** From a month-by-month adoption ramp; null if the suite never pays back within the horizon. */
  paybackMonth: number | null;
  /** Every fine regime that applies, record keeping first; empty when none does. */
  fines: FineExposure[];
  risk: RiskProfile;
  uncertainty: Uncertainty;
  verdict: Verdict;
  drivers: Driver[];
  /** Every assumption as this report used it: overrides and the MSP's prices applied. */
  assumptions: ResolvedAssumption[];
}

export type { Answers, Currency };
