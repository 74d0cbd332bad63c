// The quality bars each page type is held to in `npm run perf`, checked on one run's figures:
// Lighthouse against the bare page measured in the same turns, bytes against its budget.
import type { Scores } from './lighthouse-median';
import type { PageType } from './pages';

export type BarCheck = { name: string; met: boolean; text: string };

/** Performance at most this many points below the bare page in the same run… */
export const PERFORMANCE_SLACK = 3;
/** …and at least 95 wherever the bare page reaches 98. */
const HIGH_BARE = 98;
const HIGH_FLOOR = 95;

export function checkBars(
  page: PageType,
  row: { page: Scores; bare: Scores; jsRatio: number },
): BarCheck[] {
  const { page: l, bare: b, jsRatio } = row;
  const floor = Math.max(
    b.performance - PERFORMANCE_SLACK,
    b.performance >= HIGH_BARE ? HIGH_FLOOR : 0,
  );
  const checks: BarCheck[] = [
    {
      name: 'performance',
      met: l.performance >= floor,
      text: `${l.performance} against ${b.performance} (at least ${floor})`,
    },
    { name: 'accessibility', met: l.accessibility === 100, text: `${l.accessibility}` },
    { name: 'best practices', met: l.bestPractices >= 95, text: `${l.bestPractices}` },
    // Reports, the embed and the inbox are noindex: their SEO leaves out the crawlability audit.
    { name: 'SEO', met: l.seo === 100, text: `${l.seo}` },
  ];
  if (page.budget)
    checks.push({
      name: 'JavaScript before load',
      met: jsRatio <= page.budget,
      text: `${jsRatio.toFixed(2)} × bare (budget ${page.budget})`,
    });
  return checks;
}

/** One line per page type: every bar, ✓ or ✗. */
export function barsLine(page: PageType, checks: readonly BarCheck[]): string {
  const marks = checks.map((c) => `${c.met ? '✓' : '✗'} ${c.name} ${c.text}`);
  return `${page.name.padEnd(12)} ${marks.join(' · ')}`;
}
