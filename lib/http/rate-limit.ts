/**
 * A fixed-window counter per client, in this process's memory: right for one server; behind
 * several, each counts its own share. The map is bounded, so many clients cannot exhaust memory.
 */
export function createRateLimiter({
  limit,
  windowMs,
  maxClients = 10_000,
  now = () => Date.now(),
}: {
  limit: number;
  windowMs: number;
  maxClients?: number;
  now?: () => number;
}) {
  const windows = new Map<string, { count: number; resetAt: number }>();

  function evict(at: number) {
    for (const [key, w] of windows) if (w.resetAt <= at) windows.delete(key);
    // Still full: drop the oldest windows first (a Map keeps insertion order).
    for (const key of windows.keys()) {
      if (windows.size < maxClients) break;
      windows.delete(key);
    }
  }

  type Verdict = { ok: true } | { ok: false; retryAfter: number };
  const refused = (resetAt: number, at: number): Verdict => ({
    ok: false,
    retryAfter: Math.max(1, Math.ceil((resetAt - at) / 1000)),
  });

  /** Counts one request; `retryAfter` (seconds) says when the client may try again. */
  function take(client: string): Verdict {
    const at = now();
    let w = windows.get(client);
    if (!w || w.resetAt <= at) {
      if (!w && windows.size >= maxClients) evict(at);
      w = { count: 0, resetAt: at + windowMs };
      windows.set(client, w);
    }
    w.count += 1;
    return w.count <= limit ? { ok: true } : refused(w.resetAt, at);
  }

  /** Whether one more request would pass, without counting it: for limits on failures only. */
  take.peek = (client: string): Verdict => {
    const at = now();
    const w = windows.get(client);
    return !w || w.resetAt <= at || w.count < limit ? { ok: true } : refused(w.resetAt, at);
  };
  return take;
}

/**
 * The client's address: the last X-Forwarded-For entry, which the nearest proxy (or Next itself,
 * when none) wrote. Without a proxy that appends it, a client can choose it: see the README.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || headers.get('x-real-ip')?.trim() || 'unknown';
}
