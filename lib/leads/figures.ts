import type { PriceBook, Verdict } from '@/lib/model';
import { openReport } from '@/lib/report/open';
import type { DecodeFailure } from '@/lib/report-link';

/** What the prospect saw on their report, kept with the lead. */
export type LeadFigures = {
  netSaving: number;
  verdict: Verdict;
  currency: string;
  horizonYears: number;
};

export type FiguresResult =
  { ok: true; figures: LeadFigures } | { ok: false; reason: DecodeFailure };

/**
 * Decodes a report code as the report page does, with this deployment's suite: a code made for
 * other prices fails ('invalid-overrides'), as does a damaged or tampered one.
 */
export function figuresFor(code: string, suite: PriceBook): FiguresResult {
  const opened = openReport(code, suite);
  if (!opened.ok) return opened;
  const { report } = opened;
  return {
    ok: true,
    figures: {
      netSaving: report.netSaving,
      verdict: report.verdict,
      currency: report.currency,
      horizonYears: report.horizonYears,
    },
  };
}
