'use client';

import { startTransition, useEffect, useState } from 'react';

/**
 * False on the server and during hydration, true right after: a long list below the fold is
 * left out of the HTML and of hydration (one task the browser cannot interrupt), then rendered
 * in a transition, which React splits into slices that leave the page responsive.
 */
export function useRenderedLater() {
  const [ready, setReady] = useState(false);
  useEffect(() => startTransition(() => setReady(true)), []);
  return ready;
}
