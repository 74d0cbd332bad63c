'use client';

import { useEffect } from 'react';
import type { FunnelEvent } from '@/lib/funnel/events';
import { visitAttribution } from '@/lib/funnel/visit';
import { track } from './track';

/** Counts a page view in the funnel (or, without `event`, only captures the visit's attribution). */
export function TrackEvent({ event }: { event?: FunnelEvent }) {
  useEffect(() => {
    visitAttribution();
    if (event) track(event);
  }, [event]);
  return null;
}
