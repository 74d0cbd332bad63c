import type { Factors } from './factors';
import { finesExpected } from './fines';
import type { Params } from './assumptions';
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
  return finesExpected(f, p, f.currency);
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
