import type { Answers } from '@/lib/answers';
import { encodeAnswers } from '@/lib/report-link/seal';

export interface ReportHrefOptions {
  /** A code made with assumptions and a package (the workshop's); else the answers' own. */
  code?: string;
  /** The embed's reports live under /embed/report. */
  base?: '/report' | '/embed/report';
}

/**
 * The report page for a set of answers, `/<locale>/report/<code>`, for the assessment and the
 * workshop. Answers alone are sealed without the codec's override checks, so the assessment does
 * not ship the model's assumption registry.
 */
export function reportHref(
  locale: string,
  answers: Answers,
  { code, base = '/report' }: ReportHrefOptions = {},
): string {
  return `/${locale}${base}/${code ?? encodeAnswers(answers)}`;
}
