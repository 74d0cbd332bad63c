'use client';

import { memo, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { assumptionValue } from '@/lib/format/assumption';
import type { ResolvedAssumption } from '@/lib/model';
import { currencyAffix } from '@/lib/questionnaire';
import {
  SLIDER_STEPS,
  checkOverride,
  displayKind,
  fromShown,
  inputText,
  sliderPosition,
  sliderValue,
} from '@/lib/workshop';
import { useErrorText } from '@/components/answers/use-error-text';
import { AffixedInput } from '@/components/ui/affixed-input';
import { AssumptionActions } from './assumption-actions';

type Props = {
  a: ResolvedAssumption;
  /** The value without the workshop's override: the registry's, or the MSP's quoted price. */
  defaultValue: number;
  brand: string;
  onOverride: (a: ResolvedAssumption, value: number | undefined) => void;
};

/** One assumption: its value as typed or slid, default, range, unit and where it comes from. */
export const AssumptionRow = memo(function AssumptionRow({
  a,
  defaultValue,
  brand,
  onOverride,
}: Props) {
  const t = useTranslations('workshop.assumptions');
  const ta = useTranslations('assumptions');
  const tu = useTranslations('units');
  const tr = useTranslations('report.assumptions');
  const locale = useLocale();
  const errorText = useErrorText();
  const [text, setText] = useState<string>();

  const id = `a-${a.id}`;
  const label = ta(`${a.id}.label`);
  const fixed = !(a.high > a.low);
  // As the report and the methodology write it: one formatter for an assumption everywhere.
  const show = (v: number) => assumptionValue(locale, a, v, (n) => tu('times', { value: n }));
  const kind = displayKind(a.unit);
  const check = text === undefined ? undefined : checkOverride(text, a, locale);
  const error =
    check && !check.ok
      ? errorText(check.error, kind === 'number' ? 'decimal' : kind, (x) =>
          show(fromShown(x, a.unit)),
        )
      : undefined;
  const sign =
    kind === 'percent'
      ? { symbol: '%', position: 'suffix' as const }
      : kind === 'money' && a.currency
        ? currencyAffix(locale, a.currency)
        : undefined;

  function type(raw: string) {
    setText(raw);
    const c = checkOverride(raw, a, locale);
    if (c.ok) onOverride(a, c.value);
  }

  function reset() {
    setText(undefined);
    onOverride(a, undefined);
    document.getElementById(`${id}-input`)?.focus();
  }

  const meta = [
    fixed ? t('fixed') : t('default', { value: show(defaultValue) }),
    !fixed && t('range', { low: show(a.low), high: show(a.high) }),
    a.unit !== 'money' && tu(a.unit),
    a.quoted
      ? tr('quoted', { brand })
      : t('source', { publisher: a.source.publisher, year: String(a.source.year) }),
  ].filter(Boolean);

  return (
    <div
      id={id}
      className="scroll-mt-4 rounded-lg border border-slate-200 p-3 target:border-accent"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <label
          htmlFor={`${id}-input`}
          className="min-w-0 font-semibold wrap-anywhere text-slate-900"
          id={`${id}-label`}
        >
          {label}
        </label>
        {a.overridden && (
          <span className="rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-900">
            {t('changed')}
          </span>
        )}
      </div>
      {fixed ? (
        <p className="mt-1 text-lg font-semibold tabular-nums">{show(a.value)}</p>
      ) : (
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
          <AffixedInput
            id={`${id}-input`}
            name={a.id}
            affix={sign}
            inputMode="decimal"
            value={text ?? inputText(a.value, a, locale)}
            onChange={(e) => type(e.target.value)}
            onBlur={() => check?.ok && setText(undefined)}
            invalid={!!error}
            describedBy={`${id}-meta ${id}-error`}
            className="w-40 shrink-0"
          />
          <input
            type="range"
            min={0}
            max={SLIDER_STEPS}
            step={1}
            value={sliderPosition(a.value, a)}
            onChange={(e) => {
              setText(undefined);
              onOverride(a, sliderValue(Number(e.target.value), a));
            }}
            aria-label={t('slider', { label })}
            aria-valuetext={show(a.value)}
            className="h-11 min-w-32 flex-1 accent-brand"
          />
        </div>
      )}
      <p id={`${id}-error`} aria-live="polite" className="text-sm font-medium text-red-700">
        {error}
      </p>
      <p id={`${id}-meta`} className="mt-1 text-sm text-slate-600">
        {meta.join(' · ')}
      </p>
      <AssumptionActions
        id={a.id}
        label={label}
        resetLabel={
          a.overridden ? t('resetLabel', { label, value: show(defaultValue) }) : undefined
        }
        onReset={reset}
      />
    </div>
  );
});
