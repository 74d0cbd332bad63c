import { z } from 'zod';
import { currencies, type Currency } from '@/lib/answers/schema';
import type { SuitePricing } from './types';

// The MSP's price book: the packages it sells, one of them the default. A report link names its
// package; a link whose package the MSP no longer sells opens with the default, and says so.

const price = z.number().min(0, 'must be 0 or more').max(10_000, 'must be at most 10000');

export const suitePackageSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,23}$/, 'must be 1–24 lowercase letters, digits or hyphens'),
  name: z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters'),
  licencePerUserMonth: price,
  telephonyPerUserMonth: price,
  managedServicePerUserMonth: price,
  onboardingPerUser: z.number().min(0, 'must be 0 or more').max(100_000, 'must be at most 100000'),
  // Whether the package logs client conversations in the client's CRM: only then does the model
  // credit the suite with logging deals, not only keeping their history.
  crmIntegration: z.boolean('must be true or false').default(false),
});
export type SuitePackage = z.output<typeof suitePackageSchema>;

export interface PriceBook {
  currency: Currency;
  packages: readonly SuitePackage[];
  defaultPackage: string;
}

export const priceBookFields = {
  currency: z.enum(currencies, 'must be one of EUR, GBP, USD, CHF'),
  packages: z
    .array(suitePackageSchema)
    .min(1, 'must list at least one package')
    .max(8, 'must list at most 8 packages'),
  defaultPackage: z.string('must name one of the packages'),
};

/** Issues for a price book whose ids repeat or whose default is not one of its packages. */
export function priceBookIssues(book: PriceBook): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const seen = new Set<string>();
  book.packages.forEach((p, i) => {
    if (seen.has(p.id))
      issues.push({ path: ['packages', i, 'id'], message: `"${p.id}" is used twice` });
    seen.add(p.id);
  });
  if (!seen.has(book.defaultPackage)) {
    issues.push({
      path: ['defaultPackage'],
      message: `must be one of ${[...seen].map((id) => `"${id}"`).join(', ')}`,
    });
  }
  return issues;
}

export interface ChosenPackage {
  package: SuitePackage;
  pricing: SuitePricing;
  /** The link named a package the price book no longer has: the default was used instead. */
  missing: boolean;
}

export function pricingOf(p: SuitePackage, currency: Currency): SuitePricing {
  return {
    currency,
    licencePerUserMonth: p.licencePerUserMonth,
    telephonyPerUserMonth: p.telephonyPerUserMonth,
    managedServicePerUserMonth: p.managedServicePerUserMonth,
    onboardingPerUser: p.onboardingPerUser,
    crmIntegration: p.crmIntegration,
  };
}

/** The package a link names, or the default (with `missing` set when the named one is gone). */
export function choosePackage(book: PriceBook, id?: string): ChosenPackage {
  const named = id === undefined ? undefined : book.packages.find((p) => p.id === id);
  const chosen =
    named ?? book.packages.find((p) => p.id === book.defaultPackage) ?? book.packages[0]!;
  return {
    package: chosen,
    pricing: pricingOf(chosen, book.currency),
    missing: id !== undefined && named === undefined,
  };
}

export function isPriceBook(x: SuitePricing | PriceBook): x is PriceBook {
  return 'packages' in x;
}
