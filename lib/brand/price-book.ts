import { z } from 'zod';
import { currencies } from '@/lib/answers/rules';
import type { SuitePackage } from '@/lib/model/packages';

// The brand file's price book, checked at start: the packages the MSP sells, one the default.
// The model's own types are plain (lib/model/packages.ts), so the browser never ships zod.

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
  crmIntegration: z.boolean('must be true or false').default(false),
}) satisfies z.ZodType<SuitePackage, unknown>;

export const priceBookFields = {
  currency: z.enum(currencies, 'must be one of EUR, GBP, USD, CHF'),
  packages: z
    .array(suitePackageSchema)
    .min(1, 'must list at least one package')
    .max(8, 'must list at most 8 packages'),
  defaultPackage: z.string('must name one of the packages'),
};
