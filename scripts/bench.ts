// Times computeReport (2,000-sample Monte Carlo plus drivers) on a large input with every risk
// switched on. Run with `npm run bench`.
import { answersSchema, computeReport } from '../lib/model';

const answers = answersSchema.parse({
  employees: 50_000,
  whatsappShare: 0.8,
  industry: 'financial-services',
  jurisdiction: 'uk',
  annualRevenue: 8_000_000_000,
  averageSalary: 70_000,
  currency: 'GBP',
  horizonYears: 5,
  recordKeepingDuty: 'yes',
  businessOnWhatsapp: 'always',
  archiving: 'none',
  personalDataInChats: 'often',
  contactSync: 'allowed',
  regulatorInquiry: true,
  devicesLostPerYear: 1_700,
  backupControl: 'none',
  leaversTakeData: 'often',
  turnoverRate: 0.2,
  afterHoursPressure: 'high',
  mixedPhones: true,
  clientFacingStaff: 12_000,
  dealsOnWhatsapp: 0.5,
  crmLogging: 'never',
  revenuePerClientFacing: 600_000,
  minutesLostPerDay: 20,
  groupsNearLimit: true,
  platformMessagesPerMonth: 2_000_000,
});
const options = {
  samples: 2000,
  suite: {
    licencePerUserMonth: 11,
    managedServicePerUserMonth: 14,
    onboardingPerUser: 90,
    currency: 'EUR' as const,
  },
};

const warmup = 30;
const runs = 200;
for (let i = 0; i < warmup; i++) computeReport(answers, options);

const times: number[] = [];
let sink = 0;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const report = computeReport(answers, options);
  times.push(performance.now() - t0);
  sink += report.netSaving;
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
const report = computeReport(answers, options);
console.log(
  `computeReport, 2,000 samples + ${report.drivers.length} drivers, ${runs} runs after ${warmup} warm-up:`,
);
console.log(
  `median ${at(0.5).toFixed(2)} ms, p90 ${at(0.9).toFixed(2)} ms, max ${at(1).toFixed(2)} ms (budget 20 ms)`,
);
if (!Number.isFinite(sink)) process.exitCode = 1;
if (at(0.5) > 20) {
  console.error('Median exceeds the 20 ms budget.');
  process.exitCode = 1;
}
