import { FIRST_COUNTED_STEP, sourceLabel, type FunnelEvent } from '@/lib/funnel/events';
import { firstTimeThisVisit, visitAttribution } from '@/lib/funnel/visit';
import { postToHost, type HostMessage } from '@/components/embed/host';

const forHost: Partial<Record<FunnelEvent, Extract<HostMessage, { type: 'cof:event' }>['name']>> = {
  assessment_started: 'started',
  step_reached: 'step',
  report_viewed: 'completed',
  lead_submitted: 'lead',
};

/**
 * Counts one funnel event, once per visit: the event, the page's language, where the visit came
 * from and the step; no answer, no identifier, no cookie. A framing site hears the same event.
 */
export function track(event: FunnelEvent, step?: number) {
  if (event === 'step_reached' && (step === undefined || step < FIRST_COUNTED_STEP)) return;
  if (!firstTimeThisVisit(step ? `${event}:${step}` : event)) return;
  const visit = visitAttribution();
  const body = JSON.stringify({
    event,
    locale: document.documentElement.lang,
    source: sourceLabel(visit.utm_source, visit.referrer),
    ...(step ? { step } : {}),
  });
  try {
    navigator.sendBeacon('/api/events', new Blob([body], { type: 'application/json' }));
  } catch {
    // No beacon (an old browser, a blocked request): the count is lost, the page is not.
  }
  const name = forHost[event];
  if (name) postToHost({ type: 'cof:event', name, ...(step ? { step } : {}) });
}
