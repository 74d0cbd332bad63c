import type { Factors } from './factors';
import { netSavingCents } from './costs';
import { fromCents } from './money';
import type { Params, Resolved } from './resolve';
import type { Driver } from './types';

/**
 * Tornado: each varied assumption at its low and at its high, all others as resolved. Uses the
 * report's own cent-rounded arithmetic, so a driver's saving equals the report's net saving with
 * that assumption overridden. Zero swings are dropped; ties are ordered by id.
 */
export function computeDrivers(f: Factors, resolved: Resolved): Driver[] {
  const p: Params = { ...resolved.params };
  const rows: { driver: Driver; swing: number }[] = [];
  for (const a of resolved.assumptions) {
    if (a.quoted || !(a.low < a.high)) continue;
    const k = resolved.toAnswerCurrency[a.id];
    p[a.id] = a.low * k;
    const atLow = netSavingCents(f, p);
    p[a.id] = a.high * k;
    const atHigh = netSavingCents(f, p);
    p[a.id] = resolved.params[a.id];
    if (atLow === atHigh) continue;
    rows.push({
      driver: {
        assumptionId: a.id,
        savingAtLow: fromCents(atLow),
        savingAtHigh: fromCents(atHigh),
      },
      swing: Math.abs(atHigh - atLow),
    });
  }
  rows.sort((x, y) =>
    x.swing !== y.swing
      ? y.swing - x.swing
      : x.driver.assumptionId < y.driver.assumptionId
        ? -1
        : 1,
  );
  return rows.map((r) => r.driver);
}
