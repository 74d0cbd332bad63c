import {
  acceptOverrides,
  choosePackage,
  overridesForLink,
  type Answers,
  type PriceBook,
  type StatedOverride,
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
  return encodeReport(answers, overridesForLink(answers, overrides, chosen.pricing), {
    packageId: named,
  });
}

/**
 * The overrides a report link states, as the model takes them (the range policy) and the
 * workshop keeps its own: only adjustable assumptions, and a value equal to its default is no change.
 */
export function overridesFromLink(
  answers: Answers,
  stated: readonly StatedOverride[],
  suite: SuitePricing,
): AssumptionOverrides {
  const { overrides, defaults } = acceptOverrides(answers, stated, suite);
  let out: AssumptionOverrides = {};
  for (const a of defaults) {
    const value = overrides[a.id];
    if (value !== undefined && isAdjustable(a.id)) out = withOverride(out, a.id, value, a.value);
  }
  return out;
}
