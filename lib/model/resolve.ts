import type { Answers, Currency } from '@/lib/answers/rules';
import {
  assumptionById,
  assumptionFigures,
  type AssumptionId,
  type AssumptionUnit,
  type Params,
} from './assumptions';
import type { AssumptionOverrides, ComputeOptions, ResolvedAssumption } from './types';

export interface Resolved {
  assumptions: ResolvedAssumption[];
  params: Params;
  /** Factor from each assumption's own currency into the answers' currency (1 if not money). */
  toAnswerCurrency: Params;
  /** The overrides that took effect, clamped, in registry order. */
  overrides: AssumptionOverrides;
}

type PriceKey =
  | 'licencePerUserMonth'
  | 'telephonyPerUserMonth'
  | 'managedServicePerUserMonth'
  | 'onboardingPerUser';

const quotedPrices: Partial<Record<AssumptionId, PriceKey>> = {
  suiteLicencePerUserMonth: 'licencePerUserMonth',
  suiteTelephonyPerUserMonth: 'telephonyPerUserMonth',
  suiteManagedServicePerUserMonth: 'managedServicePerUserMonth',
  suiteOnboardingPerUser: 'onboardingPerUser',
};

export function isMoneyUnit(unit: AssumptionUnit): boolean {
  return unit.startsWith('money');
}

export function clamp(x: number, low: number, high: number): number {
  return x < low ? low : x > high ? high : x;
}

/** Units of `currency` per euro, from the (fixed) ECB rates in the registry. */
function perEuro(currency: Currency, fx: (id: AssumptionId) => number): number {
  switch (currency) {
    case 'EUR':
      return 1;
    case 'USD':
      return fx('fxUsdPerEur');
    case 'GBP':
      return fx('fxGbpPerEur');
    case 'CHF':
      return fx('fxChfPerEur');
  }
}

function overrideFor(overrides: AssumptionOverrides | undefined, id: AssumptionId) {
  const raw: unknown =
    overrides && Object.prototype.hasOwnProperty.call(overrides, id) ? overrides[id] : undefined;
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
}

/**
 * Applies overrides (clamped into the assumption's range; non-finite values are ignored) and the
 * MSP's quoted prices, and converts money into the answers' currency. Unknown ids are ignored.
 */
export function resolveAssumptions(answers: Answers, options: ComputeOptions = {}): Resolved {
  const { overrides: rawOverrides, suite } = options;
  const fx = (id: AssumptionId) => {
    const a = assumptionById[id];
    const o = overrideFor(rawOverrides, id);
    return o === undefined ? a.value : clamp(o, a.low, a.high);
  };
  const factor = (from: Currency, to: Currency) => perEuro(to, fx) / perEuro(from, fx);

  const assumptions: ResolvedAssumption[] = [];
  const params = {} as Params;
  const toAnswerCurrency = {} as Params;
  const overrides: AssumptionOverrides = {};

  for (const entry of assumptionFigures) {
    // A price the MSP's package leaves out (telephony may be unquoted) stays the registry's, varied.
    const key = quotedPrices[entry.id];
    const priceKey = suite && key && suite[key] !== undefined ? key : undefined;
    const specific =
      entry.byIndustry?.[answers.industry] ?? entry.byJurisdiction?.[answers.jurisdiction];
    let { value, low, high } = specific ?? entry;
    let { currency } = entry;
    if (suite && priceKey) {
      const k = factor(entry.currency ?? suite.currency, suite.currency);
      const quotedPrice = suite[priceKey] as number;
      value = Number.isFinite(quotedPrice) && quotedPrice >= 0 ? quotedPrice : value * k;
      low = Math.min(low * k, value);
      high = Math.max(high * k, value);
      currency = suite.currency;
    }
    const o = overrideFor(rawOverrides, entry.id);
    if (o !== undefined) {
      value = clamp(o, low, high);
      overrides[entry.id] = value;
    }
    const k = isMoneyUnit(entry.unit) && currency ? factor(currency, answers.currency) : 1;
    assumptions.push({
      ...entry,
      value,
      low,
      high,
      ...(currency ? { currency } : {}),
      quoted: Boolean(priceKey),
      overridden: o !== undefined,
      inAnswers:
        isMoneyUnit(entry.unit) && currency
          ? { value: value * k, currency: answers.currency }
          : { value, ...(currency ? { currency } : {}) },
    });
    params[entry.id] = value * k;
    toAnswerCurrency[entry.id] = k;
  }
  return { assumptions, params, toAnswerCurrency, overrides };
}
