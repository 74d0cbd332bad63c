'use client';

import { useEffect, useRef } from 'react';
import type { Answers } from '@/lib/model';
import { decodeReport } from '@/lib/share';

/**
 * `/workshop?from=<code>` starts the workshop from a report's answers: read once in the browser
 * (the page stays static), then the address loses its ?from= so a reload keeps later edits.
 * `onLoad` gets the answers, or null when the code cannot be read.
 */
export function useFromLink(onLoad: (answers: Answers | null) => void) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    const url = new URL(window.location.href);
    const code = url.searchParams.get('from');
    if (code === null) return;
    const decoded = decodeReport(code);
    onLoad(decoded.ok ? decoded.answers : null);
    url.searchParams.delete('from');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }, [onLoad]);
}
