import { choosePackage, computeReport, type PriceBook, type Report } from '@/lib/model';
import { initialWorkshop } from './state';

/**
 * The blank workshop's report without its assumptions (26 of its 30 kB; the page resolves those
 * itself). The server computes it, so a first visit runs no Monte Carlo while the page loads.
 */
export type BlankReport = Omit<Report, 'assumptions'>;

export function blankReport(book: PriceBook): BlankReport {
  const blank = initialWorkshop();
  const suite = choosePackage(book, blank.packageId).pricing;
  const report: Partial<Report> = computeReport(blank.answers, {
    suite,
    overrides: blank.overrides,
  });
  delete report.assumptions;
  return report as BlankReport;
}
