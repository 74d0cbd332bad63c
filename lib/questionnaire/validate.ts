import type { z } from 'zod';
import { answersSchema, type AnswerKey, type Answers } from '@/lib/answers';
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

/** Maps one zod issue to a message key, with bounds converted back to what the person typed. */
export function issueToError(issue: z.core.$ZodIssue, field: Field): FieldError {
  const shown = (n: number) => (field.kind === 'percent' ? n * 100 : n);
  switch (issue.code) {
    case 'too_small':
      return {
        key: issue.inclusive === false ? 'above' : 'min',
        params: { min: shown(Number(issue.minimum)) },
      };
    case 'too_big':
      return issue.origin === 'string'
        ? { key: 'tooLong', params: { max: Number(issue.maximum) } }
        : { key: 'max', params: { max: shown(Number(issue.maximum)) } };
    case 'invalid_type':
      if (issue.expected === 'int') return { key: 'integer' };
      return { key: isNumericKind(field.kind) ? 'number' : 'required' };
    case 'invalid_value':
      return { key: 'choice' };
    default:
      return { key: 'invalid' };
  }
}

/** Parses and validates one step's raw form values against the answers schema. */
export function validateFields(
  fields: readonly Field[],
  raw: RawValues,
  locale: string,
): StepResult {
  const errors: Partial<Record<AnswerKey, FieldError>> = {};
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const c = convert(field, raw[field.key], locale);
    if ('error' in c) errors[field.key] = c.error;
    else values[field.key] = c.value;
  }

  const mask = Object.fromEntries(fields.map((f) => [f.key, true])) as Partial<
    Record<AnswerKey, true>
  >;
  const parsed = answersSchema.pick(mask).safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as AnswerKey;
      const field = fields.find((f) => f.key === key);
      if (field && !errors[key]) errors[key] = issueToError(issue, field);
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, values: parsed.data as Partial<Answers> };
}
