'use client';

import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { editAnswer, mergeAnswers, type AnswerKey } from '@/lib/answers';
import {
  initialDraft,
  reportHref,
  stepCount,
  steps,
  validateFields,
  type FieldError,
  type RawValues,
} from '@/lib/questionnaire';
import { track } from '@/components/funnel/track';
import { useErrorText } from '@/components/answers/use-error-text';
import { ErrorSummary } from './error-summary';
import { QuestionField } from './question-field';
import { StepActions } from './step-actions';
import { StepHeading } from './step-heading';
import { useDraft, useDraftFromLink } from './use-draft';

/** Where the finished assessment goes: the site's report, or the embed's. */
type Props = { reportPath?: '/report' | '/embed/report' };

export function AssessmentStepper({ reportPath = '/report' }: Props) {
  const t = useTranslations('questionnaire');
  const locale = useLocale();
  const router = useRouter();
  const [draft, setDraft] = useDraft();
  const errorText = useErrorText(draft.answers.currency);
  const [errors, setErrors] = useState<Partial<Record<AnswerKey, FieldError>>>({});
  const [busy, setBusy] = useState(false);
  // Bumped on "start over" and on loading a link, so every box drops what was half-typed.
  const [generation, setGeneration] = useState(0);
  const notice = useDraftFromLink(useCallback(() => setGeneration((g) => g + 1), []));
  const heading = useRef<HTMLHeadingElement>(null);
  const step = steps[draft.step]!;

  function input(key: AnswerKey) {
    track('assessment_started');
    if (errors[key]) setErrors((all) => ({ ...all, [key]: undefined }));
  }

  function goTo(index: number, base = draft) {
    if (index > draft.step) track('step_reached', index + 1);
    setErrors({});
    setDraft({ ...base, step: index });
    window.scrollTo({ top: 0 });
    requestAnimationFrame(() => heading.current?.focus());
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    track('assessment_started');
    const form = e.currentTarget;
    const raw = Object.fromEntries(
      [...new FormData(form).entries()].map(([k, v]) => [k, String(v)]),
    ) as RawValues;
    const result = validateFields(step.fields, raw, locale);
    if (!result.ok) {
      setErrors(result.errors);
      const first = step.fields.find((f) => result.errors[f.key]);
      const control = first && form.elements.namedItem(first.key);
      const target = control instanceof RadioNodeList ? (control[0] as HTMLElement) : control;
      (target as HTMLElement | null)?.focus();
      return;
    }
    const next = mergeAnswers(draft, result.values);
    if (draft.step < stepCount - 1) return goTo(draft.step + 1, next);
    setBusy(true);
    setDraft(next);
    router.push(reportHref(locale, next.answers, { base: reportPath }));
  }

  function startOver() {
    setErrors({});
    setDraft(initialDraft());
    setGeneration((g) => g + 1);
    requestAnimationFrame(() => heading.current?.focus());
  }

  const messages = new Map(
    step.fields.flatMap((f) => {
      const e = errors[f.key];
      return e ? [[f.key, errorText(e, f.kind)] as const] : [];
    }),
  );

  return (
    <div className="mt-6">
      <StepHeading
        ref={heading}
        notice={notice}
        step={draft.step}
        total={stepCount}
        title={t(`steps.${step.id}`)}
      />
      <form
        key={`${step.id}-${generation}`}
        noValidate
        onSubmit={submit}
        aria-labelledby="step-title"
        data-step={step.id}
        className="mt-6"
      >
        <ErrorSummary errors={[...messages]} />
        <div className="space-y-6">
          {step.fields.map((field) => (
            <QuestionField
              key={field.key}
              field={field}
              answers={draft.answers}
              error={messages.get(field.key)}
              onAnswer={(key, value) => setDraft(editAnswer(draft, key, value))}
              onInput={input}
            />
          ))}
        </div>
        <StepActions
          last={draft.step === stepCount - 1}
          busy={busy}
          onBack={draft.step > 0 ? () => goTo(draft.step - 1) : undefined}
          onStartOver={startOver}
        />
      </form>
    </div>
  );
}
