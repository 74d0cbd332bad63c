import type { Answers, Currency } from '@/lib/answers/rules';
import { isAssumptionId } from './assumptions';
import { clamp, resolveAssumptions } from './resolve';
import type { ResolvedAssumption } from './types';
import type { AssumptionOverrides, SuitePricing } from './types';

/** One changed assumption as a link states it: not yet checked against today's model. */
export interface StatedOverride {
  id: string;
  value: number;
  /** The currency a priced assumption was set in; absent for every other unit. */
  currency?: Currency;
}

export interface AcceptedOverrides {
  overrides: AssumptionOverrides;
  /**
   * Ids the model could not take as stated: outside today's range (clamped into it), stated in a
   * currency the assumption no longer uses, or no longer in the model (both dropped).
   */
  adjusted: string[];
  /** The assumptions before any override: the defaults these answers and prices give. */
  defaults: ResolvedAssumption[];
}

/**
 * The range policy, in one place: what the model applies of the overrides a link states. Ranges
 * narrow and the MSP's prices change after a link is sent; such a value is clamped or dropped and
 * reported as adjusted, so the link still opens and says so.
 */
export function acceptOverrides(
  answers: Answers,
  stated: readonly StatedOverride[],
  suite: SuitePricing | undefined,
): AcceptedOverrides {
  const overrides: AssumptionOverrides = {};
  const adjusted: string[] = [];
  const defaults = resolveAssumptions(answers, { suite }).assumptions;
  const resolved = new Map(defaults.map((a) => [a.id, a]));
  for (const { id, value, currency } of stated) {
    const a = isAssumptionId(id) ? resolved.get(id) : undefined;
    if (!a || currency !== a.currency || !Number.isFinite(value)) {
      adjusted.push(id);
      continue;
    }
    const applied = clamp(value, a.low, a.high);
    if (applied !== value) adjusted.push(id);
    overrides[a.id] = applied;
  }
  return { overrides, adjusted, defaults };
}

/** The overrides a computation applied, as a link states them: each priced one with its currency. */
export function statedOverrides(assumptions: readonly ResolvedAssumption[]): StatedOverride[] {
  return assumptions
    .filter((a) => a.overridden)
    .map((a) =>
      a.currency
        ? { id: a.id, value: a.value, currency: a.currency }
        : { id: a.id, value: a.value },
    );
}

/** The overrides a link should state for these answers and prices: applied (clamped) values. */
export function overridesForLink(
  answers: Answers,
  overrides: AssumptionOverrides,
  suite: SuitePricing | undefined,
): StatedOverride[] {
  return statedOverrides(resolveAssumptions(answers, { suite, overrides }).assumptions);
}
