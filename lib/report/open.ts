import {
  choosePackage,
  computeReport,
  type ChosenPackage,
  type PriceBook,
  type Report,
} from '@/lib/model';
import { decodeReport, type DecodeResult } from '@/lib/report-link';

export type OpenedReport =
  | (Extract<DecodeResult, { ok: true }> & { chosen: ChosenPackage; report: Report })
  | Extract<DecodeResult, { ok: false }>;

/**
 * A report link opened as every surface shows it (page, image, lead): decoded against the MSP's
 * price book, priced with the package the link names (or the default, flagged when it is gone).
 */
export function openReport(code: string, book: PriceBook, samples?: number): OpenedReport {
  const decoded = decodeReport(code, { suite: book });
  if (!decoded.ok) return decoded;
  const chosen = choosePackage(book, decoded.packageId);
  const report = computeReport(decoded.answers, {
    suite: chosen.pricing,
    overrides: decoded.overrides,
    ...(samples !== undefined ? { samples } : {}),
  });
  return { ...decoded, chosen, report };
}
