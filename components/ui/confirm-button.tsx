'use client';

import { useId, useRef, useState } from 'react';

type Props = {
  label: string;
  question: string;
  yes: string;
  no: string;
  onConfirm: () => void;
  /** How the opener looks where it stands (a bordered button by default). */
  openerClassName?: string;
  /** False when the action moves focus itself (e.g. to a new heading). */
  refocusAfterConfirm?: boolean;
};

const BUTTON =
  'min-h-11 rounded-lg border border-slate-400 px-4 font-semibold text-slate-800 hover:bg-slate-50';

/** A destructive action that asks once, inline, before it acts; focus never gets lost. */
export function ConfirmButton({
  label,
  question,
  yes,
  no,
  onConfirm,
  openerClassName = BUTTON,
  refocusAfterConfirm = true,
}: Props) {
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const back = () => requestAnimationFrame(() => opener.current?.focus());

  if (!asking) {
    return (
      <button
        ref={opener}
        type="button"
        onClick={() => setAsking(true)}
        className={openerClassName}
      >
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={questionId} className="rounded-lg bg-slate-100 p-3">
      <p id={questionId} className="text-sm font-semibold">
        {question}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          autoFocus
          onClick={() => {
            setAsking(false);
            back();
          }}
          className="min-h-11 rounded-lg border border-slate-400 bg-white px-4 text-sm font-semibold"
        >
          {no}
        </button>
        <button
          type="button"
          onClick={() => {
            setAsking(false);
            onConfirm();
            if (refocusAfterConfirm) back();
          }}
          className="min-h-11 rounded-lg bg-red-700 px-4 text-sm font-semibold text-white"
        >
          {yes}
        </button>
      </div>
    </div>
  );
}
