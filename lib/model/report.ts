import type { Answers } from './answers';
import { horizonCents, toMoney } from './costs';
import { computeDrivers } from './drivers';
import { factorsFor } from './factors';
import { fromCents } from './money';
import { canonicalJson, defaultSamples, fnv1a32, maxSamples, runMonteCarlo } from './monte-carlo';
import { resolveAssumptions, type Resolved } from './resolve';
import { riskProfile } from './risk';
import {
  directCostCategories,
  hardCategories,
  type ComputeOptions,
  type Report,
  type Verdict,
} from './types';

function sampleCount(samples: number | undefined): number {
  if (samples === undefined || !Number.isFinite(samples)) return defaultSamples;
  return Math.min(maxSamples, Math.max(1, Math.round(samples)));
}

/** The seed hashes everything that shapes the numbers; the client's name does not. */
export function seedFor(
  answers: Answers,
  resolved: Resolved,
  options: ComputeOptions,
  samples: number,
) {
  const numbers = { ...answers, clientName: undefined };
  // Only prices shape the numbers: a caller may pass a wider object (e.g. the brand's suite with its name).
  const suite = options.suite && {
    currency: options.suite.currency,
    licencePerUserMonth: options.suite.licencePerUserMonth,
    managedServicePerUserMonth: options.suite.managedServicePerUserMonth,
    onboardingPerUser: options.suite.onboardingPerUser,
    crmIntegration: options.suite.crmIntegration === true ? true : undefined,
  };
  return fnv1a32(
    canonicalJson({
      answers: numbers,
      overrides: resolved.overrides,
      suite,
      samples,
    }),
  );
}

/**
 * First month (1-based) from which the suite's cumulative cost stays at or below the status
 * quo's until the horizon ends; null if it never does. Each year's cost is spread evenly over its
 * months, onboarding falls in month one. Amounts are kept ×12 in cents, so comparisons are exact.
 */
export function paybackMonth(
  statusQuoYears: number[],
  suiteYears: number[],
  onboardingCents: number,
): number | null {
  let statusQuo12 = 0;
  let suite12 = 0;
  let payback: number | null = null;
  for (let m = 1; m <= statusQuoYears.length * 12; m++) {
    const y = Math.floor((m - 1) / 12);
    statusQuo12 += statusQuoYears[y] ?? 0;
    suite12 += (suiteYears[y] ?? 0) - (y === 0 ? onboardingCents : 0);
    if (m === 1) suite12 += 12 * onboardingCents;
    if (suite12 <= statusQuo12) payback ??= m;
    else payback = null;
  }
  return payback;
}

/** The simulation's answer, not the point estimate's: near-even odds are "too close to call". */
export function verdictFor(probabilitySuiteCheaper: number): Verdict {
  if (probabilitySuiteCheaper >= 0.8) return 'suite-cheaper';
  if (probabilitySuiteCheaper <= 0.2) return 'whatsapp-cheaper';
  return 'too-close';
}

/** Pure and deterministic: the Monte Carlo seed is derived from the input. */
export function computeReport(answers: Answers, options: ComputeOptions = {}): Report {
  const samples = sampleCount(options.samples);
  const resolved = resolveAssumptions(answers, options);
  const f = factorsFor(answers, { crmIntegration: options.suite?.crmIntegration === true });
  const { statusQuo, suite } = horizonCents(f, resolved.params);
  const netCents = statusQuo.total - suite.total;
  const directCents = directCostCategories.reduce((s, c) => s + suite.byCategory[c], 0);
  const hardAvoidedCents = hardCategories.reduce(
    (s, c) => s + statusQuo.byCategory[c] - suite.byCategory[c],
    0,
  );
  const uncertainty = runMonteCarlo(
    answers,
    f,
    resolved,
    samples,
    seedFor(answers, resolved, options, samples),
  );

  return {
    horizonYears: answers.horizonYears,
    currency: answers.currency,
    licensedUsers: f.licensedUsers,
    statusQuo: toMoney(statusQuo),
    suite: toMoney(suite),
    netSaving: fromCents(netCents),
    hardNetSaving: fromCents(hardAvoidedCents - directCents),
    roi: directCents > 0 ? netCents / directCents : 0,
    paybackMonth: paybackMonth(statusQuo.byYear, suite.byYear, suite.byCategory.onboarding),
    risk: riskProfile(answers),
    uncertainty,
    verdict: verdictFor(uncertainty.probabilitySuiteCheaper),
    drivers: computeDrivers(answers, f, resolved),
    assumptions: resolved.assumptions,
  };
}
