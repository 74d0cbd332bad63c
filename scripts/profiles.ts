// Prints the review's seven client profiles (lib/model/sample-profiles.ts) at the brand's prices:
// net saving, hard saving, P10/P50/P90, P(suite cheaper), verdict. `npm run profiles [--json]`.
import { readFileSync } from 'node:fs';
import { answersSchema, computeReport } from '../lib/model';
import { sampleProfiles } from '../lib/model/sample-profiles';

const brand = JSON.parse(readFileSync('content/brand.json', 'utf8'));
const suite = brand.suite;
const rows = Object.entries(sampleProfiles).map(([name, input]) => {
  const r = computeReport(answersSchema.parse(input), { suite });
  const u = r.uncertainty;
  return {
    profile: name,
    currency: r.currency,
    net: r.netSaving,
    hard: r.hardNetSaving,
    p10: u.p10,
    p50: u.p50,
    p90: u.p90,
    pSuite: u.probabilitySuiteCheaper,
    verdict: r.verdict,
    payback: r.paybackMonth,
    risk: `${r.risk.overall} ${r.risk.level}`,
  };
});
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else console.table(rows);
