import type { ReactNode } from 'react';

/** Cell classes for the rows a DataTable's user writes: numbers right-aligned, a row's name left. */
export const cells = {
  number: 'px-2 py-2 text-right tabular-nums sm:px-3',
  rowHead: 'px-2 py-2 text-left font-normal sm:px-3',
  row: 'border-b border-slate-100',
};

type Props = {
  /** The id of the heading that names the table (and its scrolling region). */
  labelledBy: string;
  caption?: ReactNode;
  /** The first column names the rows; the others hold numbers. */
  columns: ReactNode[];
  children: ReactNode;
  footer?: ReactNode;
  className?: string;
};

/**
 * A bordered table that scrolls sideways inside its own focusable region rather than widening the
 * page when amounts are long, so it stays readable at 360 px and reachable by keyboard.
 */
export function DataTable({ labelledBy, caption, columns, children, footer, className }: Props) {
  return (
    <div
      className={`mt-4 overflow-x-auto rounded-xl border border-slate-200 ${className ?? ''}`}
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
    >
      <table className="w-full hyphens-auto text-sm sm:text-base">
        {caption && (
          <caption className="px-3 pt-3 text-left text-sm text-slate-700">{caption}</caption>
        )}
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs sm:text-base">
            {columns.map((label, i) => (
              <th
                key={i}
                scope="col"
                className={i === 0 ? 'px-2 py-2 sm:px-3' : 'px-2 py-2 text-right sm:px-3'}
              >
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </div>
  );
}
