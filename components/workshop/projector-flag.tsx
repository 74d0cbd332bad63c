'use client';

import { useLayoutEffect, useSyncExternalStore } from 'react';
import { PROJECTOR_CSS } from '@/lib/workshop';

const never = () => () => {};

/**
 * Keeps the page's projector flag (PROJECTOR_CSS) in step with the workshop. The page's inline
 * script (PROJECTOR_SCRIPT) has set it before the first paint from what is stored; while the page
 * hydrates, `on` is the server's blank state, so the flag is left alone until the stored state has
 * been read (a frame can be painted in between). From then on the state decides, in a layout
 * effect, so a change shows at its final size in its first frame. Its own small component: the
 * switch from hydrating to hydrated re-renders only this.
 */
export function ProjectorFlag({ on }: { on: boolean }) {
  const hydrated = useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
  useLayoutEffect(() => {
    if (!hydrated) return;
    const root = document.documentElement;
    if (on) root.dataset.projector = '';
    else delete root.dataset.projector;
    // Leaving the page puts the site back to its own size.
    return () => {
      delete root.dataset.projector;
    };
  }, [on, hydrated]);
  return <style>{PROJECTOR_CSS}</style>;
}
