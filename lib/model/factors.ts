import type { Answers, Currency } from '@/lib/answers/rules';
import { dataProtectionRegimeFor, recordKeepingRegimeFor, type FineFactors } from './fines';

/**
 * How categorical answers translate into numbers. These define what an answer means (e.g. "often"
 * = 60 % of business matters); they are not outside-world estimates, so they are not in the
 * assumption registry. Exported for the methodology page.
 */
export const answerScales = {
  /** Share of business matters that go over WhatsApp. */
  businessOnWhatsapp: { never: 0, sometimes: 0.2, often: 0.6, always: 1 },
  /** Share of that messaging missing from the archive. */
  archiving: { none: 1, partial: 0.5, full: 0.05 },
  /** Weight of a declared record-keeping duty ("unsure" counts half). */
  recordKeepingDuty: { yes: 1, unsure: 0.5, no: 0 },
  /** Customer personal data in chats, as a share of the worst case. */
  personalDataInChats: { never: 0, sometimes: 0.5, often: 1 },
  /** Address-book upload exposure (third parties' numbers leave the company). */
  contactSync: { allowed: 1, unknown: 0.6, blocked: 0 },
  /** Personal data on a lost phone: even "never" leaves contacts and names on it. */
  personalDataOnDevice: { never: 0.25, sometimes: 0.6, often: 1 },
  /** Chance a lost phone's chat history cannot be restored. */
  historyLoss: { company: 0.05, personal: 0.5, none: 1 },
  /** Share of leavers who keep client contacts or history (Ponemon: 59 % took data). */
  leaversTakeData: { never: 0, sometimes: 0.25, often: 0.6 },
  /** Share of the full always-on turnover uplift that after-hours pressure brings (at most 0.8). */
  afterHoursPressure: { low: 0, medium: 0.4, high: 0.8 },
  /** The rest of it, when work and private chats share one phone: the weight never exceeds 1. */
  mixedPhones: 0.2,
  /** Share of WhatsApp deals that never reach the CRM. */
  crmLogging: { always: 0, sometimes: 0.5, never: 1 },
} as const;

/** Everything the cost model needs from the answers, computed once per report. */
export interface Factors extends FineFactors {
  currency: Currency;
  horizonYears: number;
  licensedUsers: number;
  /** Share of licensed users whose licences already include chat and meetings. */
  licencesPaidShare: number;
  vatRecoverable: boolean;
  /** employees × whatsappShare (not rounded): the staff exposed to the status quo. */
  exposedStaff: number;
  salary: number;
  /** Lost phones a year that carry work WhatsApp. */
  devicesLost: number;
  personalDataOnDevice: number;
  historyLoss: number;
  leavers: number;
  leaverTakeShare: number;
  turnoverRate: number;
  pressureWeight: number;
  /** Yearly client-facing revenue on WhatsApp that never reaches the CRM. */
  unloggedRevenue: number;
  /** unloggedRevenue per unit of the deals-on-WhatsApp share (the simulation varies that share). */
  unloggedRevenuePerDealShare: number;
  /** The suite's offer includes CRM integration (brand file), so it can log deals, not only keep them. */
  crmIntegration: boolean;
  minutesLostPerDay: number;
  groupsNearLimit: boolean;
  messagesPerYear: number;
}

/** Licensed users = ceil(employees × whatsappShare), at least 1; the tolerance absorbs float noise (0.07 × 100 = 7.000000000000001). */
export function licensedUsersFor(answers: Pick<Answers, 'employees' | 'whatsappShare'>): number {
  return Math.max(1, Math.ceil(answers.employees * answers.whatsappShare - 1e-7));
}

export function factorsFor(a: Answers, { crmIntegration = false } = {}): Factors {
  const s = answerScales;
  const exposedStaff = a.employees * a.whatsappShare;
  const present = exposedStaff > 0 ? 1 : 0;
  const clientFacingRevenue = Math.min(a.clientFacingStaff, a.employees) * a.revenuePerClientFacing;
  const revenueBase =
    a.annualRevenue > 0 ? Math.min(clientFacingRevenue, a.annualRevenue) : clientFacingRevenue;
  const unloggedRevenuePerDealShare = present * revenueBase * s.crmLogging[a.crmLogging];
  return {
    currency: a.currency,
    horizonYears: a.horizonYears,
    licensedUsers: licensedUsersFor(a),
    licencesPaidShare: a.licencesAlreadyPaidShare,
    vatRecoverable: a.vatRecoverable,
    exposedStaff,
    salary: a.averageSalary,
    employees: a.employees,
    revenue: a.annualRevenue,
    inquiry: a.regulatorInquiry,
    healthData: a.industry === 'healthcare' && a.personalDataInChats !== 'never',
    rkRegime: recordKeepingRegimeFor(a),
    rkExposure:
      present *
      s.recordKeepingDuty[a.recordKeepingDuty] *
      s.businessOnWhatsapp[a.businessOnWhatsapp] *
      s.archiving[a.archiving],
    dpRegime: dataProtectionRegimeFor(a),
    dpExposure:
      present *
      (0.7 * s.personalDataInChats[a.personalDataInChats] + 0.3 * s.contactSync[a.contactSync]),
    devicesLost: Math.min(a.devicesLostPerYear, a.employees) * a.whatsappShare,
    personalDataOnDevice: s.personalDataOnDevice[a.personalDataInChats],
    historyLoss: s.historyLoss[a.backupControl],
    leavers: exposedStaff * a.turnoverRate,
    leaverTakeShare: s.leaversTakeData[a.leaversTakeData],
    turnoverRate: a.turnoverRate,
    pressureWeight:
      s.afterHoursPressure[a.afterHoursPressure] + (a.mixedPhones ? s.mixedPhones : 0),
    unloggedRevenue: unloggedRevenuePerDealShare * a.dealsOnWhatsapp,
    unloggedRevenuePerDealShare,
    crmIntegration,
    minutesLostPerDay: a.minutesLostPerDay,
    groupsNearLimit: a.groupsNearLimit,
    messagesPerYear: a.platformMessagesPerMonth * 12,
  };
}
