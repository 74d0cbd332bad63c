import type { Answers, Currency } from '@/lib/answers/rules';
import type { AssumptionId, Params } from './assumptions';
import { currencyFactor } from './currency';
import * as src from './sources';
import type { AssumptionSource } from './sources';

// Fines as a chance and a size, per regime. Each regime's yearly chance (registry) is scaled by
// how exposed the firm's chats are (the answers); its size is a sum per employee (registry),
// between a floor and a cap set here from the law and the largest published case. The expected
// yearly cost is chance × size; the report shows all three so a reader can see a 1 % chance of a
// €20,000 fine is not the same worry as a 50 % chance of €400.

export const recordKeepingRegimes = ['sec', 'cftc', 'fca', 'ofgem', 'mifid', 'retention'] as const;
export const dataProtectionRegimes = ['gdpr', 'ukGdpr', 'fadp'] as const;
export const fineRegimes = [...recordKeepingRegimes, ...dataProtectionRegimes] as const;
export type RecordKeepingRegime = (typeof recordKeepingRegimes)[number];
export type DataProtectionRegime = (typeof dataProtectionRegimes)[number];
export type FineRegime = (typeof fineRegimes)[number];

/** A bound in the regime's own currency, with the law or case it comes from. */
export interface FineBound {
  amount: number;
  source: AssumptionSource;
}

export interface RegimeSpec {
  kind: 'recordKeeping' | 'dataProtection';
  currency: Currency;
  probability: AssumptionId;
  perEmployee: AssumptionId;
  /** The smallest fine the regime's precedents show for a small firm. */
  floor: FineBound;
  /** The lower of the legal maximum and the largest published case. */
  cap: FineBound;
  /** Where the legal maximum grows with turnover (GDPR: 4 %), the cap is at least this share. */
  capShareOfRevenue?: number;
}

export const regimeSpecs: Record<FineRegime, RegimeSpec> = {
  sec: {
    kind: 'recordKeeping',
    currency: 'USD',
    probability: 'secFineProbability',
    perEmployee: 'secFinePerEmployee',
    // The self-reporting firm of January 2025; the largest single SEC penalty, JPMorgan's.
    floor: { amount: 600_000, source: src.secLastWave },
    cap: { amount: 125_000_000, source: src.sec2021JpMorgan },
  },
  cftc: {
    kind: 'recordKeeping',
    currency: 'USD',
    probability: 'cftcFineProbability',
    perEmployee: 'cftcFinePerEmployee',
    // Below Cantor's $6m, the smallest 2022 order, for firms far smaller than a swap dealer.
    floor: { amount: 500_000, source: src.cftc2022OffChannel },
    cap: { amount: 100_000_000, source: src.cftc2022OffChannel },
  },
  fca: {
    kind: 'recordKeeping',
    currency: 'GBP',
    probability: 'fcaFineProbability',
    perEmployee: 'fcaFinePerEmployee',
    floor: { amount: 100_000, source: src.fcaRecordKeeping },
    cap: { amount: 7_700_000, source: src.ofgemMorganStanley },
  },
  ofgem: {
    kind: 'recordKeeping',
    currency: 'GBP',
    probability: 'ofgemFineProbability',
    perEmployee: 'ofgemFinePerEmployee',
    // £7.7m before the 30 % settlement discount that brought it to £5.41m.
    floor: { amount: 100_000, source: src.ofgemMorganStanley },
    cap: { amount: 7_700_000, source: src.ofgemMorganStanley },
  },
  mifid: {
    kind: 'recordKeeping',
    currency: 'EUR',
    probability: 'mifidFineProbability',
    perEmployee: 'mifidFinePerEmployee',
    // MiFID II Art. 70(6)(f): member states may fine a firm at least €5m or 10 % of turnover.
    floor: { amount: 50_000, source: src.mifid2Sanctions },
    cap: { amount: 5_000_000, source: src.mifid2Sanctions },
    capShareOfRevenue: 0.1,
  },
  retention: {
    kind: 'recordKeeping',
    currency: 'EUR',
    probability: 'retentionFineProbability',
    perEmployee: 'retentionFinePerEmployee',
    // AO § 146(2c): a delay penalty of €2,500 to €250,000 for records not produced.
    floor: { amount: 2_500, source: src.aoDelayPenalty },
    cap: { amount: 250_000, source: src.aoDelayPenalty },
  },
  gdpr: {
    kind: 'dataProtection',
    currency: 'EUR',
    probability: 'gdprFineProbability',
    perEmployee: 'gdprFinePerEmployee',
    // The AEPD's smallest and largest WhatsApp-at-work fines (€2,000; €70,000 before reduction).
    floor: { amount: 2_000, source: src.aepdWhatsappFines },
    cap: { amount: 70_000, source: src.aepdWhatsappFines },
  },
  ukGdpr: {
    kind: 'dataProtection',
    currency: 'GBP',
    probability: 'ukGdprFineProbability',
    perEmployee: 'ukGdprFinePerEmployee',
    // No UK fine for WhatsApp at work yet: the EU's AEPD range, converted and rounded.
    floor: { amount: 2_000, source: src.icoLanarkshire },
    cap: { amount: 60_000, source: src.ukDataProtectionAct },
  },
  fadp: {
    kind: 'dataProtection',
    currency: 'CHF',
    probability: 'fadpFineProbability',
    perEmployee: 'fadpFinePerEmployee',
    // Art. 64(2): a business itself can be fined at most CHF 50,000.
    floor: { amount: 1_000, source: src.swissFadp },
    cap: { amount: 50_000, source: src.swissFadp },
  },
};

