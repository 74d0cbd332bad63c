// The cost model's public surface. Framework-free: no React, Next, next-intl or chart imports.
export {
  answersSchema,
  profileDefaults,
  industries,
  jurisdictions,
  currencies,
  recordKeepingDuties,
  businessFrequencies,
  archivingLevels,
  personalDataFrequencies,
  contactSyncSettings,
  backupControls,
  leaverDataFrequencies,
  pressureLevels,
  crmLoggingLevels,
  vatRecoverableByDefault,
  type Answers,
  type AnswersInput,
  type Industry,
  type Jurisdiction,
  type Currency,
} from '@/lib/answers/schema';
export { assumptionRegistry } from './registry';
export {
  assumptionById,
  assumptionIds,
  assumptionUnits,
  isAssumptionId,
  type Assumption,
  type AssumptionBasis,
  type AssumptionGroup,
  type AssumptionId,
  type AssumptionUnit,
} from './assumptions';
export type { AssumptionSource } from './sources';
export { answerScales, licensedUsersFor } from './factors';
export { estimateBand, estimateBandShare, estimateIds, type EstimateId } from './estimates';
export { roundHalfAwayFromZero, toCents, fromCents } from './money';
export { computeReport, verdictFor } from './report';
export { paybackMonth, unadoptedShare, netPresentValue } from './timing';
export {
  fineRegimes,
  recordKeepingRegimes,
  dataProtectionRegimes,
  regimeSpecs,
  recordKeepingRegimeFor,
  type FineRegime,
} from './fines';
export { resolveAssumptions } from './resolve';
export {
  acceptOverrides,
  statedOverrides,
  overridesForLink,
  type AcceptedOverrides,
  type StatedOverride,
} from './overrides';
export { riskLevel, riskProfile } from './risk';
export {
  riskCategories,
  costCategories,
  exposureCategories,
  directCostCategories,
  riskLevels,
  hardCategories,
  verdicts,
  type AssumptionOverrides,
  type ComputeOptions,
  type CostBreakdown,
  type CostCategory,
  type Driver,
  type ExposureCategory,
  type FineExposure,
  type HardCategory,
  type Verdict,
  type DirectCostCategory,
  type Report,
  type RiskCategory,
  type RiskLevel,
  type ResolvedAssumption,
  type RiskProfile,
  type SuitePricing,
  type Uncertainty,
} from './types';
export {
  choosePackage,
  isPriceBook,
  pricingOf,
  type ChosenPackage,
  type PriceBook,
  type SuitePackage,
} from './packages';
