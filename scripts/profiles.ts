// Prints the review's seven client profiles (lib/model/sample-profiles.ts) at each of the sample
// brand's packages: net saving, NPV, hard saving, P10/P50/P90, P(suite cheaper), verdict, payback,
// and each profile's fines by regime. `npm run profiles [--json]`.
import { readFileSync } from 'node:fs';
import { answersSchema, choosePackage, computeReport, type PriceBook } from '../lib/model';
import { sampleProfiles } from '../lib/model/sample-profiles';

const book = JSON.parse(readFileSync('content/brand.json', 'utf8')).suite as PriceBook;
const rows = [];
const fines = [];
for (const [name, input] of Object.entries(sampleProfiles)) {
  const answers = answersSchema.parse(input);
  for (const pkg of book.packages) {
    const r = computeReport(answers, { suite: choosePackage(book, pkg.id).pricing });
    const u = r.uncertainty;
    rows.push({
      profile: name,
      package: pkg.id,
      currency: r.currency,
      net: r.netSaving,
      npv: r.npvNetSaving,
      hard: r.hardNetSaving,
      p10: u.p10,
      p50: u.p50,
      p90: u.p90,
      pSuite: u.probabilitySuiteCheaper,
      verdict: r.verdict,
      payback: r.paybackMonth,
      risk: `${r.risk.overall} ${r.risk.level}`,
    });
    if (pkg.id === book.defaultPackage) {
      for (const f of r.fines) {
        fines.push({
          profile: name,
          regime: f.regime,
          chancePerYear: f.annualProbability,
          ifItHappens: f.sizeIfItHappens,
          overHorizon: f.probabilityOverHorizon,
          expectedPerYear: f.expectedPerYear,
          currency: r.currency,
        });
      }
    }
  }
}
if (process.argv.includes('--json')) console.log(JSON.stringify({ rows, fines }, null, 2));
else {
  console.table(rows);
  console.table(fines);
}
