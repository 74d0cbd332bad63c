'use client';

import { useTranslations } from 'next-intl';
import type { AnswerKey, Answers } from '@/lib/answers';
import { helpValues } from '@/lib/questionnaire/help';
import { keyboardFor, typedLengthFor, type Field } from '@/lib/questionnaire';
import { useAnswerField } from '@/components/answers/use-answer-field';
import { AffixedInput } from '@/components/ui/affixed-input';

type Props = {
  field: Field;
  answers: Answers;
  /** The problem found when the step was sent; it stays until the answer changes. */
  error?: string;
  onAnswer: (key: AnswerKey, value: unknown) => void;
  /** Any input at all, valid or not. */
  onInput: (key: AnswerKey) => void;
};

/** One question: label, a line of help, the control, and a reserved line for its error. */
export function QuestionField({ field, answers, error, onAnswer, onInput }: Props) {
  const t = useTranslations('questionnaire');
  const { label, shown, affix, choices, change } = useAnswerField(field, answers, onAnswer);
  const id = `q-${field.key}`;
  const described = `${id}-help ${id}-error`;
  const onChange = (raw: string) => {
    onInput(field.key);
    change(raw);
  };
  const help = (
    <p id={`${id}-help`} className="mt-1 text-sm text-slate-600">
      {/* Help texts with ICU selects get their values here; the key union is too wide for t(). */}
      {(t as unknown as (key: string, values?: Record<string, string>) => string)(
        `fields.${field.key}.help`,
        helpValues(field.key, answers),
      )}
    </p>
  );
  const errorLine = (
    <p id={`${id}-error`} className="mt-1 min-h-5 text-sm font-medium text-red-700">
      {error}
    </p>
  );

  if (choices.length > 0) {
    return (
      <fieldset
        id={id}
        role="radiogroup"
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
      >
        <legend className="text-base font-semibold text-slate-900">{label}</legend>
        {help}
        <div
          className={`mt-3 grid gap-2 ${choices.length > 3 ? 'sm:grid-cols-2' : 'sm:grid-cols-3'}`}
        >
          {choices.map(([v, text]) => (
            <label
              key={v}
              className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 px-3 py-2 hover:border-slate-500 has-checked:border-brand has-checked:bg-slate-50 has-checked:font-semibold"
            >
              <input
                type="radio"
                name={field.key}
                value={v}
                checked={shown === v}
                onChange={() => onChange(v)}
                className="size-5 shrink-0 accent-brand"
              />
              <span>{text}</span>
            </label>
          ))}
        </div>
        {errorLine}
      </fieldset>
    );
  }

  const isText = field.kind === 'text';
  return (
    <div>
      <label htmlFor={id} className="block text-base font-semibold text-slate-900">
        {label}
        {isText && <span className="font-normal text-slate-600"> ({t('optional')})</span>}
      </label>
      {help}
      <AffixedInput
        id={id}
        name={field.key}
        affix={affix}
        text={isText}
        inputMode={keyboardFor(field.kind)}
        autoComplete={isText ? 'organization' : 'off'}
        maxLength={typedLengthFor(field)}
        value={shown}
        onChange={(e) => onChange(e.target.value)}
        invalid={!!error}
        describedBy={described}
        className={`mt-2 ${isText ? 'max-w-md' : 'max-w-xs'}`}
      />
      {errorLine}
    </div>
  );
}
