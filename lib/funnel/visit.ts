/**
 * The visit's attribution, captured on its first page (site or embed) and kept in sessionStorage
 * until the tab closes. It travels with a lead and labels funnel counts; it never goes into a
 * report link. Browser-only and dependency-free: every page loads it.
 */
export type Attribution = {
  utm_source?: string;
  utm_medium?: string;
  utm_campaign?: string;
  referrer?: string;
  seller?: string;
  /** In a frame: the host page's origin, as the loader gave it. */
  host?: string;
};

const KEY = 'cof:visit';
const PARAMS = ['utm_source', 'utm_medium', 'utm_campaign', 'referrer', 'seller', 'host'] as const;
const LIMITS: Record<(typeof PARAMS)[number], number> = {
  utm_source: 200,
  utm_medium: 200,
  utm_campaign: 200,
  referrer: 1000,
  seller: 100,
  host: 200,
};

function storage(): Storage | null {
  try {
    const store = window.sessionStorage;
    store.getItem(KEY);
    return store;
  } catch {
    // Blocked: a browser that refuses storage to third-party frames (Chrome with third-party
    // cookies off) or a sandboxed frame. The visit then lives in this page's memory, which the
    // frame keeps from the assessment to the report, since it moves between them without reloading.
    return null;
  }
}

/**
 * What a page's own address and referrer say. On the site, a referrer from our own origin is a
 * click inside the site, not a source; `?ref=` is the seller code's short form.
 */
export function attributionFrom(search: string, referrer: string, ownOrigin: string): Attribution {
  const query = new URLSearchParams(search);
  const out: Attribution = {};
  for (const key of PARAMS) {
    const value = (key === 'seller' ? query.get('seller') || query.get('ref') : query.get(key))
      ?.trim()
      .slice(0, LIMITS[key]);
    if (value) out[key] = value;
  }
  if (!out.referrer && referrer) {
    try {
      if (new URL(referrer).origin !== ownOrigin) out.referrer = referrer.slice(0, 1000);
    } catch {
      // Not a URL: no referrer.
    }
  }
  return out;
}

let inMemory: Attribution | null = null;

/** The visit's attribution; the first call of a visit captures it from the current page. */
export function visitAttribution(): Attribution {
  const store = storage();
  const saved = store?.getItem(KEY) ?? null;
  if (saved) {
    try {
      return JSON.parse(saved) as Attribution;
    } catch {
      // Corrupt: capture again.
    }
  }
  if (inMemory) return inMemory;
  inMemory = attributionFrom(window.location.search, document.referrer, window.location.origin);
  store?.setItem(KEY, JSON.stringify(inMemory));
  return inMemory;
}

const seen = new Set<string>();

/** Marks a once-per-visit occasion; true the first time only. */
export function firstTimeThisVisit(occasion: string): boolean {
  const store = storage();
  const key = `cof:sent:${occasion}`;
  if (seen.has(key) || store?.getItem(key)) return false;
  seen.add(key);
  store?.setItem(key, '1');
  return true;
}
