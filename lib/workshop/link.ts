import {
  choosePackage,
  resolveAssumptions,
  type Answers,
  type PriceBook,
  type SuitePricing,
} from '@/lib/model';
import type { AssumptionOverrides } from '@/lib/model';
import { reportHref } from '@/lib/questionnaire';
import { encodeReport } from '@/lib/report-link';
import { isAdjustable, withOverride } from './state';

/**
 * The report link for the workshop's answers and the assumptions changed in it, as the model
 * applies them (clamped into the range the suite gives), so the report shows the same figures.
 */
export function reportPath(
  locale: string,
  answers: Answers,
  overrides: AssumptionOverrides,
  book: PriceBook,
  packageId?: string,
): string {
  return reportHref(locale, answers, { code: reportCode(answers, overrides, book, packageId) });
}

/**
 * The code of that link, as a lead from the workshop carries it. The default package is not
 * named, so the link stays as short as it can.
 */
export function reportCode(
  answers: Answers,
  overrides: AssumptionOverrides,
  book: PriceBook,
  packageId?: string,
): string {
  const chosen = choosePackage(book, packageId);
  const named = chosen.package.id === book.defaultPackage ? undefined : chosen.package.id;
  const applied = resolveAssumptions(answers, { suite: chosen.pricing, overrides }).overrides;
  return encodeReport(answers, applied, { suite: book, packageId: named });
}

/**
 * The overrides a report link brought, kept as the workshop keeps its own: only adjustable
 * assumptions, and a value equal to its default is no change.
 */
export function overridesFromLink(
  answers: Answers,
  overrides: AssumptionOverrides,
  suite: SuitePricing,
): AssumptionOverrides {
  let out: AssumptionOverrides = {};
  for (const a of resolveAssumptions(answers, { suite }).assumptions) {
    const value = overrides[a.id];
    if (value !== undefined && isAdjustable(a.id)) out = withOverride(out, a.id, value, a.value);
  }
  return out;
}
