import type { z } from 'zod';
import { answersSchema, type Answers } from '@/lib/answers/schema';
import type { AnswerKey } from './steps';

export const answerKeys = Object.keys(answersSchema.shape) as AnswerKey[];
export const isAnswerKey = (k: string): k is AnswerKey => (answerKeys as string[]).includes(k);

/** Stored browser state parsed with its schema; null for missing, corrupt or foreign text. */
export function parseStored<S extends z.ZodType>(
  text: string | null,
  schema: S,
): z.infer<S> | null {
  if (!text) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Each stored answer is checked on its own, so one bad value costs only itself. */
export function salvageAnswers(stored: Record<string, unknown>): Answers {
  const kept: Record<string, unknown> = {};
  for (const key of answerKeys) {
    const value = stored[key];
    if (value !== undefined && answersSchema.shape[key].safeParse(value).success) kept[key] = value;
  }
  return answersSchema.parse(kept);
}
