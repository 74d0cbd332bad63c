import { blankSheet, readStoredSheet, type AnswerSheet } from '@/lib/answers';
import { stepCount } from './steps';

/** localStorage key; bump the suffix when the draft's shape changes (old drafts are ignored). */
export const DRAFT_STORAGE_KEY = 'cost-of-free.assessment.v1';

/** The questionnaire in progress: the answer sheet and the step the person is on. */
export type Draft = AnswerSheet & { step: number };

/** The stored step, when it is one of the questionnaire's. */
function readStep(stored: Record<string, unknown>): { step: number } | null {
  const { step } = stored;
  return Number.isInteger(step) && (step as number) >= 0 && (step as number) < stepCount
    ? { step: step as number }
    : null;
}

export function initialDraft(): Draft {
  return { step: 0, ...blankSheet() };
}

/** A draft from stored text; each answer is checked on its own, so one bad value costs only itself. */
export function readDraft(text: string | null): Draft | null {
  return readStoredSheet(text, readStep);
}

export function writeDraft(draft: Draft): string {
  return JSON.stringify({ v: 1, ...draft });
}
