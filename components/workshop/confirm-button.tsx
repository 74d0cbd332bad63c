'use client';

import { useRef, useState } from 'react';

type Props = {
  label: string;
  question: string;
  yes: string;
  no: string;
  onConfirm: () => void;
};

/** A destructive action that asks once, inline, before it acts; focus never gets lost. */
export function ConfirmButton({ label, question, yes, no, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const back = () => requestAnimationFrame(() => opener.current?.focus());

  if (!asking) {
    return (
      <button
        ref={opener}
        type="button"
        onClick={() => setAsking(true)}
        className="min-h-11 rounded-lg border border-slate-400 px-4 font-semibold text-slate-800 hover:bg-slate-50"
      >
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="confirm-question" className="rounded-lg bg-slate-100 p-3">
      <p id="confirm-question" className="text-sm font-semibold">
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
            back();
          }}
          className="min-h-11 rounded-lg bg-red-700 px-4 text-sm font-semibold text-white"
        >
          {yes}
        </button>
      </div>
    </div>
  );
}
