import { describe, expect, it } from 'vitest';
import { answersSchema, computeReport } from '@/lib/model';
import { riskNote } from '@/lib/report/risk-notes';

const a = (over: object) => answersSchema.parse(over);

describe('riskNote', () => {
  it('names the answer behind each area', () => {
    expect(riskNote('fines', a({ recordKeepingDuty: 'yes', archiving: 'none' }))).toEqual({
      key: 'finesDutyUnarchived',
    });
    expect(riskNote('fines', a({ regulatorInquiry: true }))).toEqual({ key: 'finesInquiry' });
    expect(riskNote('fines', a({ personalDataInChats: 'never', contactSync: 'blocked' }))).toEqual({
      key: 'finesLow',
    });
    expect(riskNote('dataLoss', a({ backupControl: 'none', devicesLostPerYear: 3 }))).toEqual({
      key: 'dataLossNoBackup',
      params: { devices: 3 },
    });
    expect(riskNote('turnover', a({ afterHoursPressure: 'high', turnoverRate: 0.2 }))).toEqual({
      key: 'turnoverHigh',
      params: { rate: 0.2 },
    });
    expect(riskNote('sales', a({ dealsOnWhatsapp: 0.3, crmLogging: 'never' }))).toEqual({
      key: 'salesNeverLogged',
      params: { share: 0.3 },
    });
    expect(riskNote('sales', a({ clientFacingStaff: 0 }))).toEqual({ key: 'salesNone' });
    // 10 minutes × 220 working days = 2,200 minutes = 36.7 hours → 37.
    expect(riskNote('productivity', a({ minutesLostPerDay: 10 }))).toEqual({
      key: 'productivityMinutes',
      params: { hours: 37 },
    });
    // A workshop set 230 working days: 10 × 230 = 2,300 minutes = 38.3 hours → 38, as the figures.
    const answers = a({ minutesLostPerDay: 10 });
    const report = computeReport(answers, { overrides: { workingDaysPerYear: 230 } });
    expect(riskNote('productivity', answers, report)).toEqual({
      key: 'productivityMinutes',
      params: { hours: 38 },
    });
  });

  it('speaks of lost phones and leavers only when there are some', () => {
    // No backups and no phone lost: nothing to count, so the note has no number in it.
    expect(riskNote('dataLoss', a({ backupControl: 'none', devicesLostPerYear: 0 }))).toEqual({
      key: 'dataLossNoBackupNoLosses',
    });
    // Half a phone a year is a rate, and the note carries it as one.
    expect(riskNote('dataLoss', a({ backupControl: 'none', devicesLostPerYear: 0.5 }))).toEqual({
      key: 'dataLossNoBackup',
      params: { devices: 0.5 },
    });
    expect(riskNote('turnover', a({ afterHoursPressure: 'high', turnoverRate: 0 }))).toEqual({
      key: 'turnoverHighNoLeavers',
    });
  });
});
