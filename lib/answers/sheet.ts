import { profileDefaults } from './profile';
import { answerKeys, defaultAnswers, type AnswerKey, type Answers } from './rules';

/**
 * Answers plus which of them the person set: industry and jurisdiction pre-fills never overwrite
 * those. The questionnaire's draft and the workshop's state are sheets with more beside.
 */
export interface AnswerSheet {
  answers: Answers;
  edited: AnswerKey[];
}

export function blankSheet(): AnswerSheet {
  return { answers: defaultAnswers(), edited: [] };
}

/** A sheet from a report's answers (the "edit answers" link): all of them count as set. */
export function sheetFrom(answers: Answers): AnswerSheet {
  return { answers, edited: answerKeys.filter((k) => answers[k] !== undefined) };
}

/**
 * Applies the industry and jurisdiction pre-fills to every answer the person has not set
 * themselves; returns the same object when nothing changes.
 */
export function withProfileDefaults<S extends AnswerSheet>(sheet: S): S {
  const prefill = profileDefaults(sheet.answers.industry, sheet.answers.jurisdiction);
  const next: Record<string, unknown> = { ...sheet.answers };
  let changed = false;
  for (const [key, value] of Object.entries(prefill) as [AnswerKey, unknown][]) {
    if (key === 'industry' || key === 'jurisdiction' || sheet.edited.includes(key)) continue;
    if (next[key] !== value) {
      next[key] = value;
      changed = true;
    }
  }
  return changed ? { ...sheet, answers: next as Answers } : sheet;
}

/** One answer the person set (undefined clears an optional one); it is theirs from now on. */
export function editAnswer<S extends AnswerSheet>(sheet: S, key: AnswerKey, value: unknown): S {
  const answers: Record<string, unknown> = { ...sheet.answers, [key]: value };
  if (value === undefined) delete answers[key];
  const edited = sheet.edited.includes(key) ? sheet.edited : [...sheet.edited, key];
  return withProfileDefaults({ ...sheet, answers: answers as Answers, edited });
}

/** Validated answers merged without claiming them as set by the person. */
export function mergeAnswers<S extends AnswerSheet>(sheet: S, values: Partial<Answers>): S {
  const answers: Record<string, unknown> = { ...sheet.answers, ...values };
  for (const [k, v] of Object.entries(values)) if (v === undefined) delete answers[k];
  return { ...sheet, answers: answers as Answers };
}