/** The record-keeping regime that binds the firm: its sector regulator, else commercial law. */
export function recordKeepingRegimeFor(
  a: Pick<Answers, 'industry' | 'jurisdiction'>,
): RecordKeepingRegime {
  const regulated = a.industry === 'financial-services' || a.industry === 'energy';
  if (a.jurisdiction === 'us' && a.industry === 'financial-services') return 'sec';
  if (a.jurisdiction === 'us' && a.industry === 'energy') return 'cftc';
  if (a.jurisdiction === 'uk' && a.industry === 'financial-services') return 'fca';
  if (a.jurisdiction === 'uk' && a.industry === 'energy') return 'ofgem';
  if (a.jurisdiction === 'eu' && regulated) return 'mifid';
  return 'retention';
}

const dataProtectionByJurisdiction: Record<Answers['jurisdiction'], DataProtectionRegime | null> = {
  eu: 'gdpr',
  uk: 'ukGdpr',
  ch: 'fadp',
  us: null,
  other: null,
};

export function dataProtectionRegimeFor(
  a: Pick<Answers, 'jurisdiction'>,
): DataProtectionRegime | null {
  return dataProtectionByJurisdiction[a.jurisdiction];
}

/** What the fines need from the answers (part of the model's Factors). */
export interface FineFactors {
  employees: number;
  revenue: number;
  horizonYears: number;
  inquiry: boolean;
  /** Special-category (health) data in the chats: healthcare with client data in them. */
  healthData: boolean;
  rkRegime: RecordKeepingRegime;
  /** duty × business share × archive gap, 0–1. */
  rkExposure: number;
  dpRegime: DataProtectionRegime | null;
  /** 0–1, from personal data in chats (70 %) and contact upload (30 %). */
  dpExposure: number;
}

export interface FineLine {
  regime: FineRegime;
  annualProbability: number;
  sizeIfItHappens: number;
}

function line(
  regime: FineRegime,
  exposure: number,
  multiplier: { chance: number; size: number },
  f: FineFactors,
  p: Params,
  currency: Currency,
): FineLine {
  const spec = regimeSpecs[regime];
  const k = currencyFactor(spec.currency, currency, p);
  const legalCap = spec.capShareOfRevenue
    ? Math.max(spec.cap.amount * k, spec.capShareOfRevenue * f.revenue)
    : spec.cap.amount * k;
  const floor = Math.min(spec.floor.amount * k, legalCap);
  const size = Math.min(
    legalCap,
    Math.max(floor, p[spec.perEmployee] * f.employees * multiplier.size),
  );
  return {
    regime,
    annualProbability: Math.min(1, p[spec.probability] * exposure * multiplier.chance),
    sizeIfItHappens: size,
  };
}

/**
 * The regimes that apply, with their yearly chance and size; none where nothing is exposed. A
 * past inquiry raises only the record-keeping chance (the regulator that asked is the one that
 * fines); health data raises the data-protection chance and size, within the cap.
 */
export function fineLines(f: FineFactors, p: Params, currency: Currency): FineLine[] {
  const lines: FineLine[] = [];
  if (f.rkExposure > 0) {
    const chance = f.inquiry ? p.regulatorInquiryMultiplier : 1;
    lines.push(line(f.rkRegime, f.rkExposure, { chance, size: 1 }, f, p, currency));
  }
  if (f.dpRegime && f.dpExposure > 0) {
    const m = f.healthData ? p.healthDataFineMultiplier : 1;
    lines.push(line(f.dpRegime, f.dpExposure, { chance: m, size: m }, f, p, currency));
  }
  return lines;
}

/** Expected fines a year: Σ chance × size over the regimes that apply. */
export function finesExpected(f: FineFactors, p: Params, currency: Currency): number {
  let total = 0;
  for (const l of fineLines(f, p, currency)) total += l.annualProbability * l.sizeIfItHappens;
  return total;
}
