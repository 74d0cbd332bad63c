'use client';

import './article-print.css';

/**
 * Opens the print dialog (and with it "Save as PDF") for a printable template or checklist.
 * The label comes from the server page, so no messages are shipped to the client for it.
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-lg border-2 border-brand px-4 py-2 font-semibold text-brand hover:bg-slate-50"
    >
      {label}
    </button>
  );
}
