'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { fieldByKey, validateFields } from '@/lib/questionnaire';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useErrorText } from './use-error-text';

type NameProps = {
  clientName: string | undefined;
  onClientName: (name: string | undefined) => void;
};

type ControlProps = {
  projector: boolean;
  onProjector: (on: boolean) => void;
  onStartOver: () => void;
};

const field = fieldByKey.clientName;

/** The client's name: the only personal data, typed by the seller, carried in the report link. */
export function ClientNameField({ clientName, onClientName }: NameProps) {
  const t = useTranslations('workshop');
  const tq = useTranslations('questionnaire');
  const locale = useLocale();
  const errorText = useErrorText();
  // While typing, the box keeps the text as typed (spaces and all); the answer is the trimmed name.
  const [text, setText] = useState<string>();
  const check = (raw: string) => validateFields([field], { clientName: raw }, locale);
  const result = text === undefined ? undefined : check(text);
  const error =
    result && !result.ok ? errorText(result.errors.clientName!, (x) => String(x)) : undefined;

  function type(raw: string) {
    setText(raw);
    const r = check(raw);
    if (r.ok) onClientName(r.values.clientName);
  }

  return (
    <div className="mt-4 w-full max-w-md">
      <label htmlFor="w-clientName" className="block font-semibold text-slate-900">
        {tq('fields.clientName.label')}{' '}
        <span className="font-normal text-slate-600">({tq('optional')})</span>
      </label>
      <input
        id="w-clientName"
        name="clientName"
        type="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        value={text ?? clientName ?? ''}
        onChange={(e) => type(e.target.value)}
        onBlur={() => result?.ok && setText(undefined)}
        aria-describedby="w-clientName-help w-clientName-error"
        aria-invalid={error ? true : undefined}
        className={`mt-1 min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base ${error ? 'border-red-700' : 'border-slate-400'}`}
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
      <ConfirmButton
        label={t('startOver')}
        question={t('startOverConfirm')}
        yes={t('startOverYes')}
        no={t('startOverNo')}
        onConfirm={onStartOver}
      />
    </div>
  );
}
