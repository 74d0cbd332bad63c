import type { ReactNode } from 'react';

type Props = {
  name: string;
  label: ReactNode;
  error?: string;
  hint?: string;
  children: (a11y: {
    id: string;
    name: string;
    'aria-invalid'?: true;
    'aria-describedby': string;
    className: string;
  }) => ReactNode;
};

/** Label, the control, an optional hint and a reserved line for its error, tied together for screen readers. */
export function LeadField({ name, label, error, hint, children }: Props) {
  const id = `lead-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children({
        id,
        name,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': `${hint ? `${id}-hint ` : ''}${id}-error`,
        className: `mt-1 w-full rounded-lg border bg-white px-3 py-2 text-base ${error ? 'border-red-700' : 'border-slate-400'}`,
      })}
      <p id={`${id}-error`} className="mt-1 min-h-5 text-sm font-medium text-red-700">
        {error}
      </p>
    </div>
  );
}
