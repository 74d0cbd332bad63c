import type { Currency } from '@/lib/answers/rules';
import type { StatedOverride } from '@/lib/model/overrides';
import { ByteReader, ByteWriter, DecodeError } from './bytes';
import { readDecimal, writeDecimal } from './decimal';
import { readV1From, writeV1Into } from './v1';

// Version 2: the v1 answers, then the assumptions changed in a workshop. A link stores an
// assumption as its position in IDS, not its name, so renaming or reordering the model's registry
// cannot change what a link already sent says. The list is append-only: a new assumption goes at
// the end (links already sent never hold its position), and no entry ever moves or goes.
const IDS = [
  'workingHoursPerYear',
  'workingDaysPerYear',
  'fxUsdPerEur',
  'fxGbpPerEur',
  'fxChfPerEur',
  'rkEnforcementProbabilityUs',
  'rkEnforcementProbabilityUk',
  'rkEnforcementProbabilityOther',
  'rkFineShareOfRevenue',
  'rkFineMinimum',
  'regulatorInquiryMultiplier',
  'dpEnforcementProbability',
  'dpFineBase',
  'dpFineShareOfRevenue',
  'gdprCapFixed',
  'gdprCapShareOfTurnover',
  'ukGdprCapFixed',
  'nfadpBusinessFineCap',
  'lostDeviceIncidentProbability',
  'leaverIncidentProbability',
  'recordsPerIncident',
  'costPerRecord',
  'historyRebuildHours',
  'alwaysOnTurnoverUplift',
  'replacementCostShare',
  'staffAbsenceShare',
  'unloggedDealLossShare',
  'groupLimitMinutesPerDay',
  'pricePerMessage',
  'suiteLicencePerUserMonth',
  'suiteManagedServicePerUserMonth',
  'suiteOnboardingPerUser',
  'adoptionRampMonths',
  'residualFines',
  'residualDataLoss',
  'residualTurnover',
  'residualSales',
  'residualProductivity',
  'residualMessaging',
  // Appended December 2026.
  'grossMarginShare',
  'productivityRecaptureShare',
  'residualSalesWithCrm',
  // Appended December 2026 with fines per regime and the suite's whole cost; the record-keeping
  // and data-protection entries above them are retired (links holding them open without them).
  'secFineProbability',
  'secFinePerEmployee',
  'cftcFineProbability',
  'cftcFinePerEmployee',
  'fcaFineProbability',
  'fcaFinePerEmployee',
  'ofgemFineProbability',
  'ofgemFinePerEmployee',
  'mifidFineProbability',
  'mifidFinePerEmployee',
  'retentionFineProbability',
  'retentionFinePerEmployee',
  'gdprFineProbability',
  'gdprFinePerEmployee',
  'ukGdprFineProbability',
  'ukGdprFinePerEmployee',
  'fadpFineProbability',
  'fadpFinePerEmployee',
  'healthDataFineMultiplier',
  'suiteTelephonyPerUserMonth',
  'internalHoursPerUser',
  'discountRate',
  'vatRate',
] as const;

/** Ids links may hold that today's model no longer has: dropped on opening, and said so. */
export const RETIRED = new Set<string>([
  'rkEnforcementProbabilityUs',
  'rkEnforcementProbabilityUk',
  'rkEnforcementProbabilityOther',
  'rkFineShareOfRevenue',
  'rkFineMinimum',
  'dpEnforcementProbability',
  'dpFineBase',
  'dpFineShareOfRevenue',
  'gdprCapFixed',
  'gdprCapShareOfTurnover',
  'ukGdprCapFixed',
  'nfadpBusinessFineCap',
]);

/**
 * Assumptions stated in a currency: their value in a link is followed by that currency, so a value
 * is never read in another one (the MSP's prices follow the brand file's currency, which can change).
 */
const PRICED = new Set<string>([
  'fxUsdPerEur',
  'fxGbpPerEur',
  'fxChfPerEur',
  'rkFineMinimum',
  'dpFineBase',
  'gdprCapFixed',
  'ukGdprCapFixed',
  'nfadpBusinessFineCap',
  'costPerRecord',
  'pricePerMessage',
  'suiteLicencePerUserMonth',
  'suiteManagedServicePerUserMonth',
  'suiteOnboardingPerUser',
  'secFinePerEmployee',
  'cftcFinePerEmployee',
  'fcaFinePerEmployee',
  'ofgemFinePerEmployee',
  'mifidFinePerEmployee',
  'retentionFinePerEmployee',
  'gdprFinePerEmployee',
  'ukGdprFinePerEmployee',
  'fadpFinePerEmployee',
  'suiteTelephonyPerUserMonth',
]);
const CURRENCIES = ['EUR', 'GBP', 'USD', 'CHF'] as const satisfies readonly Currency[];

/** Exposed for the tests that pin the tables against the model's registry. */
export const v2Layout = { ids: IDS, priced: PRICED, currencies: CURRENCIES, retired: RETIRED };

/** One changed assumption as a link carries it; the currency is set exactly for priced ones. */
export type RawOverride = StatedOverride;

const INDEX = new Map<string, number>(IDS.map((id, i) => [id, i]));

/** Throws a RangeError for an id or currency v2 cannot carry (the codec checks them first). */
export function writeV2(answers: Record<string, unknown>, overrides: RawOverride[]): Uint8Array {
  return writeOverridesInto(writeV1Into(new ByteWriter(), answers), overrides).finish();
}

/** The overrides, as v2 and v3 write them after their answers. */
export function writeOverridesInto(w: ByteWriter, overrides: RawOverride[]): ByteWriter {
  const sorted = overrides
    .map((o) => ({ ...o, index: INDEX.get(o.id) ?? -1 }))
    .sort((a, b) => a.index - b.index);
  w.varint(BigInt(sorted.length));
  for (const { id, index, value, currency } of sorted) {
    if (index < 0) throw new RangeError(`${id}: no v2 code`);
    if (PRICED.has(id) !== (currency !== undefined)) {
      throw new RangeError(`${id}: currency ${String(currency)} does not fit v2`);
    }
    w.varint(BigInt(index));
    writeDecimal(w, value);
    if (currency !== undefined) w.byte(CURRENCIES.indexOf(currency));
  }
  return w;
}

/** The raw answers and overrides; throws DecodeError when the bytes do not fit v2. */
export function readV2(bytes: Uint8Array): {
  fields: Record<string, unknown>;
  overrides: RawOverride[];
} {
  const r = new ByteReader(bytes);
  const fields = readV1From(r);
  // One spelling per link: no overrides means a v1 link.
  const overrides = readOverridesFrom(r, { allowNone: false });
  r.end();
  return { fields, overrides };
}

/** Reads the overrides written by writeOverridesInto: ids strictly ascending, none twice. */
export function readOverridesFrom(r: ByteReader, { allowNone }: { allowNone: boolean }) {
  const count = Number(r.varint(1));
  if ((count === 0 && !allowNone) || count > IDS.length) {
    throw new DecodeError('override count out of range');
  }
  const overrides: RawOverride[] = [];
  let previous = -1;
  for (let n = 0; n < count; n++) {
    const index = Number(r.varint(1));
    if (index <= previous || index >= IDS.length) throw new DecodeError('override id out of order');
    previous = index;
    const id = IDS[index]!;
    const value = readDecimal(r);
    if (!PRICED.has(id)) {
      overrides.push({ id, value });
      continue;
    }
    const currency = CURRENCIES[r.byte()];
    if (!currency) throw new DecodeError('currency out of range');
    overrides.push({ id, value, currency });
  }
  return overrides;
}
