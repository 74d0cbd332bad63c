import { choosePackage, type PriceBook, type SuitePricing } from '@/lib/model';

/** A one-package price book around a suite's prices, as a brand file from before packages reads. */
export function oneBook(pricing: SuitePricing, name = 'Standard'): PriceBook & { name: string } {
  return {
    name,
    currency: pricing.currency,
    defaultPackage: 'standard',
    packages: [
      {
        id: 'standard',
        name,
        licencePerUserMonth: pricing.licencePerUserMonth,
        telephonyPerUserMonth: pricing.telephonyPerUserMonth ?? 0,
        managedServicePerUserMonth: pricing.managedServicePerUserMonth,
        onboardingPerUser: pricing.onboardingPerUser,
        crmIntegration: pricing.crmIntegration ?? false,
      },
    ],
  };
}

/** The prices the model computes with for that book's default package. */
export const pricingOfBook = (book: PriceBook): SuitePricing => choosePackage(book).pricing;
