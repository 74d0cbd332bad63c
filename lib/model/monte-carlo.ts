import { assumptionIds, type AssumptionId } from './assumptions';
import type { Factors } from './factors';
import { fromCents, toCents } from './money';
import type { Params, Resolved } from './resolve';
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

interface SamplingPlan {
  ids: AssumptionId[];
  low: Float64Array;
  high: Float64Array;
  split: Float64Array;
  left: Float64Array;
  right: Float64Array;
}

/** Assumptions with a range, in the answers' currency; quoted prices and fixed values stay put. */
function samplingPlan(resolved: Resolved): SamplingPlan {
  const varied = resolved.assumptions.filter((a) => !a.quoted && a.low < a.high);
  const plan: SamplingPlan = {
    ids: varied.map((a) => a.id),
    low: new Float64Array(varied.length),
    high: new Float64Array(varied.length),
    split: new Float64Array(varied.length),
    left: new Float64Array(varied.length),
    right: new Float64Array(varied.length),
  };
  varied.forEach((entry, j) => {
    const k = resolved.toAnswerCurrency[entry.id];
    const a = entry.low * k;
    const b = entry.high * k;
    const c = resolved.params[entry.id];
    plan.low[j] = a;
    plan.high[j] = b;
    plan.split[j] = (c - a) / (b - a);
    plan.left[j] = (b - a) * (c - a);
    plan.right[j] = (b - a) * (b - c);
  });
  return plan;
}

const slotOf = Object.fromEntries(assumptionIds.map((id, i) => [id, i])) as Record<
  AssumptionId,
  number
>;

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

/** Net saving over the assumption ranges; each sample draws every varied assumption once. */
export function runMonteCarlo(
  f: Factors,
  resolved: Resolved,
  samples: number,
  seed: number,
): Uncertainty {
  const plan = samplingPlan(resolved);
  const { ids, low, high, split, left, right } = plan;
  const m = ids.length;
  const { params: p, values } = paramsView(resolved.params);
  const slots = Int32Array.from(ids, (id) => slotOf[id]);
  const next = sfc32(seed);
  const savings = new Float64Array(samples);
  let suiteCheaper = 0;
  for (let i = 0; i < samples; i++) {
    for (let j = 0; j < m; j++) {
      values[slots[j] as number] = draw(
        next(),
        low[j] as number,
        high[j] as number,
        split[j] as number,
        left[j] as number,
        right[j] as number,
      );
    }
    const saving = fastNetSaving(f, p);
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
