import type { Factors } from './factors';
import type { Params } from './resolve';
import type { ExposureCategory } from './types';

// Yearly expected cost of "free" WhatsApp per category, in the answers' currency (floats; the
// report rounds each category-year to cents once). Pure arithmetic: + − × ÷ min max only, so
// every JavaScript engine gives the same bits.
//
// Leavers appear in three categories, each for a different loss, so nothing is counted twice:
// dataLoss prices the incident when client data leaves with them (notification, investigation:
// IBM's per-record cost); turnover prices only the extra leavers that always-on messaging causes
// (recruiting and ramp-up: replacement cost); sales prices the client deals that were never in
// the CRM and so cannot be handed over (lost revenue, not covered by either of the others).

export function finesCost(f: Factors, p: Params): number {
  const inquiry = f.inquiry ? p.regulatorInquiryMultiplier : 1;

  let recordKeeping = 0;
  if (f.rkSectorWeight > 0 && f.rkExposure > 0) {
    const base =
      f.rkRegion === 'us'
        ? p.rkEnforcementProbabilityUs
        : f.rkRegion === 'uk'
          ? p.rkEnforcementProbabilityUk
          : p.rkEnforcementProbabilityOther;
    const probability = Math.min(1, base * f.rkExposure * inquiry);
    const size = Math.max(p.rkFineMinimum, p.rkFineShareOfRevenue * f.revenue);
    recordKeeping = f.rkSectorWeight * probability * size;
  }

  let dataProtection = 0;
  if (f.dpRegime !== 'none' && f.dpExposure > 0) {
    const probability = Math.min(1, p.dpEnforcementProbability * f.dpExposure * inquiry);
    // The legal maximum: GDPR Art. 83(5) and UK DPA 2018 s.157 take the higher of a fixed sum
    // and 4 % of turnover. The Swiss FADP fines individuals (up to CHF 250,000), not the firm;
    // the firm itself can be fined at most CHF 50,000 (Art. 64(2)), so that caps its cost.
    const cap =
      f.dpRegime === 'gdpr'
        ? Math.max(p.gdprCapFixed, p.gdprCapShareOfTurnover * f.revenue)
        : f.dpRegime === 'ukGdpr'
          ? Math.max(p.ukGdprCapFixed, p.gdprCapShareOfTurnover * f.revenue)
          : p.nfadpBusinessFineCap;
    const size = Math.min(cap, Math.max(p.dpFineBase, p.dpFineShareOfRevenue * f.revenue));
    dataProtection = probability * size;
  }

  return recordKeeping + dataProtection;
}

export function hourlyCost(f: Factors, p: Params): number {
  return f.salary / p.workingHoursPerYear;
}

export function dataLossCost(f: Factors, p: Params): number {
  // Scaled to what one phone or one leaver exposes, not to a global average breach.
  const incidentCost = p.recordsPerIncident * p.costPerRecord;
  const deviceIncidents = f.devicesLost * p.lostDeviceIncidentProbability * f.personalDataOnDevice;
  const leaverIncidents = f.leavers * f.leaverTakeShare * p.leaverIncidentProbability;
  const historyRebuild = f.devicesLost * f.historyLoss * p.historyRebuildHours * hourlyCost(f, p);
  return (deviceIncidents + leaverIncidents) * incidentCost + historyRebuild;
}

export function turnoverCost(f: Factors, p: Params): number {
  const extraLeavers = f.leavers * p.alwaysOnTurnoverUplift * f.pressureWeight;
  return extraLeavers * p.replacementCostShare * f.salary;
}

export function salesCost(f: Factors, p: Params): number {
  // Deals outside the CRM stall when their owner is away, and walk out when they leave. A lost
  // sale costs its margin: the goods or hours it would have taken are not paid for either.
  const exposure = p.staffAbsenceShare + f.turnoverRate;
  return f.unloggedRevenue * exposure * p.unloggedDealLossShare * p.grossMarginShare;
}

export function productivityCost(f: Factors, p: Params): number {
  // Lost minutes are priced at staff cost, but only the share that saved time would turn into
  // useful work: the rest is absorbed (a longer day, a slower task) rather than paid for.
  const minutes = f.minutesLostPerDay + (f.groupsNearLimit ? p.groupLimitMinutesPerDay : 0);
  const hours = ((f.exposedStaff * minutes) / 60) * p.workingDaysPerYear;
  return hours * hourlyCost(f, p) * p.productivityRecaptureShare;
}

export function messagingCost(f: Factors, p: Params): number {
  return f.messagesPerYear * p.pricePerMessage;
}

export function statusQuoAnnual(f: Factors, p: Params): Record<ExposureCategory, number> {
  return {
    fines: finesCost(f, p),
    dataLoss: dataLossCost(f, p),
    turnover: turnoverCost(f, p),
    sales: salesCost(f, p),
    productivity: productivityCost(f, p),
    messaging: messagingCost(f, p),
  };
}
