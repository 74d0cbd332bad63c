import type { Answers } from '@/lib/answers/rules';
import { netSavingCents } from './costs';
import { applyEstimates, estimateBand, estimateIds, type EstimateId } from './estimates';
import type { Factors } from './factors';
import { fromCents } from './money';
import type { Params } from './assumptions';
import type { Resolved } from './resolve';
import type { Driver } from './types';

/**
 * Tornado: each varied assumption at its low and at its high, and each of the prospect's own
 * estimates at the ends of its band, all else as resolved. Uses the report's own cent-rounded
 * arithmetic, so a driver's saving equals the report's net saving with that one input moved.
 * Zero swings are dropped; ties are ordered by id.
 */
export function computeDrivers(answers: Answers, f: Factors, resolved: Resolved): Driver[] {
  const p: Params = { ...resolved.params };
  const rows: { driver: Driver; swing: number }[] = [];
  const add = (driver: Driver, atLow: number, atHigh: number) => {
    if (atLow !== atHigh) rows.push({ driver, swing: Math.abs(atHigh - atLow) });
  };

  for (const a of resolved.assumptions) {
    if (a.quoted || !(a.low < a.high)) continue;
    const k = resolved.toAnswerCurrency[a.id];
    p[a.id] = a.low * k;
    const atLow = netSavingCents(f, p);
    p[a.id] = a.high * k;
    const atHigh = netSavingCents(f, p);
    p[a.id] = resolved.params[a.id];
    const driver = { assumptionId: a.id, kind: 'assumption' as const };
    add(
      { ...driver, savingAtLow: fromCents(atLow), savingAtHigh: fromCents(atHigh) },
      atLow,
      atHigh,
    );
  }

  const moved: Factors = { ...f };
  const values = Object.fromEntries(estimateIds.map((id) => [id, answers[id]])) as Record<
    EstimateId,
    number
  >;
  const savingWith = (id: EstimateId, value: number) => {
    applyEstimates(moved, answers, { ...values, [id]: value });
    return netSavingCents(moved, p);
  };
  for (const id of estimateIds) {
    const { low, high } = estimateBand(id, answers);
    if (!(low < high)) continue;
    const atLow = savingWith(id, low);
    const atHigh = savingWith(id, high);
    const driver = { assumptionId: id, kind: 'estimate' as const };
    add(
      { ...driver, savingAtLow: fromCents(atLow), savingAtHigh: fromCents(atHigh) },
      atLow,
      atHigh,
    );
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
