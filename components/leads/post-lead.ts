import type { LeadSource } from '@/lib/leads/input';
import { visitAttribution } from '@/lib/funnel/visit';

export type LeadValues = {
  name: string;
  email: string;
  company: string;
  phone: string;
  message: string;
  consent: boolean;
  website: string;
};

/** What the form shows after a post: the new id, field messages, or one message for the form. */
export type PostOutcome =
  | { kind: 'sent' }
  | { kind: 'fields'; fields: Record<string, string>; message: string }
  | { kind: 'failed'; message: string | null };

type Context = {
  reportCode: string;
  locale: string;
  source: LeadSource;
  fillMs: number;
  submissionId?: string;
};

/** The visit's attribution (lib/funnel/visit.ts), captured on its first page, site or embed. */
function attribution() {
  const { utm_source, utm_medium, utm_campaign, referrer, seller } = visitAttribution();
  return { utm_source, utm_medium, utm_campaign, referrer, seller };
}

/** Posts the lead; never throws: a network failure is an outcome like any other. */
export async function postLead(values: LeadValues, ctx: Context): Promise<PostOutcome> {
  let response: Response;
  try {
    response = await fetch('/api/leads', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...values, ...ctx, ...attribution() }),
    });
  } catch {
    return { kind: 'failed', message: null };
  }
  if (response.ok) return { kind: 'sent' };
  const body = (await response.json().catch(() => ({}))) as {
    message?: string;
    fields?: Record<string, string>;
  };
  if (response.status === 422 && body.fields) {
    return { kind: 'fields', fields: body.fields, message: body.message ?? '' };
  }
  return { kind: 'failed', message: body.message ?? null };
}
