import type { Answers } from '@/lib/answers/rules';
import type { Factors } from './factors';

/**
 * Answers that are the prospect's own estimates, not facts about the firm: they are uncertain
 * too, so the simulation varies them and the drivers list them beside the assumptions.
 */
export const estimateIds = ['minutesLostPerDay', 'dealsOnWhatsapp', 'devicesLostPerYear'] as const;
export type EstimateId = (typeof estimateIds)[number];

/**
 * ±50 % of the answer, symmetric so that the answer stays the mean: a self-estimate of time lost
 * or of a share of deals is rarely better than "about half to one and a half times" (judgement).
 */
export const estimateBandShare = 0.5;

/** Upper bounds the schema sets on each estimate. */
const ceilings: Record<EstimateId, number> = {
  minutesLostPerDay: 480,
  dealsOnWhatsapp: 1,
  devicesLostPerYear: 1_000_000,
};

/** The band an estimate is varied in: [x − w, x + w], w = min(band × x, ceiling − x). */
export function estimateBand(id: EstimateId, answers: Answers): { low: number; high: number } {
  const x = answers[id];
  const w = Math.min(estimateBandShare * x, ceilings[id] - x);
  return { low: x - w, high: x + w };
}

/**
 * Writes the factors that depend on the estimates into `f` (a copy the caller owns), for the
 * estimates' values in `values`. Mirrors factorsFor: keep the two in step.
 */
export function applyEstimates(
  f: Factors,
  answers: Answers,
  values: Readonly<Record<EstimateId, number>>,
): void {
  f.minutesLostPerDay = values.minutesLostPerDay;
  f.unloggedRevenue = f.unloggedRevenuePerDealShare * values.dealsOnWhatsapp;
  f.devicesLost = Math.min(values.devicesLostPerYear, answers.employees) * answers.whatsappShare;
}
