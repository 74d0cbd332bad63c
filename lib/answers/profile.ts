import type { Answers, Currency, Industry, Jurisdiction } from './rules';

const currencyByJurisdiction: Partial<Record<Jurisdiction, Currency>> = {
  eu: 'EUR',
  uk: 'GBP',
  us: 'USD',
  ch: 'CHF',
};

// Rough fully loaded yearly staff cost, in the pre-filled currency; the prospect edits it.
const salaryByCurrency: Record<Currency, number> = {
  EUR: 60_000,
  GBP: 55_000,
  USD: 85_000,
  CHF: 120_000,
};

const dutyByIndustry: Record<Industry, Answers['recordKeepingDuty']> = {
  'financial-services': 'yes',
  energy: 'yes',
  healthcare: 'unsure',
  'public-sector': 'unsure',
  legal: 'unsure',
  'professional-services': 'no',
  retail: 'no',
  manufacturing: 'no',
  other: 'no',
};

/**
 * Banks, insurers and healthcare supply mostly VAT-exempt services and public bodies act outside
 * VAT, so they reclaim little input VAT (VAT Directive Art. 132, 135 and 13): the suite costs
 * them its price plus VAT. Also the default for links made before the answer existed.
 */
export function vatRecoverableByDefault(industry: Industry): boolean {
  return !(
    industry === 'financial-services' ||
    industry === 'healthcare' ||
    industry === 'public-sector'
  );
}

/** Pre-fills for the questionnaire once industry and jurisdiction are known. */
export function profileDefaults(industry: Industry, jurisdiction: Jurisdiction): Partial<Answers> {
  const currency = currencyByJurisdiction[jurisdiction];
  return {
    industry,
    jurisdiction,
    recordKeepingDuty: dutyByIndustry[industry],
    vatRecoverable: vatRecoverableByDefault(industry),
    ...(currency ? { currency, averageSalary: salaryByCurrency[currency] } : {}),
  };
}
