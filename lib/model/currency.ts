import type { Currency } from '@/lib/answers/rules';
import type { Params } from './assumptions';

/** Units of `currency` per euro, from the registry's fixed ECB reference rates. */
function perEuro(currency: Currency, p: Params): number {
  switch (currency) {
    case 'EUR':
      return 1;
    case 'USD':
      return p.fxUsdPerEur;
    case 'GBP':
      return p.fxGbpPerEur;
    case 'CHF':
      return p.fxChfPerEur;
  }
}

/** Multiply an amount in `from` by this to state it in `to`. */
export function currencyFactor(from: Currency, to: Currency, p: Params): number {
  return from === to ? 1 : perEuro(to, p) / perEuro(from, p);
}
