import { checkAnswer, type AnswerIssue, type AnswerKey, type Answers } from '@/lib/answers';
import { parseLocaleNumber, percentToShare } from './numbers';
import { isNumericKind, type Field } from './steps';

/** Message keys under `validation`; components format `params` for the field's kind. */
export type ValidationKey =
  'required' | 'number' | 'integer' | 'min' | 'max' | 'above' | 'choice' | 'tooLong' | 'invalid';

export interface FieldError {
  key: ValidationKey;
  /** In the unit the person sees: percentages 0–100, money in the chosen currency. */
  params?: { min?: number; max?: number };
}

/** What the form holds: text for numbers and names, the option's value, 'true' or 'false'. */
export type RawValues = Partial<Record<AnswerKey, string>>;

export type StepResult =
  | { ok: true; values: Partial<Answers> }
  | { ok: false; errors: Partial<Record<AnswerKey, FieldError>> };

function convert(field: Field, raw: string | undefined, locale: string) {
  const text = raw?.trim() ?? '';
  if (field.kind === 'text') return { value: text === '' ? undefined : text };
  if (text === '') return { error: { key: 'required' } as FieldError };
  if (field.kind === 'boolean') {
    if (text === 'true' || text === 'false') return { value: text === 'true' };
    return { error: { key: 'choice' } as FieldError };
  }
  if (field.kind === 'select') {
    const option = field.options.find((o) => String(o) === text);
    return option === undefined ? { error: { key: 'choice' } as FieldError } : { value: option };
  }
  const n = parseLocaleNumber(text, locale);
  if (n === null) return { error: { key: 'number' } as FieldError };
  return { value: field.kind === 'percent' ? percentToShare(n) : n };
}

/** Maps why an answer was refused to a message key, with bounds in the unit the person typed. */
export function issueToError(issue: AnswerIssue, field: Field): FieldError {
  const shown = (n: number) => (field.kind === 'percent' ? n * 100 : n);
  switch (issue.code) {
    case 'min':
    case 'above':
      return { key: issue.code, params: { min: shown(issue.bound) } };
    case 'max':
      return { key: 'max', params: { max: shown(issue.bound) } };
    case 'tooLong':
      return { key: 'tooLong', params: { max: issue.bound } };
    case 'integer':
    case 'choice':
      return { key: issue.code };
    case 'type':
      return { key: isNumericKind(field.kind) ? 'number' : 'required' };
  }
}

/** Parses and checks one step's raw form values against the answers' rules. */
export function validateFields(
  fields: readonly Field[],
  raw: RawValues,
  locale: string,
): StepResult {
  const errors: Partial<Record<AnswerKey, FieldError>> = {};
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const c = convert(field, raw[field.key], locale);
    if ('error' in c) {
      errors[field.key] = c.error;
      continue;
    }
    const checked = checkAnswer(field.key, c.value);
    if (checked.ok) values[field.key] = checked.value;
    else errors[field.key] = issueToError(checked.issue, field);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, values: values as Partial<Answers> };
}
