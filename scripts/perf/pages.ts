// The page types `npm run perf` measures and the byte budget each one keeps, as a multiple of the
// bare Next.js + next-intl + Tailwind page's JavaScript before `load` (bench/js-baseline.json).
import { answersSchema } from '../../lib/model';
import { encodeReport } from '../../lib/report-link';

export type PageType = {
  name: string;
  path: string;
  /** JavaScript before load, at most this many times the bare page's (the inbox has none). */
  budget?: number;
  /** noindex on purpose: the SEO crawlability audit does not apply. */
  noindex?: boolean;
};

const report = encodeReport(answersSchema.parse({ employees: 120, industry: 'retail' }));

export const pageTypes: PageType[] = [
  { name: 'landing', path: '/en', budget: 1.1 },
  { name: 'assessment', path: '/en/assessment', budget: 1.25 },
  { name: 'report', path: `/en/report/${report}`, budget: 1.25, noindex: true },
  { name: 'workshop', path: '/en/workshop', budget: 1.25 },
  { name: 'methodology', path: '/en/methodology', budget: 1.1 },
  { name: 'article', path: '/en/insights/the-real-cost-of-free-messaging', budget: 1.1 },
  { name: 'embed', path: '/en/embed', budget: 1.25, noindex: true },
  { name: 'inbox login', path: '/en/inbox', noindex: true },
];

export const BASELINE_FILE = 'bench/js-baseline.json';
export type Baseline = { date: string; next: string; nextIntl: string; beforeLoad: number };
