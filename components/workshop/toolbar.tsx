'use client';

import { useTranslations } from 'next-intl';
import type { AnswerKey, Answers } from '@/lib/answers';
import { fieldByKey, typedLengthFor } from '@/lib/questionnaire';
import { useAnswerField } from '@/components/answers/use-answer-field';
import { useErrorText } from '@/components/answers/use-error-text';
import { StartOver } from '@/components/answers/start-over';
import { AffixedInput } from '@/components/ui/affixed-input';

type NameProps = {
  answers: Answers;
  onAnswer: (key: AnswerKey, value: unknown) => void;
};

type ControlProps = {
  projector: boolean;
  onProjector: (on: boolean) => void;
  onStartOver: () => void;
};

/** The client's name: the only personal data, typed by the seller, carried in the report link. */
export function ClientNameField({ answers, onAnswer }: NameProps) {
  const t = useTranslations('workshop');
  const tq = useTranslations('questionnaire');
  const field = useAnswerField(fieldByKey.clientName, answers, onAnswer);
  const errorText = useErrorText();
  const error = field.problem && errorText(field.problem, 'text');

  return (
    <div className="mt-4 w-full max-w-md">
      <label htmlFor="w-clientName" className="block font-semibold text-slate-900">
        {field.label} <span className="font-normal text-slate-600">({tq('optional')})</span>
      </label>
      <AffixedInput
        id="w-clientName"
        name="clientName"
        text
        maxLength={typedLengthFor(fieldByKey.clientName)}
        value={field.shown}
        onChange={(e) => field.change(e.target.value)}
        onBlur={field.leave}
        invalid={!!error}
        describedBy="w-clientName-help w-clientName-error"
        className="mt-1"
      />
      <p id="w-clientName-help" className="mt-1 text-sm text-slate-600">
        {t('clientNameHelp')}
      </p>
      <p id="w-clientName-error" aria-live="polite" className="text-sm font-medium text-red-700">
        {error}
      </p>
    </div>
  );
}

/** Projector mode (large type) and start over. */
export function ViewControls({ projector, onProjector, onStartOver }: ControlProps) {
  const t = useTranslations('workshop');
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        aria-pressed={projector}
        onClick={() => onProjector(!projector)}
        className={`inline-flex min-h-11 items-center gap-2 rounded-lg border px-4 font-semibold ${projector ? 'border-brand bg-brand text-on-brand' : 'border-slate-400 bg-white text-slate-800 hover:bg-slate-50'}`}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <rect x="3" y="4" width="18" height="12" rx="1" />
          <path d="M12 16v4M8 20h8" />
        </svg>
        {t('projector')}
      </button>
      <StartOver namespace="workshop" onConfirm={onStartOver} />
    </div>
  );
}
