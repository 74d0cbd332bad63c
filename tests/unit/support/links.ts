import {
  acceptOverrides,
  choosePackage,
  isPriceBook,
  overridesForLink,
  type Answers,
  type AssumptionOverrides,
  type PriceBook,
  type SuitePricing,
} from '@/lib/model';
import { decodeReport, encodeReport, type DecodeFailure } from '@/lib/report-link';

type Prices = SuitePricing | PriceBook | undefined;

function pricingFor(suite: Prices, packageId: string | undefined): SuitePricing | undefined {
  return suite && isPriceBook(suite) ? choosePackage(suite, packageId).pricing : suite;
}

/** The link a workshop writes: the overrides as the model applies them with these prices. */
export function linkFor(
  answers: Answers,
  overrides: AssumptionOverrides = {},
  { suite, packageId }: { suite?: Prices; packageId?: string } = {},
): string {
  const stated = overridesForLink(answers, overrides, pricingFor(suite, packageId));
  return encodeReport(answers, stated, packageId === undefined ? {} : { packageId });
}

export type OpenedLink =
  | {
      ok: true;
      answers: Answers;
      overrides: AssumptionOverrides;
      adjusted?: string[];
      packageId?: string;
    }
  | { ok: false; reason: DecodeFailure };

/** A link as the report opens it: decoded, then the model's range policy with these prices. */
export function openLink(code: unknown, suite?: Prices): OpenedLink {
  const decoded = decodeReport(code);
  if (!decoded.ok) return decoded;
  const { answers, stated, packageId } = decoded;
  const { overrides, adjusted } = acceptOverrides(answers, stated, pricingFor(suite, packageId));
  return {
    ok: true,
    answers,
    overrides,
    ...(adjusted.length > 0 ? { adjusted } : {}),
    ...(packageId !== undefined ? { packageId } : {}),
  };
}
