import { z } from 'zod';
import { answerKeys, answersSchema, isAnswerKey, type Answers } from './schema';
import type { AnswerSheet } from './sheet';

/** A stored sheet's fields before salvage: anything, checked one answer at a time. */
export const storedSheetShape = {
  answers: z.record(z.string(), z.unknown()),
  edited: z.array(z.string()),
};

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

/**
 * A sheet stored with more beside it (a draft's step, a workshop's overrides), as version 1:
 * null for missing, corrupt or foreign text; each answer checked on its own.
 */
export function readStoredSheet<E extends z.ZodRawShape>(
  text: string | null,
  extra: E,
): (z.output<z.ZodObject<E>> & AnswerSheet) | null {
  const schema = z.object({ ...extra, v: z.literal(1), ...storedSheetShape });
  const stored = parseStored(text, schema) as Record<string, unknown> | null;
  if (!stored) return null;
  const sheet = salvageSheet(stored as z.output<z.ZodObject<typeof storedSheetShape>>);
  const read: Record<string, unknown> = { ...stored, ...sheet };
  delete read.v;
  return read as z.output<z.ZodObject<E>> & AnswerSheet;
}

/** A stored sheet with its bad answers and unknown names dropped. */
export function salvageSheet(stored: {
  answers: Record<string, unknown>;
  edited: string[];
}): AnswerSheet {
  return { answers: salvageAnswers(stored.answers), edited: stored.edited.filter(isAnswerKey) };
}
