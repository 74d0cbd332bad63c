import { getBrand } from '@/lib/brand/load';
import { getDb } from '@/lib/db';
import { inboxAccess } from '@/lib/inbox/access';
import { parseInboxQuery } from '@/lib/inbox/query';
import { leadsCsv } from '@/lib/leads/export';
import { listLeads } from '@/lib/leads/store';

/** The inbox's CSV: the leads its filters show, every page of them. */
export async function GET(request: Request) {
  const access = await inboxAccess();
  if (access !== 'signed-in') {
    return new Response(access === 'off' ? 'Not found' : 'Sign in first', {
      status: access === 'off' ? 404 : 401,
    });
  }
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { filter } = parseInboxQuery(params);
  let csv: string;
  try {
    csv = leadsCsv((await listLeads(await getDb(), filter)).leads, getBrand().siteUrl);
  } catch (e) {
    console.error('inbox: export failed', e);
    return new Response('The leads database cannot be reached', {
      status: 503,
      headers: { 'retry-after': '30' },
    });
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="leads-${day}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
