'use client';

import { useEffect, useRef } from 'react';
import type { Answers, PriceBook, StatedOverride } from '@/lib/model';
import { decodeReport } from '@/lib/report-link';

export type LinkInput = { answers: Answers; stated: StatedOverride[]; packageId?: string };

/**
 * `/workshop?from=<code>` starts the workshop from a report's answers and the assumptions set in
 * its workshop: read once in the browser (the page stays static), then the address loses its
 * ?from= so a reload keeps later edits. `onLoad` gets them, or null when the code cannot be read.
 */
export function useFromLink(book: PriceBook, onLoad: (input: LinkInput | null) => void) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    const url = new URL(window.location.href);
    const code = url.searchParams.get('from');
    if (code === null) return;
    const decoded = decodeReport(code);
    onLoad(
      decoded.ok
        ? { answers: decoded.answers, stated: decoded.stated, packageId: decoded.packageId }
        : null,
    );
    url.searchParams.delete('from');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }, [onLoad, book]);
}
