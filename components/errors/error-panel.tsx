import { Link } from '@/i18n/navigation';

type Props = {
  eyebrow: string;
  title: string;
  body: string;
  /** The way forward: the assessment first, then home. */
  actions: { assessment: string; home: string };
};

/** The body of every error page: what happened, in plain words, and where to go next. */
export function ErrorPanel({ eyebrow, title, body, actions }: Props) {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">{eyebrow}</p>
      <h1 className="mt-2 text-3xl font-bold text-balance">{title}</h1>
      <p className="mt-4 text-slate-700">{body}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link
          href="/assessment"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand px-5 py-2 font-semibold text-on-brand hover:opacity-90"
        >
          {actions.assessment}
        </Link>
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-5 py-2 font-semibold hover:bg-slate-50"
        >
          {actions.home}
        </Link>
      </div>
    </div>
  );
}
