import type { ReactNode } from 'react';

type Props = {
  id: string;
  title: ReactNode;
  /** One or more sentences under the heading. */
  intro?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** A page section named by its h2 (the id labels the section), with an optional introduction. */
export function Section({ id, title, intro, className, children }: Props) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-2xl font-bold text-slate-900">
        {title}
      </h2>
      {intro}
      {children}
    </section>
  );
}
