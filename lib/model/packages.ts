import type { Currency } from '@/lib/answers/rules';
import type { SuitePricing } from './types';

// The MSP's price book: the packages it sells, one of them the default. A report link names its
// package; a link whose package the MSP no longer sells opens with the default, and says so.

export interface SuitePackage {
  id: string;
  name: string;
  licencePerUserMonth: number;
  telephonyPerUserMonth: number;
  managedServicePerUserMonth: number;
  onboardingPerUser: number;
  /**
   * Whether the package logs client conversations in the client's CRM: only then does the model
   * credit the suite with logging deals, not only keeping their history.
   */
  crmIntegration: boolean;
}

export interface PriceBook {
  currency: Currency;
  packages: readonly SuitePackage[];
  defaultPackage: string;
}

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
