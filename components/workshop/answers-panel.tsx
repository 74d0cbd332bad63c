'use client';

import { useTranslations } from 'next-intl';
import type { AnswerKey, Answers } from '@/lib/answers';
import { steps } from '@/lib/questionnaire';
import { AnswerField } from './answer-field';
import { Section } from '@/components/ui/section';

type Props = {
  answers: Answers;
  onAnswer: (key: AnswerKey, value: unknown) => void;
};

/** The questionnaire's answers in its six steps; the client name sits in the toolbar instead. */
export function AnswersPanel({ answers, onAnswer }: Props) {
  const t = useTranslations('questionnaire');
  const tw = useTranslations('workshop.answers');

  return (
    <Section
      id="answers-title"
      title={tw('title')}
      intro={<p className="mt-1 text-slate-700">{tw('intro')}</p>}
      className="@container"
    >
      <div className="mt-4 space-y-6">
        {steps.map((step) => (
          <fieldset
            key={step.id}
            className="render-when-near min-w-0 rounded-xl border border-slate-200 p-4"
          >
            <legend className="px-1 text-lg font-semibold text-slate-900">
              {t(`steps.${step.id}`)}
            </legend>
            <div className="grid grid-cols-1 gap-x-5 gap-y-4 @xl:grid-cols-2">
              {step.fields
                .filter((f) => f.key !== 'clientName')
                .map((field) => (
                  <AnswerField
                    key={field.key}
                    field={field}
                    answers={answers}
                    onAnswer={onAnswer}
                  />
                ))}
            </div>
          </fieldset>
        ))}
      </div>
    </Section>
  );
}
