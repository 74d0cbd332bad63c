import { visitAttribution } from '@/lib/funnel/visit';

/**
 * Messages from the frame to the page that embeds it (public/embed.js). They go only to the host
 * origin the loader named, and only when the brand allows that origin: the browser delivers a
 * message to that origin or to nobody, so answers and personal data never leave with them.
 */
export type HostMessage =
  | { type: 'cof:resize'; height: number }
  | { type: 'cof:event'; name: 'started' | 'step' | 'completed' | 'lead'; step?: number };

let host: string | null | undefined;
const pending: HostMessage[] = [];

/** The host's origin if this page is framed by an allowed site; null otherwise. */
export function connectHost(allowedOrigins: readonly string[]): string | null {
  if (host !== undefined) return host;
  const named = visitAttribution().host;
  // Chrome and Safari tell the frame who really embeds it; trust that over the loader's word.
  const actual = window.location.ancestorOrigins?.[0];
  const framed = window.parent !== window;
  host =
    framed && named && allowedOrigins.includes(named) && (!actual || actual === named)
      ? named
      : null;
  for (const message of pending.splice(0)) postToHost(message);
  return host;
}

export function postToHost(message: HostMessage) {
  if (host === undefined) {
    pending.push(message);
    return;
  }
  if (host) window.parent.postMessage(message, host);
}
