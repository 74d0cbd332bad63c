import { assumptionById, type Answers, type Report, type RiskCategory } from '@/lib/model';

/** Message keys under `report.notes`, with ICU arguments (shares 0–1, counts, hours). */
export type RiskNote =
  | { key: 'finesInquiry' | 'finesDutyUnarchived' | 'finesDutyUnsure' | 'finesLow' }
  | { key: 'finesPersonalData' | 'finesPersonalDataOnly' | 'finesContactSync' }
  | { key: 'dataLossNoBackup' | 'dataLossPersonalBackup'; params: { devices: number } }
  | { key: 'dataLossNoBackupNoLosses' | 'dataLossLeavers' | 'dataLossControlled' }
  | { key: 'turnoverHigh'; params: { rate: number } }
  | { key: 'turnoverHighNoLeavers' }
  | { key: 'turnoverMixed' | 'turnoverMedium' | 'turnoverLow' }
  | { key: 'salesNone' }
  | {
      key: 'salesNeverLogged' | 'salesSometimesLogged' | 'salesLogged';
      params: { share: number };
    }
  | { key: 'productivityMinutes' | 'productivityMinutesGroups'; params: { hours: number } }
  | { key: 'productivityGroups' | 'productivityLow' };

const unarchived = (a: Answers) => a.archiving !== 'full' && a.businessOnWhatsapp !== 'never';

function fines(a: Answers): RiskNote {
  if (a.regulatorInquiry && a.archiving !== 'full') return { key: 'finesInquiry' };
  if (a.recordKeepingDuty === 'yes' && unarchived(a)) return { key: 'finesDutyUnarchived' };
  if (a.recordKeepingDuty === 'unsure' && unarchived(a)) return { key: 'finesDutyUnsure' };
  const personal = a.personalDataInChats !== 'never';
  if (personal && a.contactSync !== 'blocked') return { key: 'finesPersonalData' };
  if (personal) return { key: 'finesPersonalDataOnly' };
  if (a.contactSync === 'allowed') return { key: 'finesContactSync' };
  return { key: 'finesLow' };
}

function dataLoss(a: Answers): RiskNote {
  const devices = a.devicesLostPerYear;
  // A sentence about lost phones needs lost phones; the count is a yearly rate and may be 0.5.
  if (a.backupControl === 'none' && devices > 0) {
    return { key: 'dataLossNoBackup', params: { devices } };
  }
  if (a.backupControl === 'none') return { key: 'dataLossNoBackupNoLosses' };
  if (a.backupControl === 'personal' && devices > 0) {
    return { key: 'dataLossPersonalBackup', params: { devices } };
  }
  if (a.leaversTakeData !== 'never') return { key: 'dataLossLeavers' };
  return { key: 'dataLossControlled' };
}

function turnover(a: Answers): RiskNote {
  if (a.afterHoursPressure === 'high' && a.turnoverRate > 0)
    return { key: 'turnoverHigh', params: { rate: a.turnoverRate } };
  if (a.afterHoursPressure === 'high') return { key: 'turnoverHighNoLeavers' };
  if (a.afterHoursPressure === 'low' && !a.mixedPhones) return { key: 'turnoverLow' };
  if (a.mixedPhones) return { key: 'turnoverMixed' };
  return { key: 'turnoverMedium' };
}

function sales(a: Answers): RiskNote {
  if (a.clientFacingStaff === 0 || a.dealsOnWhatsapp === 0) return { key: 'salesNone' };
  const params = { share: a.dealsOnWhatsapp };
  if (a.crmLogging === 'never') return { key: 'salesNeverLogged', params };
  if (a.crmLogging === 'sometimes') return { key: 'salesSometimesLogged', params };
  return { key: 'salesLogged', params };
}

function productivity(a: Answers, workingDays: number): RiskNote {
  if (a.minutesLostPerDay > 0) {
    // Minutes a day over the report's working days, in whole hours per person and year.
    const hours = Math.round((a.minutesLostPerDay * workingDays) / 60);
    return {
      key: a.groupsNearLimit ? 'productivityMinutesGroups' : 'productivityMinutes',
      params: { hours },
    };
  }
  return { key: a.groupsNearLimit ? 'productivityGroups' : 'productivityLow' };
}

const pick: Record<RiskCategory, (a: Answers, workingDays: number) => RiskNote> = {
  fines,
  dataLoss,
  turnover,
  sales,
  productivity,
};

/**
 * One sentence per risk area that says which of the person's answers drives it. Given the report,
 * its hours use the working days it was computed with (a workshop may have changed them).
 */
export function riskNote(
  category: RiskCategory,
  answers: Answers,
  report?: Pick<Report, 'assumptions'>,
): RiskNote {
  const days =
    report?.assumptions.find((x) => x.id === 'workingDaysPerYear')?.value ??
    assumptionById.workingDaysPerYear.value;
  return pick[category](answers, days);
}
