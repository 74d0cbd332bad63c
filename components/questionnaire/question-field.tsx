'use client';

import { useTranslations } from 'next-intl';
import { keyboardFor, type Field } from '@/lib/questionnaire';

type Props = {
  field: Field;
  /** The text shown (numbers and names) or the chosen option's value as a string. */
  value: string;
  error?: string;
  /** Currency sign for money fields, and where the locale writes it. */
  affix?: { symbol: string; position: 'prefix' | 'suffix' };
  /** ICU values for a help text chosen by earlier answers (see lib/questionnaire/help). */
  helpValues?: Record<string, string>;
  onChange: (raw: string) => void;
};

/** One question: label, a line of help, the control, and a reserved line for its error. */
export function QuestionField({ field, value, error, affix, helpValues, onChange }: Props) {
  const t = useTranslations('questionnaire');
  const id = `q-${field.key}`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const label = t(`fields.${field.key}.label`);
  const help = (
    <p id={helpId} className="mt-1 text-sm text-slate-600">
      {/* Help texts with ICU selects get their values here; the key union is too wide for t(). */}
      {(t as unknown as (key: string, values?: Record<string, string>) => string)(
        `fields.${field.key}.help`,
        helpValues,
      )}
    </p>
  );
  const errorLine = (
    <p id={errorId} className="mt-1 min-h-5 text-sm font-medium text-red-700">
      {error}
    </p>
  );

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
    return (
      <fieldset
        id={id}
        role="radiogroup"
        aria-describedby={`${helpId} ${errorId}`}
        aria-invalid={error ? true : undefined}
      >
        <legend className="text-base font-semibold text-slate-900">{label}</legend>
        {help}
        <div
          className={`mt-3 grid gap-2 ${options.length > 3 ? 'sm:grid-cols-2' : 'sm:grid-cols-3'}`}
        >
          {options.map(([v, text]) => (
            <label
              key={v}
              className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 px-3 py-2 hover:border-slate-500 has-checked:border-brand has-checked:bg-slate-50 has-checked:font-semibold"
            >
              <input
                type="radio"
                name={field.key}
                value={v}
                checked={value === v}
                onChange={() => onChange(v!)}
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
  const percent = field.kind === 'percent';
  const sign = percent ? { symbol: '%', position: 'suffix' as const } : affix;
  const signId = `${id}-unit`;
  const adornment = sign && (
    <span
      id={signId}
      className="flex items-center bg-slate-100 px-3 font-semibold text-slate-700 select-none"
    >
      {sign.symbol}
    </span>
  );
  return (
    <div>
      <label htmlFor={id} className="block text-base font-semibold text-slate-900">
        {label}
        {isText && <span className="font-normal text-slate-600"> ({t('optional')})</span>}
      </label>
      {help}
      <div
        className={`mt-2 flex overflow-hidden rounded-lg border bg-white focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-accent ${error ? 'border-red-700' : 'border-slate-400'} ${isText ? 'max-w-md' : 'max-w-xs'}`}
      >
        {sign?.position === 'prefix' && adornment}
        <input
          id={id}
          name={field.key}
          type="text"
          inputMode={keyboardFor(field.kind)}
          autoComplete={isText ? 'organization' : 'off'}
          maxLength={isText ? field.maxLength + 20 : 24}
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={[sign ? signId : '', helpId, errorId].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          className={`min-h-11 w-full min-w-0 px-3 py-2 text-base focus:outline-none ${isText ? '' : 'text-right tabular-nums'}`}
        />
        {sign?.position === 'suffix' && adornment}
      </div>
      {errorLine}
    </div>
  );
}
