'use client';

import { useTranslations } from 'next-intl';
import { keyboardFor, type Field } from '@/lib/questionnaire';

type Props = {
  field: Field;
  /** Text for numbers, the option's value as a string for choices. */
  value: string;
  error?: string;
  affix?: { symbol: string; position: 'prefix' | 'suffix' };
  onChange: (raw: string) => void;
  onBlur?: () => void;
};

/**
 * One answer, compact: the question as label, then a native select or a number box. Selects
 * keep a grid of 27 answers scannable and keyboard-fast (type-ahead, arrows).
 */
export function AnswerField({ field, value, error, affix, onChange, onBlur }: Props) {
  const t = useTranslations('questionnaire');
  const id = `w-${field.key}`;
  const errorId = `${id}-error`;
  const unitId = `${id}-unit`;
  const label = t(`fields.${field.key}.label`);
  const sign = field.kind === 'percent' ? { symbol: '%', position: 'suffix' as const } : affix;
  const numeric = field.kind !== 'select' && field.kind !== 'boolean';
  const described = {
    'aria-describedby': numeric && sign ? `${unitId} ${errorId}` : errorId,
    'aria-invalid': error ? true : undefined,
  };
  const control = 'min-h-11 w-full min-w-0 bg-white px-3 py-2 text-base';

  let input;
  if (field.kind === 'select' || field.kind === 'boolean') {
    const options =
      field.kind === 'boolean'
        ? [
            ['true', t('yes')],
            ['false', t('no')],
          ]
        : field.options.map((o) => [
            String(o),
            // Every select field has options.<value> in the messages (checked by the unit tests).
            (t as unknown as (key: string) => string)(`fields.${field.key}.options.${o}`),
          ]);
    input = (
      <select
        id={id}
        name={field.key}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={`${control} rounded-lg border border-slate-400`}
        {...described}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    );
  } else {
    const adornment = sign && (
      <span
        id={unitId}
        className="flex items-center bg-slate-100 px-3 font-semibold text-slate-700 select-none"
      >
        {sign.symbol}
      </span>
    );
    input = (
      <div
        className={`flex overflow-hidden rounded-lg border focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-accent ${error ? 'border-red-700' : 'border-slate-400'}`}
      >
        {sign?.position === 'prefix' && adornment}
        <input
          id={id}
          name={field.key}
          type="text"
          inputMode={keyboardFor(field.kind)}
          autoComplete="off"
          spellCheck={false}
          maxLength={24}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          className={`${control} text-right tabular-nums focus:outline-none`}
          {...described}
        />
        {sign?.position === 'suffix' && adornment}
      </div>
    );
  }

  return (
    <div className="flex flex-col">
      <label htmlFor={id} className="text-sm leading-snug font-medium wrap-anywhere text-slate-800">
        {label}
      </label>
      <div className="mt-auto pt-1.5">{input}</div>
      <p id={errorId} aria-live="polite" className="text-sm font-medium text-red-700">
        {error}
      </p>
    </div>
  );
}
