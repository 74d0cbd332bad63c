'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { connectHost, postToHost } from './host';

/**
 * Tells the framing page (public/embed.js) how tall the content is whenever it changes, so the
 * frame grows and shrinks with it instead of scrolling. Nothing is sent outside a frame.
 */
export function EmbedBridge({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const content = ref.current;
    if (!content || !connectHost()) return;
    let last = 0;
    const send = () => {
      const height = Math.ceil(content.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      postToHost({ type: 'cof:resize', height });
    };
    const observer = new ResizeObserver(send);
    observer.observe(content);
    send();
    return () => observer.disconnect();
  }, []);
  // flow-root keeps the children's margins inside the measured box.
  return (
    <div ref={ref} className="flow-root">
      {children}
    </div>
  );
}
