import { answerKeys, checkAnswer, isAnswerKey, parseAnswers, type Answers } from './rules';
import type { AnswerSheet } from './sheet';

type StoredObject = Record<string, unknown>;

const isObject = (x: unknown): x is StoredObject =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Stored browser state as an object; null for missing, corrupt or foreign text. */
export function parseStored(text: string | null): StoredObject | null {
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Each stored answer is checked on its own, so one bad value costs only itself. */
export function salvageAnswers(stored: StoredObject): Answers {
  const kept: StoredObject = {};
  for (const key of answerKeys) {
    const c = checkAnswer(key, stored[key]);
    if (c.ok && c.value !== undefined) kept[key] = c.value;
  }
  return parseAnswers(kept);
}

/**
 * A sheet stored with more beside it (a draft's step, a workshop's overrides), as version 1:
 * null for missing, corrupt or foreign text, or when `readExtra` refuses what is beside the
 * sheet; each answer checked on its own.
 */
export function readStoredSheet<E extends object>(
  text: string | null,
  readExtra: (stored: StoredObject) => E | null,
): (E & AnswerSheet) | null {
  const stored = parseStored(text);
  if (!stored || stored.v !== 1 || !isObject(stored.answers)) return null;
  const { edited } = stored;
  if (!Array.isArray(edited) || !edited.every((k) => typeof k === 'string')) return null;
  const extra = readExtra(stored);
  return extra && { ...extra, ...salvageSheet({ answers: stored.answers, edited }) };
}

/** A stored sheet with its bad answers and unknown names dropped. */
export function salvageSheet(stored: { answers: StoredObject; edited: string[] }): AnswerSheet {
  return { answers: salvageAnswers(stored.answers), edited: stored.edited.filter(isAnswerKey) };
}
