'use client';

import { useState } from 'react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { Answers } from '@/lib/model';
import {
  currencyAffix,
  formatInputNumber,
  isNumericKind,
  steps,
  validateFields,
  type AnswerKey,
  type Field,
  type FieldError,
} from '@/lib/questionnaire';
import { AnswerField } from './answer-field';
import { useErrorText } from './use-error-text';

type Props = {
  answers: Answers;
  onAnswer: (key: AnswerKey, value: unknown) => void;
};

/** The questionnaire's answers in its six steps; the client name sits in the toolbar instead. */
export function AnswersPanel({ answers, onAnswer }: Props) {
  const t = useTranslations('questionnaire');
  const tw = useTranslations('workshop.answers');
  const locale = useLocale();
  const format = useFormatter();
  const errorText = useErrorText();
  // What is being typed in number boxes; a box shows the stored answer again once it is valid and left.
  const [texts, setTexts] = useState<Partial<Record<AnswerKey, string>>>({});
  const currency = answers.currency;
  const affix = currencyAffix(locale, currency);

  function check(field: Field, raw: string): { value: unknown } | { error: FieldError } {
    const result = validateFields([field], { [field.key]: raw }, locale);
    return result.ok
      ? { value: result.values[field.key] }
      : { error: result.errors[field.key] ?? { key: 'invalid' } };
  }

  function shown(field: Field): string {
    const typed = texts[field.key];
    if (typed !== undefined) return typed;
    const v = answers[field.key];
    if (v === undefined) return '';
    return isNumericKind(field.kind)
      ? formatInputNumber(v as number, locale, field.kind === 'percent')
      : String(v);
  }

  function bound(field: Field) {
    return (x: number) =>
      field.kind === 'money'
        ? format.number(x, { style: 'currency', currency, maximumFractionDigits: 0 })
        : field.kind === 'percent'
          ? format.number(x / 100, { style: 'percent', maximumFractionDigits: 2 })
          : format.number(x);
  }

  function change(field: Field, raw: string) {
    if (isNumericKind(field.kind)) setTexts((all) => ({ ...all, [field.key]: raw }));
    // Invalid input keeps the last valid answer (and result); the message says what to fix.
    const c = check(field, raw);
    if ('value' in c) onAnswer(field.key, c.value);
  }

  function leave(field: Field) {
    const raw = texts[field.key];
    if (raw !== undefined && 'value' in check(field, raw)) {
      setTexts((all) => {
        const rest = { ...all };
        delete rest[field.key];
        return rest;
      });
    }
  }

  return (
    <section aria-labelledby="answers-title" className="@container">
      <h2 id="answers-title" className="text-2xl font-bold text-slate-900">
        {tw('title')}
      </h2>
      <p className="mt-1 text-slate-700">{tw('intro')}</p>
      <div className="mt-4 space-y-6">
        {steps.map((step) => (
          <fieldset key={step.id} className="min-w-0 rounded-xl border border-slate-200 p-4">
            <legend className="px-1 text-lg font-semibold text-slate-900">
              {t(`steps.${step.id}`)}
            </legend>
            <div className="grid grid-cols-1 gap-x-5 gap-y-4 @xl:grid-cols-2">
              {step.fields
                .filter((f) => f.key !== 'clientName')
                .map((field) => {
                  const raw = texts[field.key];
                  const c = raw === undefined ? undefined : check(field, raw);
                  const error =
                    c && 'error' in c
                      ? errorText(c.error, bound(field), field.kind === 'integer' ? 1250 : 1250.5)
                      : undefined;
                  return (
                    <AnswerField
                      key={field.key}
                      field={field}
                      value={shown(field)}
                      error={error}
                      affix={field.kind === 'money' ? affix : undefined}
                      onChange={(v) => change(field, v)}
                      onBlur={() => leave(field)}
                    />
                  );
                })}
            </div>
          </fieldset>
        ))}
      </div>
    </section>
  );
}
