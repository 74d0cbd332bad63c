'use client';

import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import type { Answers } from '@/lib/answers/schema';
import {
  currencyAffix,
  draftFrom,
  editAnswer,
  formatInputNumber,
  initialDraft,
  isNumericKind,
  mergeAnswers,
  parseLocaleNumber,
  percentToShare,
  stepCount,
  steps,
  validateFields,
  type AnswerKey,
  type Field,
  type FieldError,
  type RawValues,
} from '@/lib/questionnaire';
import { helpValues } from '@/lib/questionnaire/help';
import { encodeAnswers } from '@/lib/report-link/seal';
import { track } from '@/components/funnel/track';
import { ErrorSummary } from './error-summary';
import { QuestionField } from './question-field';
import { StartOver } from './start-over';
import { StepProgress } from './step-progress';
import { useDraft } from './use-draft';

type Props = {
  /** Answers from a report link (`?from=`), already decoded on the server. */
  from?: Answers;
  notice?: 'fromReport' | 'badFrom';
  /** Where the finished assessment goes: the site's report, or the embed's (`/embed/report`). */
  reportPath?: string;
};

const EXAMPLES = { integer: 1250, decimal: 2.5, money: 60000, percent: 15 } as const;

export function AssessmentStepper({ from, notice, reportPath = '/report' }: Props) {
  const t = useTranslations('questionnaire');
  const tv = useTranslations('validation');
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const [draft, setDraft] = useDraft();
  const [texts, setTexts] = useState<RawValues>({});
  const [errors, setErrors] = useState<Partial<Record<AnswerKey, FieldError>>>({});
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = useRef(false);

  // A report's "edit answers" link replaces the draft once, then the address loses its ?from=
  // so a reload keeps the edits made since.
  useLayoutEffect(() => {
    if (!from || loaded.current) return;
    loaded.current = true;
    setDraft(draftFrom(from));
    window.history.replaceState(null, '', window.location.pathname);
  }, [from, setDraft]);

  const step = steps[draft.step]!;
  const currency = draft.answers.currency;
  const moneyAffix = currencyAffix(locale, currency);

  function shown(field: Field): string {
    const typed = texts[field.key];
    if (typed !== undefined) return typed;
    const v = draft.answers[field.key];
    if (v === undefined) return '';
    if (isNumericKind(field.kind))
      return formatInputNumber(v as number, locale, field.kind === 'percent');
    return String(v);
  }

  function errorText(field: Field, e: FieldError): string {
    const n = (x: number) =>
      field.kind === 'money'
        ? format.number(x, { style: 'currency', currency, maximumFractionDigits: 0 })
        : field.kind === 'percent'
          ? format.number(x / 100, { style: 'percent', maximumFractionDigits: 2 })
          : format.number(x);
    switch (e.key) {
      case 'number': {
        const kind = isNumericKind(field.kind) ? (field.kind as keyof typeof EXAMPLES) : 'decimal';
        return tv('number', { example: format.number(EXAMPLES[kind]) });
      }
      case 'min':
      case 'above':
        return tv(e.key, { min: n(e.params?.min ?? 0) });
      case 'max':
        return tv('max', { max: n(e.params?.max ?? 0) });
      case 'tooLong':
        return tv('tooLong', { max: format.number(e.params?.max ?? 0) });
      default:
        return tv(e.key);
    }
  }

  function change(field: Field, raw: string) {
    track('assessment_started');
    if (errors[field.key]) {
      setErrors((all) => {
        const rest = { ...all };
        delete rest[field.key];
        return rest;
      });
    }
    if (field.kind === 'select') {
      const option = field.options.find((o) => String(o) === raw);
      if (option !== undefined) setDraft(editAnswer(draft, field.key, option));
      return;
    }
    if (field.kind === 'boolean') {
      setDraft(editAnswer(draft, field.key, raw === 'true'));
      return;
    }
    setTexts((all) => ({ ...all, [field.key]: raw }));
    if (field.kind === 'text') {
      setDraft(editAnswer(draft, field.key, raw.trim() === '' ? undefined : raw.trim()));
      return;
    }
    // Saved as soon as it reads as a number; half-typed text waits for the next keystroke.
    const n = parseLocaleNumber(raw, locale);
    if (n !== null)
      setDraft(editAnswer(draft, field.key, field.kind === 'percent' ? percentToShare(n) : n));
  }

  function goTo(index: number, base = draft) {
    if (index > draft.step) track('step_reached', index + 1);
    setTexts({});
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
    if (draft.step < stepCount - 1) {
      goTo(draft.step + 1, next);
      return;
    }
    setBusy(true);
    setDraft(next);
    router.push(`${reportPath}/${encodeAnswers(next.answers)}`);
  }

  function startOver() {
    setTexts({});
    setErrors({});
    setDraft(initialDraft());
    requestAnimationFrame(() => heading.current?.focus());
  }

  const listed = step.fields
    .filter((f) => errors[f.key])
    .map((f) => [f.key, errorText(f, errors[f.key]!)] as [AnswerKey, string]);

  return (
    <div className="mt-6">
      {notice && (
        <p
          role="status"
          className={`mb-6 rounded-lg p-3 text-sm ${notice === 'badFrom' ? 'bg-amber-50 text-amber-900' : 'bg-slate-100 text-slate-800'}`}
        >
          {t(notice)}
        </p>
      )}
      <StepProgress current={draft.step + 1} total={stepCount} />
      <h2
        id="step-title"
        ref={heading}
        tabIndex={-1}
        className="mt-6 text-2xl font-bold text-slate-900 focus:outline-none"
      >
        {t(`steps.${step.id}`)}
      </h2>
      <form
        key={step.id}
        noValidate
        onSubmit={submit}
        aria-labelledby="step-title"
        data-step={step.id}
        className="mt-6"
      >
        <ErrorSummary errors={listed} />
        <div className="space-y-6">
          {step.fields.map((field) => (
            <QuestionField
              key={field.key}
              field={field}
              value={shown(field)}
              error={errors[field.key] && errorText(field, errors[field.key]!)}
              affix={field.kind === 'money' ? moneyAffix : undefined}
              helpValues={helpValues(field.key, draft.answers)}
              onChange={(raw) => change(field, raw)}
            />
          ))}
        </div>
        <div className="mt-8 flex flex-wrap items-center gap-3 border-t border-slate-200 pt-6">
          <button
            type="submit"
            disabled={busy}
            className="min-h-11 rounded-lg bg-brand px-6 py-2 text-base font-semibold text-on-brand hover:opacity-90 disabled:opacity-60"
          >
            {draft.step === stepCount - 1 ? t('finish') : t('next')}
          </button>
          {draft.step > 0 && (
            <button
              type="button"
              onClick={() => goTo(draft.step - 1)}
              className="min-h-11 rounded-lg border border-slate-400 px-5 py-2 text-base font-semibold hover:bg-slate-50"
            >
              {t('back')}
            </button>
          )}
          <div className="ml-auto">
            <StartOver onConfirm={startOver} />
          </div>
        </div>
      </form>
    </div>
  );
}
