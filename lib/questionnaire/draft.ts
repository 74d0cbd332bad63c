import { z } from 'zod';
import { answersSchema, profileDefaults, type Answers } from '@/lib/answers/schema';
import { stepCount, type AnswerKey } from './steps';
import { answerKeys, isAnswerKey, parseStored, salvageAnswers } from './stored';

/** localStorage key; bump the suffix when the draft's shape changes (old drafts are ignored). */
export const DRAFT_STORAGE_KEY = 'cost-of-free.assessment.v1';

/**
 * The questionnaire in progress: answers so far, the step the person is on, and which answers
 * they set themselves (industry and jurisdiction defaults never overwrite those).
 */
export interface Draft {
  step: number;
  answers: Answers;
  edited: AnswerKey[];
}

const storedSchema = z.object({
  v: z.literal(1),
  step: z
    .number()
    .int()
    .min(0)
    .max(stepCount - 1),
  answers: z.record(z.string(), z.unknown()),
  edited: z.array(z.string()),
});

export function initialDraft(): Draft {
  return { step: 0, answers: answersSchema.parse({}), edited: [] };
}

/** A draft from stored text; each answer is checked on its own, so one bad value costs only itself. */
export function readDraft(text: string | null): Draft | null {
  const stored = parseStored(text, storedSchema);
  if (!stored) return null;
  return {
    step: stored.step,
    answers: salvageAnswers(stored.answers),
    edited: stored.edited.filter(isAnswerKey),
  };
}

export function writeDraft(draft: Draft): string {
  return JSON.stringify({ v: 1, ...draft });
}

/** A draft that starts from a report's answers (the "edit answers" link): all of them count as set. */
export function draftFrom(answers: Answers): Draft {
  return { step: 0, answers, edited: answerKeys.filter((k) => answers[k] !== undefined) };
}

/**
 * Applies the industry and jurisdiction pre-fills to every answer the person has not set
 * themselves; returns the same object when nothing changes.
 */
export function withProfileDefaults(draft: Draft): Draft {
  const prefill = profileDefaults(draft.answers.industry, draft.answers.jurisdiction);
  const next: Record<string, unknown> = { ...draft.answers };
  let changed = false;
  for (const [key, value] of Object.entries(prefill) as [AnswerKey, unknown][]) {
    if (key === 'industry' || key === 'jurisdiction' || draft.edited.includes(key)) continue;
    if (next[key] !== value) {
      next[key] = value;
      changed = true;
    }
  }
  return changed ? { ...draft, answers: next as Answers } : draft;
}

/** One answer the person set (undefined clears an optional one); it is theirs from now on. */
export function editAnswer(draft: Draft, key: AnswerKey, value: unknown): Draft {
  const answers: Record<string, unknown> = { ...draft.answers, [key]: value };
  if (value === undefined) delete answers[key];
  const edited = draft.edited.includes(key) ? draft.edited : [...draft.edited, key];
  return withProfileDefaults({ ...draft, answers: answers as Answers, edited });
}

/** A step's validated answers, merged without claiming them as set by the person. */
export function mergeAnswers(draft: Draft, values: Partial<Answers>): Draft {
  const answers: Record<string, unknown> = { ...draft.answers, ...values };
  for (const [k, v] of Object.entries(values)) if (v === undefined) delete answers[k];
  return { ...draft, answers: answers as Answers };
}
