import {
  acceptOverrides,
  choosePackage,
  computeReport,
  type AssumptionOverrides,
  type ChosenPackage,
  type PriceBook,
  type Report,
} from '@/lib/model';
import { decodeReport, type DecodeResult } from '@/lib/report-link';

export type OpenedReport =
  | {
      ok: true;
      answers: Extract<DecodeResult, { ok: true }>['answers'];
      /** The overrides the model applied, clamped into today's ranges. */
      overrides: AssumptionOverrides;
      /** Ids the link stated that today's model could not take as they were. */
      adjusted: string[];
      packageId?: string;
      chosen: ChosenPackage;
      report: Report;
    }
  | Extract<DecodeResult, { ok: false }>;

/**
 * A report link opened as every surface shows it (page, image, lead, mail): decoded, priced with
 * the package the link names (or the default, flagged when it is gone), its overrides taken as
 * the model's range policy allows.
 */
export function openReport(code: string, book: PriceBook, samples?: number): OpenedReport {
  const decoded = decodeReport(code);
  if (!decoded.ok) return decoded;
  const { answers, stated, packageId } = decoded;
  const chosen = choosePackage(book, packageId);
  const { overrides, adjusted } = acceptOverrides(answers, stated, chosen.pricing);
  const report = computeReport(answers, {
    suite: chosen.pricing,
    overrides,
    ...(samples !== undefined ? { samples } : {}),
  });
  return {
    ok: true,
    answers,
    overrides,
    adjusted,
    ...(packageId !== undefined ? { packageId } : {}),
    chosen,
    report,
  };
}
