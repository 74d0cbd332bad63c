import { getBrand } from '@/lib/brand/load';
import { getDb } from '@/lib/db';
import { deliveryConfig } from '@/lib/delivery/config';
import { requestReportEmail } from '@/lib/delivery/report-email';
import { nudgeWorker } from '@/lib/delivery/running';
import { serverEnv } from '@/lib/env/server-env';
import { clientAddress, createRateLimiter } from '@/lib/http/rate-limit';

// Five copies per client per hour, whatever the addresses.
const limiter = createRateLimiter({ limit: 5, windowMs: 3_600_000 });

export async function POST(request: Request) {
  const config = deliveryConfig(serverEnv());
  const result = await requestReportEmail(request, {
    rateLimit: limiter,
    client: clientAddress(request.headers),
    suite: getBrand().suite,
    mail: config.mail && { giveUpMs: config.retry.giveUpMs, saved: nudgeWorker },
    db: getDb,
  });
  return Response.json(result.body, {
    status: result.status,
    headers: { 'cache-control': 'no-store' },
  });
}
