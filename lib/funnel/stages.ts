import { stepCount } from '@/lib/questionnaire/steps';
import { FIRST_COUNTED_STEP, type FunnelEvent } from './events';
import type { FunnelCount } from './store';

export type Stage = {
  event: FunnelEvent;
  step?: number;
  count: number;
  /** Share of the stage before that did not get here (0 to 1); null for the first or after 0. */
  dropOff: number | null;
};

/**
 * The funnel as the inbox draws it: where visits begin (the home page, the embed), then the
 * path from the assessment's start through each step to the report and the lead, each stage
 * with the share lost since the one before.
 */
export function funnelStages(totals: readonly FunnelCount[]): { entries: Stage[]; path: Stage[] } {
  const count = (event: FunnelEvent, step = 0) =>
    totals.find((t) => t.event === event && t.step === step)?.count ?? 0;
  const entries: Stage[] = (['landing_viewed', 'embed_loaded'] as const).map((event) => ({
    event,
    count: count(event),
    dropOff: null,
  }));
  const chain: { event: FunnelEvent; step?: number }[] = [
    { event: 'assessment_started' },
    ...Array.from({ length: stepCount - FIRST_COUNTED_STEP + 1 }, (_, i) => ({
      event: 'step_reached' as const,
      step: FIRST_COUNTED_STEP + i,
    })),
    { event: 'report_viewed' },
    { event: 'lead_submitted' },
  ];
  let before: number | null = null;
  const path = chain.map(({ event, step }) => {
    const n = count(event, step);
    const dropOff = before ? Math.max(0, 1 - n / before) : null;
    before = n;
    return { event, step, count: n, dropOff };
  });
  return { entries, path };
}
