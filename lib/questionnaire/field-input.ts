import { formatInputNumber } from './numbers';
import { isNumericKind, type Field } from './steps';
import { validateFields, type FieldError } from './validate';

export type FieldCheck = { ok: true; value: unknown } | { ok: false; error: FieldError };

/** One field's raw input (text, an option's value, 'true' or 'false') read and validated. */
export function checkField(field: Field, raw: string, locale: string): FieldCheck {
  const result = validateFields([field], { [field.key]: raw }, locale);
  return result.ok
    ? { ok: true, value: result.values[field.key] }
    : { ok: false, error: result.errors[field.key] ?? { key: 'invalid' } };
}

/** What a field's control shows for a stored answer: locale text for numbers, else the value. */
export function fieldText(field: Field, value: unknown, locale: string): string {
  if (value === undefined) return '';
  return isNumericKind(field.kind)
    ? formatInputNumber(value as number, locale, field.kind === 'percent')
    : String(value);
}
