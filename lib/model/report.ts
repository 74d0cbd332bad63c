import type { Answers } from '@/lib/answers/rules';
import { horizonCents, toMoney } from './costs';
import { computeDrivers } from './drivers';
import { factorsFor } from './factors';
import { fineLines } from './fines';
import type { Factors } from './factors';
import { fromCents, toCents } from './money';
import { suiteDirectCosts } from './suite';
import { monthlyCosts, netPresentValue, paybackMonth } from './timing';
import { canonicalJson, defaultSamples, fnv1a32, maxSamples, runMonteCarlo } from './monte-carlo';
import { resolveAssumptions, type Resolved } from './resolve';
import { riskProfile } from './risk';
import {
  directCostCategories,
  hardCategories,
  type ComputeOptions,
  type FineExposure,
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
    telephonyPerUserMonth: options.suite.telephonyPerUserMonth,
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

/** The simulation's answer, not the point estimate's: near-even odds are "too close to call". */
export function verdictFor(probabilitySuiteCheaper: number): Verdict {
  if (probabilitySuiteCheaper >= 0.8) return 'suite-cheaper';
  if (probabilitySuiteCheaper <= 0.2) return 'whatsapp-cheaper';
  return 'too-close';
}

function finesFor(f: Factors, resolved: Resolved, answers: Answers): FineExposure[] {
  return fineLines(f, resolved.params, answers.currency).map((l) => {
    let none = 1;
    for (let y = 0; y < answers.horizonYears; y++) none *= 1 - l.annualProbability;
    return {
      regime: l.regime,
      annualProbability: l.annualProbability,
      sizeIfItHappens: fromCents(toCents(l.sizeIfItHappens)),
      expectedPerYear: fromCents(toCents(l.annualProbability * l.sizeIfItHappens)),
      probabilityOverHorizon: 1 - none,
    };
  });
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
  const months = monthlyCosts(f, resolved.params);
  const oneOff = suiteDirectCosts(f, resolved.params).oneOff;
  const npv = netPresentValue(
    statusQuo.byYear.map((sq, y) => fromCents(sq - suite.byYear[y]!)),
    oneOff.onboarding + oneOff.internalEffort + oneOff.vat,
    resolved.params.discountRate,
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
    npvNetSaving: fromCents(toCents(npv)),
    roi: directCents > 0 ? netCents / directCents : 0,
    paybackMonth: paybackMonth(months.statusQuo, months.suite),
    fines: finesFor(f, resolved, answers),
    risk: riskProfile(answers),
    uncertainty,
    verdict: verdictFor(uncertainty.probabilitySuiteCheaper),
    drivers: computeDrivers(answers, f, resolved),
    assumptions: resolved.assumptions,
  };
}
