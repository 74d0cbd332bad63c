'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { copyText, printReport } from './browser-actions';

/** Button texts, written on the server: the share namespace never has to travel to the browser. */
export type ShareLabels = Record<
  'copy' | 'copied' | 'copyFailed' | 'native' | 'email' | 'print',
  string
>;

type Props = { url: string; title: string; text: string; mailto: string; labels: ShareLabels };

const never = () => () => {};
const hasShareSheet = () => typeof navigator.share === 'function';

const shape =
  'inline-flex min-h-11 items-center justify-center rounded-lg border px-4 py-2 text-center leading-tight font-semibold';
const button = `${shape} border-slate-400 text-slate-900 hover:bg-slate-50`;
const primary = `${shape} border-brand bg-brand text-on-brand hover:opacity-90`;

/**
 * Copy link, email, Save as PDF and, where the browser has one, its share sheet. The share button
 * comes last, so when it appears after hydration nothing moves: on phones it fills the free cell
 * of a two-column grid, on wider screens the end of the row.
 */
export function ShareActions({ url, title, text, mailto, labels }: Props) {
  const canShare = useSyncExternalStore(never, hasShareSheet, () => false);
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function copy() {
    const ok = await copyText(url);
    // Empty the live region first, so a second copy is announced again.
    setStatus(null);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setStatus(ok ? 'copied' : 'failed');
      if (ok) timer.current = window.setTimeout(() => setStatus(null), 8000);
    }, 60);
  }

  async function share() {
    try {
      await navigator.share({ title, text, url });
    } catch {
      // Closing the sheet rejects with AbortError: nothing to report.
    }
  }

  return (
    <div className="no-print">
      <div className="grid grid-cols-2 gap-2 md:flex md:flex-wrap">
        <button type="button" onClick={copy} className={primary}>
          {labels.copy}
        </button>
        <a href={mailto} className={button}>
          {labels.email}
        </a>
        <button type="button" onClick={printReport} className={button}>
          {labels.print}
        </button>
        <button type="button" onClick={share} hidden={!canShare} className={button}>
          {labels.native}
        </button>
      </div>
      <p
        role="status"
        className={`mt-2 min-h-5 text-sm font-semibold ${status === 'failed' ? 'text-red-800' : 'text-emerald-800'}`}
      >
        {status === 'copied' ? labels.copied : status === 'failed' ? labels.copyFailed : ''}
      </p>
    </div>
  );
}
