import type { Answers, Currency } from '@/lib/answers/schema';
import { isAssumptionId } from '@/lib/model/assumptions';
import { clamp, resolveAssumptions } from '@/lib/model/resolve';
import type { AssumptionOverrides, SuitePricing } from '@/lib/model/types';
import { RETIRED, type RawOverride } from './v2';

export interface AcceptedOverrides {
  overrides: AssumptionOverrides;
  /**
   * Ids whose value the current model could not take as it stands: outside today's range
   * (clamped into it) or stated in a currency the assumption no longer uses (dropped).
   */
  adjusted: string[];
}

/**
 * The overrides as the model applies them, or null when the link is not one we wrote (unknown id,
 * an id twice, a value that is not a number). Ranges narrow and the MSP's prices change after a
 * link is sent: such a value is clamped into today's range (or dropped when its currency no longer
 * fits) and reported as adjusted, so the link still opens and says so.
 */
export function acceptedOverrides(
  answers: Answers,
  raw: readonly RawOverride[],
  suite: SuitePricing | undefined,
): AcceptedOverrides | null {
  const resolved = new Map(
    resolveAssumptions(answers, { suite }).assumptions.map((a) => [a.id, a]),
  );
  const overrides: AssumptionOverrides = {};
  const adjusted: string[] = [];
  const seen = new Set<string>();
  for (const { id, value, currency } of raw) {
    if (seen.has(id) || !Number.isFinite(value)) return null;
    seen.add(id);
    if (RETIRED.has(id)) {
      adjusted.push(id);
      continue;
    }
    if (!isAssumptionId(id)) return null;
    const a = resolved.get(id)!;
    if (currency !== a.currency) {
      adjusted.push(id);
      continue;
    }
    const applied = clamp(value, a.low, a.high);
    if (applied !== value) adjusted.push(id);
    overrides[id] = applied;
  }
  return { overrides, adjusted };
}

/** The overrides a link carries, with each priced assumption's currency; unset entries dropped. */
export function rawOverrides(
  answers: Answers,
  overrides: AssumptionOverrides,
  suite: SuitePricing | undefined,
): RawOverride[] {
  const currencies = new Map<string, Currency | undefined>(
    resolveAssumptions(answers, { suite }).assumptions.map((a) => [a.id, a.currency]),
  );
  return Object.entries(overrides)
    .filter(([, value]) => value !== undefined)
    .map(([id, value]) => {
      const currency = currencies.get(id);
      return currency ? { id, value: value!, currency } : { id, value: value! };
    });
}
