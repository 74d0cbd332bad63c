import type { Answers } from '@/lib/model';
import { encodeReport } from '@/lib/share';

/**
 * The report link for the workshop's answers. Link format v1 carries answers only, so assumption
 * overrides made in the workshop are not in it; the page says so next to the link.
 */
export function reportPath(locale: string, answers: Answers): string {
  return `/${locale}/report/${encodeReport(answers)}`;
}

export const LINK_CARRIES_OVERRIDES = false;
