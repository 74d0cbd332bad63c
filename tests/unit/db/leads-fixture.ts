import type { NewLead } from '@/lib/leads/store';

let n = 0;

/** A valid lead; each call a different person unless told otherwise. */
export function aLead(over: Partial<NewLead> = {}): NewLead {
  n += 1;
  return {
    name: `Prospect ${n}`,
    email: `prospect${n}@example.com`,
    company: `Company ${n}`,
    message: 'Please call me about the figures.',
    locale: 'en',
    source: 'report',
    reportCode: '1AAAA',
    privacyUrl: 'https://example.com/privacy',
    figures: { netSaving: 12345.67, verdict: 'suite-cheaper', currency: 'EUR', horizonYears: 3 },
    ...over,
  };
}
