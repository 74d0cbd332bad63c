import { getBrand } from '@/lib/brand/load';
import { getDb } from '@/lib/db';
import { deliveryConfig, leadDestinations } from '@/lib/delivery/config';
import { nudgeWorker } from '@/lib/delivery/running';
import { serverEnv } from '@/lib/env/server-env';
import { clientAddress, createRateLimiter } from '@/lib/http/rate-limit';
import { submitLead } from '@/lib/leads/submit';

let limiter: ReturnType<typeof createRateLimiter> | undefined;

export async function POST(request: Request) {
  const env = serverEnv();
  limiter ??= createRateLimiter({
    limit: env.LEADS_RATE_LIMIT,
    windowMs: env.LEADS_RATE_WINDOW_SECONDS * 1000,
  });
  const brand = getBrand();
  const delivery = deliveryConfig(env);
  const result = await submitLead(request, {
    rateLimit: limiter,
    client: clientAddress(request.headers),
    suite: brand.suite,
    privacyUrl: brand.legal.privacyUrl,
    db: getDb,
    delivery: {
      to: leadDestinations(delivery),
      giveUpMs: delivery.retry.giveUpMs,
      saved: nudgeWorker,
    },
  });
  return Response.json(result.body, {
    status: result.status,
    headers: { 'cache-control': 'no-store', ...result.headers },
  });
}
