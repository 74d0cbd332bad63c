'use client';

import type { AnswerKey, Answers } from '@/lib/answers';
import { keyboardFor, typedLengthFor, type Field } from '@/lib/questionnaire';
import { useAnswerField } from '@/components/answers/use-answer-field';
import { useErrorText } from '@/components/answers/use-error-text';
import { AffixedInput } from '@/components/ui/affixed-input';

type Props = {
  field: Field;
  answers: Answers;
  onAnswer: (key: AnswerKey, value: unknown) => void;
};

/**
 * One answer, compact: the question as label, then a native select or a number box. Selects
 * keep a grid of 27 answers scannable and keyboard-fast (type-ahead, arrows). A problem shows
 * as it is typed; the result keeps the last valid answer meanwhile.
 */
export function AnswerField({ field, answers, onAnswer }: Props) {
  const { label, shown, problem, affix, choices, change, leave } = useAnswerField(
    field,
    answers,
    onAnswer,
  );
  const errorText = useErrorText(answers.currency);
  const error = problem && errorText(problem, field.kind);
  const id = `w-${field.key}`;
  const errorId = `${id}-error`;

  return (
    <div className="flex flex-col">
      <label htmlFor={id} className="text-sm leading-snug font-medium wrap-anywhere text-slate-800">
        {label}
      </label>
      <div className="mt-auto pt-1.5">
        {choices.length > 0 ? (
          <select
            id={id}
            name={field.key}
            value={shown}
            onChange={(e) => change(e.target.value)}
            aria-describedby={errorId}
            className="min-h-11 w-full min-w-0 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
          >
            {choices.map(([v, text]) => (
              <option key={v} value={v}>
                {text}
              </option>
            ))}
          </select>
        ) : (
          <AffixedInput
            id={id}
            name={field.key}
            affix={affix}
            inputMode={keyboardFor(field.kind)}
            maxLength={typedLengthFor(field)}
            value={shown}
            onChange={(e) => change(e.target.value)}
            onBlur={leave}
            invalid={!!error}
            describedBy={errorId}
          />
        )}
      </div>
      <p id={errorId} aria-live="polite" className="text-sm font-medium text-red-700">
        {error}
      </p>
    </div>
  );
}
