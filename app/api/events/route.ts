import { getDb } from '@/lib/db';
import { serverEnv } from '@/lib/env/server-env';
import { recordEvent } from '@/lib/funnel/record';
import { clientAddress, createRateLimiter } from '@/lib/http/rate-limit';

let limiter: ReturnType<typeof createRateLimiter> | undefined;

export async function POST(request: Request) {
  limiter ??= createRateLimiter({ limit: serverEnv().EVENTS_RATE_LIMIT, windowMs: 60_000 });
  // The address only counts against the limit, in memory; it is never stored.
  const result = await recordEvent(request, {
    rateLimit: limiter,
    client: clientAddress(request.headers),
    db: getDb,
  });
  const headers = { 'cache-control': 'no-store' };
  return result.body
    ? Response.json(result.body, { status: result.status, headers })
    : new Response(null, { status: result.status, headers });
}
