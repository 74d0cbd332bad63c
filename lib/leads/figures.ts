import { computeReport, type SuitePricing, type Verdict } from '@/lib/model';
// Through the codec's index only: the link codec may move, this import line moves with it.
import { decodeReport, type DecodeFailure } from '@/lib/share';

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
export function figuresFor(code: string, suite: SuitePricing): FiguresResult {
  const decoded = decodeReport(code, { suite });
  if (!decoded.ok) return decoded;
  const report = computeReport(decoded.answers, { suite, overrides: decoded.overrides });
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
