'use client';

import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * For a long form below the fold: false on the server, during hydration and until the element
 * comes within a screen of the viewport, or the visitor first presses a key or a pointer anywhere
 * (a keyboard user tabbing on, a click on a link into the form). Until then its rows are neither
 * in the HTML nor hydrated; then they render in a transition, which React splits into slices.
 */
export function useRenderedWhenNear<T extends Element>() {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const show = () => startTransition(() => setNear(true));
    const seen = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && show(),
      {
        rootMargin: '100% 0px',
      },
    );
    seen.observe(element);
    const firstUse = ['keydown', 'pointerdown', 'hashchange'] as const;
    for (const type of firstUse) window.addEventListener(type, show, { passive: true });
    return () => {
      seen.disconnect();
      for (const type of firstUse) window.removeEventListener(type, show);
    };
  }, [near]);
  return [ref, near] as const;
}
