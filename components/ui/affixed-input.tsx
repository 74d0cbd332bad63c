import type { ComponentProps } from 'react';
import type { Affix } from '@/lib/format/locale-symbols';

export type { Affix };

type Props = Omit<ComponentProps<'input'>, 'id' | 'className' | 'aria-describedby'> & {
  id: string;
  /** A currency sign or '%' beside the number, where the locale writes it; its id is `<id>-unit`. */
  affix?: Affix;
  invalid?: boolean;
  /** Ids of help and error lines, after the affix's. */
  describedBy?: string;
  /** Width of the box. */
  className?: string;
  /** Free text (a name) reads from the left; numbers line up on the right. */
  text?: boolean;
};

/** A text box for a number (or a name) with its unit drawn inside the border. */
export function AffixedInput({
  id,
  affix,
  invalid,
  describedBy,
  className,
  text,
  ...input
}: Props) {
  const unitId = `${id}-unit`;
  const sign = affix && (
    <span
      id={unitId}
      className="flex items-center bg-slate-100 px-3 font-semibold text-slate-700 select-none"
    >
      {affix.symbol}
    </span>
  );
  return (
    <div
      className={`flex overflow-hidden rounded-lg border bg-white focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-accent ${invalid ? 'border-red-700' : 'border-slate-400'} ${className ?? ''}`}
    >
      {affix?.position === 'prefix' && sign}
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={24}
        {...input}
        aria-describedby={[affix ? unitId : '', describedBy].filter(Boolean).join(' ') || undefined}
        aria-invalid={invalid ? true : undefined}
        className={`min-h-11 w-full min-w-0 bg-white px-3 py-2 text-base focus:outline-none ${text ? '' : 'text-right tabular-nums'}`}
      />
      {affix?.position === 'suffix' && sign}
    </div>
  );
}
