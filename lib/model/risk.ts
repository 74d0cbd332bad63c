import type { Answers, Industry, Jurisdiction } from '@/lib/answers/rules';
import { answerScales as s, factorsFor } from './factors';
import { roundHalfAwayFromZero } from './money';
import { riskCategories, type RiskCategory, type RiskLevel, type RiskProfile } from './types';

// Risk scores measure exposure from the answers, not money: 0 = nothing exposed, 100 = the worst
// answer on every input of that area. Each score is a weighted sum of answer scales in [0, 1].

/**
 * How strongly the sector's records are policed where commercial law is the only duty: record-
 * bound sectors 0.7, others 0.3. A sector regulator (SEC, CFTC, FCA, Ofgem, MiFID) counts 1.
 */
const sectorRecordRisk: Record<Industry, number> = {
  'financial-services': 1,
  energy: 1,
  healthcare: 0.7,
  'public-sector': 0.7,
  legal: 0.7,
  'professional-services': 0.3,
  retail: 0.3,
  manufacturing: 0.3,
  other: 0.3,
};

/** Data-protection regime strength: GDPR and UK GDPR 1, Swiss FADP 0.8, elsewhere 0.5. */
const regimeRisk: Record<Jurisdiction, number> = { eu: 1, uk: 1, ch: 0.8, us: 0.5, other: 0.5 };

/** Twice the 4.3 % yearly loss rate of work phones (McAfee/Ponemon) scores the device part 100 %. */
const deviceLossRateCeiling = 0.086;

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

function exposures(a: Answers): Record<RiskCategory, number> {
  const f = factorsFor(a);
  const { exposedStaff, devicesLost } = f;
  if (exposedStaff <= 0) return { fines: 0, dataLoss: 0, turnover: 0, sales: 0, productivity: 0 };

  // Each score uses the answers that drive its area's money, and is 0 where the money is 0: a
  // score never says "at risk" where the cost model finds nothing to lose.
  // Fines: record keeping (regime strength × duty × business share × archive gap) and data
  // protection (regime × personal data 70 % / contact upload 30 %), combined as independent
  // risks; a past regulator inquiry raises the record-keeping part by a quarter, as in the money.
  const inquiry = a.regulatorInquiry ? 1.25 : 1;
  const strength = f.rkRegime === 'retention' ? sectorRecordRisk[a.industry] : 1;
  const recordKeeping = clamp01(strength * f.rkExposure * inquiry);
  const dataProtection =
    f.dpRegime === null
      ? 0
      : clamp01(regimeRisk[a.jurisdiction] * f.dpExposure * (f.healthData ? 1.25 : 1));
  const fines = 1 - (1 - recordKeeping) * (1 - dataProtection);

  // Data loss: backup gap 35 % and lost-phone rate 30 % (both only where phones are lost),
  // leavers keeping data 35 %; scaled from half to full by how much personal data a phone holds.
  const lossRate = devicesLost / exposedStaff;
  const phones = devicesLost > 0 ? 1 : 0;
  const dataLoss =
    (0.35 * phones * s.historyLoss[a.backupControl] +
      0.35 * (f.leavers > 0 ? s.leaversTakeData[a.leaversTakeData] / s.leaversTakeData.often : 0) +
      0.3 * clamp01(lossRate / deviceLossRateCeiling)) *
    (0.5 + 0.5 * s.personalDataOnDevice[a.personalDataInChats]);

  // Turnover: the pressure weight (after-hours pressure and mixed phones, at most 1) times the
  // yearly turnover (20 % and up = full): with no leavers, pressure adds none.
  const turnover = f.pressureWeight * clamp01(a.turnoverRate / 0.2);

  // Sales: share of deals on WhatsApp (half or more = full) × how little reaches the CRM.
  const sales =
    f.unloggedRevenue > 0 ? clamp01(a.dealsOnWhatsapp / 0.5) * s.crmLogging[a.crmLogging] : 0;

  // Productivity: minutes lost per day (30 or more = full) 85 %, groups near the size limit 15 %.
  const productivity = 0.85 * clamp01(a.minutesLostPerDay / 30) + (a.groupsNearLimit ? 0.15 : 0);

  return { fines, dataLoss, turnover, sales, productivity };
}

/**
 * Rounds a 0–100 score half away from zero after snapping float noise to 1e-6, so a weighted
 * sum that is 57.5 on paper (but 57.49999999999999 in binary) scores 58, as by hand.
 */
function roundScore(x: number): number {
  return roundHalfAwayFromZero(Math.round(x * 1e6) / 1e6);
}

export function riskLevel(score: number): RiskLevel {
  if (score < 25) return 'low';
  if (score < 50) return 'moderate';
  if (score < 75) return 'high';
  return 'critical';
}

/** Scores 0–100 per area; overall leans on the worst area (60 % worst, 40 % mean). */
export function riskProfile(a: Answers): RiskProfile {
  const e = exposures(a);
  const byCategory = {} as Record<RiskCategory, number>;
  let worst = 0;
  let sum = 0;
  for (const c of riskCategories) {
    const score = roundScore(clamp01(e[c]) * 100);
    byCategory[c] = score;
    worst = Math.max(worst, score);
    sum += score;
  }
  const overall = roundScore(0.6 * worst + (0.4 * sum) / riskCategories.length);
  return { overall, level: riskLevel(overall), byCategory };
}
