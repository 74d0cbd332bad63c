import { visitAttribution } from '@/lib/funnel/visit';

/**
 * Messages from the frame to the page that embeds it (public/embed.js), addressed to the host
 * origin the loader named. Two checks by the browser keep them from anyone else: the embed's
 * frame-ancestors (proxy.ts, from the brand's embed.allowedOrigins) refuses any other framing
 * site, and postMessage delivers to the named origin or to nobody. The messages carry no answers
 * and no personal data either way. (The check stays in the browser so the embed page can be
 * static and the brand file's list change without a rebuild.)
 */
export type HostMessage =
  | { type: 'cof:resize'; height: number }
  | { type: 'cof:event'; name: 'started' | 'step' | 'completed' | 'lead'; step?: number };

let host: string | null | undefined;
const pending: HostMessage[] = [];

/** The host's origin if this page is framed and the loader named it; null otherwise. */
export function connectHost(): string | null {
  if (host !== undefined) return host;
  const named = visitAttribution().host;
  // Chrome and Safari tell the frame who really embeds it; trust that over the loader's word.
  const actual = window.location.ancestorOrigins?.[0];
  const framed = window.parent !== window;
  host =
    framed && named && /^https?:\/\/[^/]+$/.test(named) && (!actual || actual === named)
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
