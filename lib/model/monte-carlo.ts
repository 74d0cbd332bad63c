import type { Answers } from '@/lib/answers/rules';
import { assumptionIds, type AssumptionId, type Params } from './assumptions';
import { applyEstimates, estimateBand, estimateIds, type EstimateId } from './estimates';
import type { Factors } from './factors';
import { fromCents, toCents } from './money';
import type { Resolved } from './resolve';
import { fastNetSaving } from './suite';
import type { Uncertainty } from './types';

export const defaultSamples = 2000;
export const maxSamples = 100_000;

/** FNV-1a over UTF-16 code units, 32-bit. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads one 32-bit seed into independent-looking words. */
function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** sfc32: a small 32-bit generator; integer ops only, so every engine yields the same stream in [0, 1). */
export function sfc32(seed: number): () => number {
  let a = seed | 0;
  let b = fmix32(seed ^ 0x9e3779b9) | 0;
  let c = fmix32(b ^ 0x85ebca6b) | 0;
  let d = fmix32(c ^ 0xc2b2ae35) | 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

/** JSON with object keys sorted and undefined members dropped: the same input, the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Inverse CDF of a triangular distribution, with its constants precomputed by the caller. */
function draw(u: number, a: number, b: number, split: number, left: number, right: number) {
  return u < split ? a + Math.sqrt(u * left) : b - Math.sqrt((1 - u) * right);
}

/**
 * A triangular draw (low a, mode c, high b) for u in [0, 1). Needs only sqrt, which IEEE 754
 * rounds correctly in every engine, so server and browser agree bit for bit.
 */
export function triangular(u: number, a: number, c: number, b: number): number {
  if (!(b > a)) return c;
  return draw(u, a, b, (c - a) / (b - a), (b - a) * (c - a), (b - a) * (b - c));
}

/**
 * The triangle (a, c, b) inside [low, high] whose mean is `value`: the headline evaluates each
 * assumption at its value, so the simulation must be centred on the same belief. Mode
 * c = 3·value − low − high; where that falls outside the range, the far end comes in instead
 * (an override near one end skews the triangle toward it rather than away from it).
 */
export function meanPreservingTriangle(low: number, value: number, high: number) {
  const c = 3 * value - low - high;
  if (c < low) return { a: low, c: low, b: 3 * value - 2 * low };
  if (c > high) return { a: 3 * value - 2 * high, c: high, b: high };
  return { a: low, c, b: high };
}

/**
 * Assumptions that move together. A firm that adopts the suite well does so in every area, and
 * an enforcement wave raises every regulator's odds: in each sample a member takes its group's
 * draw with probability `share`, else its own, which keeps every member's own distribution.
 * Only terms that are added, never multiplied, share a group, so the mean stays the headline.
 */
export const correlatedGroups = [
  {
    id: 'suiteEffectiveness',
    share: 0.7,
    members: [
      'residualFines',
      'residualDataLoss',
      'residualTurnover',
      'residualSales',
      'residualSalesWithCrm',
      'residualProductivity',
    ],
  },
  {
    id: 'enforcementClimate',
    share: 0.7,
    members: [
      'secFineProbability',
      'cftcFineProbability',
      'fcaFineProbability',
      'ofgemFineProbability',
      'mifidFineProbability',
      'retentionFineProbability',
      'gdprFineProbability',
      'ukGdprFineProbability',
      'fadpFineProbability',
    ],
  },
] as const satisfies readonly { id: string; share: number; members: readonly AssumptionId[] }[];

const slotOf = Object.fromEntries(assumptionIds.map((id, i) => [id, i])) as Record<
  AssumptionId,
  number
>;

const groupOf = new Map<AssumptionId, number>(
  correlatedGroups.flatMap((g, i) => g.members.map((id) => [id as AssumptionId, i] as const)),
);

interface SamplingPlan {
  /** Slot in the params view of each varied assumption. */
  slots: Int32Array;
  /** Index into correlatedGroups, or −1. */
  group: Int32Array;
  low: Float64Array;
  high: Float64Array;
  split: Float64Array;
  left: Float64Array;
  right: Float64Array;
}

/** Assumptions with a range, in the answers' currency; quoted prices and fixed values stay put. */
function samplingPlan(resolved: Resolved): SamplingPlan {
  const varied = resolved.assumptions.filter((a) => !a.quoted && a.low < a.high);
  const n = varied.length;
  const plan: SamplingPlan = {
    slots: Int32Array.from(varied, (a) => slotOf[a.id]),
    group: Int32Array.from(varied, (a) => groupOf.get(a.id) ?? -1),
    low: new Float64Array(n),
    high: new Float64Array(n),
    split: new Float64Array(n),
    left: new Float64Array(n),
    right: new Float64Array(n),
  };
  varied.forEach((entry, j) => {
    const k = resolved.toAnswerCurrency[entry.id];
    const { a, c, b } = meanPreservingTriangle(
      entry.low * k,
      resolved.params[entry.id],
      entry.high * k,
    );
    plan.low[j] = a;
    plan.high[j] = b;
    plan.split[j] = b > a ? (c - a) / (b - a) : 0;
    plan.left[j] = (b - a) * (c - a);
    plan.right[j] = (b - a) * (b - c);
  });
  return plan;
}

// Params backed by one Float64Array: the sample loop writes slots by index, and the model reads
// named properties through prototype getters (one shape, so V8 inlines them). Avoids a
// megamorphic keyed store per draw.
const ViewPrototype: object = Object.create(
  null,
  Object.fromEntries(
    assumptionIds.map((id, i) => [
      id,
      {
        get(this: { values: Float64Array }) {
          return this.values[i];
        },
        enumerable: true,
      },
    ]),
  ),
);

function paramsView(base: Params): { params: Params; values: Float64Array } {
  const values = Float64Array.from(assumptionIds, (id) => base[id]);
  const view = Object.create(ViewPrototype) as { values: Float64Array };
  view.values = values;
  return { params: view as unknown as Params, values };
}

/** Quantile q of ascending samples, interpolating linearly between order statistics (type 7). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const pos = (sorted.length - 1) * q;
  const i = Math.floor(pos);
  const lower = sorted[i] ?? 0;
  const upper = sorted[i + 1] ?? lower;
  return lower + (upper - lower) * (pos - i);
}

/** The prospect's estimates with a band to vary in, as triangles centred on the answer. */
function estimatePlan(answers: Answers) {
  return estimateIds
    .map((id) => ({ id, x: answers[id], ...estimateBand(id, answers) }))
    .filter((e) => e.high > e.low);
}

/**
 * Net saving over the assumption ranges and the prospect's estimates. Each sample draws the
 * groups' uniforms, then every varied assumption and estimate, always in the same order and the
 * same number of draws, so a seed gives one stream in every engine.
 */
export function runMonteCarlo(
  answers: Answers,
  f: Factors,
  resolved: Resolved,
  samples: number,
  seed: number,
): Uncertainty {
  const { slots, group, low, high, split, left, right } = samplingPlan(resolved);
  const m = slots.length;
  const estimates = estimatePlan(answers);
  const { params: p, values } = paramsView(resolved.params);
  const sampleFactors: Factors = { ...f };
  const estimateValues = Object.fromEntries(estimateIds.map((id) => [id, answers[id]])) as Record<
    EstimateId,
    number
  >;
  const groupU = new Float64Array(correlatedGroups.length);
  const next = sfc32(seed);
  const savings = new Float64Array(samples);
  let suiteCheaper = 0;
  for (let i = 0; i < samples; i++) {
    for (let g = 0; g < groupU.length; g++) groupU[g] = next();
    for (let j = 0; j < m; j++) {
      let u = next();
      const g = group[j] as number;
      if (g >= 0) {
        const own = next();
        u = u < (correlatedGroups[g] as { share: number }).share ? (groupU[g] as number) : own;
      }
      values[slots[j] as number] = draw(
        u,
        low[j] as number,
        high[j] as number,
        split[j] as number,
        left[j] as number,
        right[j] as number,
      );
    }
    for (const e of estimates) estimateValues[e.id] = triangular(next(), e.low, e.x, e.high);
    if (estimates.length > 0) applyEstimates(sampleFactors, answers, estimateValues);
    const saving = fastNetSaving(sampleFactors, p);
    savings[i] = saving;
    if (saving > 0) suiteCheaper++;
  }
  savings.sort();
  const money = (x: number) => fromCents(toCents(x));
  return {
    samples,
    p10: money(quantile(savings, 0.1)),
    p50: money(quantile(savings, 0.5)),
    p90: money(quantile(savings, 0.9)),
    probabilitySuiteCheaper: suiteCheaper / samples,
  };
}
