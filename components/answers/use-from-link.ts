'use client';

import { useEffect, useRef } from 'react';

/**
 * `?from=<code>` starts a page from a report link: read once in the browser (the page stays
 * static), then the address loses its ?from= so a reload keeps later edits. `onLoad` gets what
 * `read` made of the code, or null when the code cannot be read.
 */
export function useFromLink<T>(
  read: (code: string) => T | null | Promise<T | null>,
  onLoad: (loaded: T | null) => void,
) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    const url = new URL(window.location.href);
    const code = url.searchParams.get('from');
    if (code === null) return;
    const finish = (loaded: T | null) => {
      onLoad(loaded);
      url.searchParams.delete('from');
      window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    };
    const result = read(code);
    if (result instanceof Promise) result.then(finish, () => finish(null));
    else finish(result);
  }, [read, onLoad]);
}
