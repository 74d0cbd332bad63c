import type { Answers, Currency } from '@/lib/model/answers';
import { isAssumptionId } from '@/lib/model/assumptions';
import { resolveAssumptions } from '@/lib/model/resolve';
import type { AssumptionOverrides, SuitePricing } from '@/lib/model/types';
import type { RawOverride } from './v2';

/**
 * The overrides as the model would apply them unchanged, or null. The model clamps an override
 * into its range and ignores unknown ids; a link must not rely on that, or the report would show
 * other values than the ones in it. Ranges and currencies come from `resolveAssumptions` with the
 * caller's suite: the MSP's quoted prices widen their assumption's range and set its currency.
 */
export function acceptedOverrides(
  answers: Answers,
  raw: readonly RawOverride[],
  suite: SuitePricing | undefined,
): AssumptionOverrides | null {
  const resolved = new Map(
    resolveAssumptions(answers, { suite }).assumptions.map((a) => [a.id, a]),
  );
  const out: AssumptionOverrides = {};
  for (const { id, value, currency } of raw) {
    if (!isAssumptionId(id) || Object.prototype.hasOwnProperty.call(out, id)) return null;
    const a = resolved.get(id)!;
    if (!Number.isFinite(value) || value < a.low || value > a.high) return null;
    if (currency !== a.currency) return null;
    out[id] = value;
  }
  return out;
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
