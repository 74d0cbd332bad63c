'use client';

import { useEffect } from 'react';

/**
 * Projector mode scales the whole page's type (everything is sized in rem) through the root font
 * size, on screens wide enough to be a projector or a laptop; a phone keeps its own size.
 * Leaving the page or the mode puts it back.
 */
export const PROJECTOR_CSS =
  '@media (min-width: 48rem) { html[data-projector] { font-size: 137.5%; } }';

export function useProjector(on: boolean) {
  useEffect(() => {
    if (!on) return;
    const root = document.documentElement;
    root.dataset.projector = '';
    return () => {
      delete root.dataset.projector;
    };
  }, [on]);
}
