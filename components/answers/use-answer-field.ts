'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { AnswerKey, Answers } from '@/lib/answers';
import { checkField, currencyAffix, fieldText, type Field } from '@/lib/questionnaire';
import type { Affix } from '@/components/ui/affixed-input';

const PERCENT: Affix = { symbol: '%', position: 'suffix' };

/**
 * One answer being edited, the same in the questionnaire and the workshop: what the box shows,
 * the problem with what is typed, the unit beside it and the choices. A valid input is committed
 * at once; an invalid one keeps the last valid answer.
 */
export function useAnswerField(
  field: Field,
  answers: Answers,
  onAnswer: (key: AnswerKey, value: unknown) => void,
) {
  const t = useTranslations('questionnaire');
  const locale = useLocale();
  // What is being typed (spaces and all); the stored answer shows again once it is valid and left.
  const [text, setText] = useState<string>();
  const check = text === undefined ? undefined : checkField(field, text, locale);
  const choices: [string, string][] =
    field.kind === 'boolean'
      ? [
          ['true', t('yes')],
          ['false', t('no')],
        ]
      : field.kind === 'select'
        ? field.options.map((o) => [
            String(o),
            // Every select field has options.<value> in the messages (checked by the unit tests).
            (t as unknown as (key: string) => string)(`fields.${field.key}.options.${o}`),
          ])
        : [];

  function change(raw: string) {
    if (choices.length === 0) setText(raw);
    const c = checkField(field, raw, locale);
    if (c.ok) onAnswer(field.key, c.value);
  }

  return {
    label: t(`fields.${field.key}.label`),
    shown: text ?? fieldText(field, answers[field.key], locale),
    problem: check && !check.ok ? check.error : undefined,
    affix:
      field.kind === 'percent'
        ? PERCENT
        : field.kind === 'money'
          ? currencyAffix(locale, answers.currency)
          : undefined,
    choices,
    change,
    leave: () => {
      if (check?.ok) setText(undefined);
    },
  };
}
