import type { ComponentProps } from 'react';
import { compileMDX } from 'next-mdx-remote/rsc';
import { getTranslations } from 'next-intl/server';
import remarkGfm from 'remark-gfm';
import { AssessmentCta } from './assessment-cta';

// Typographic styles for article prose, mapped onto the elements MDX produces.
const components = (tableLabel: string) => ({
  // One h1 per page (the title): a heading written with "#" becomes a section heading.
  h1: (p: ComponentProps<'h2'>) => <h2 className="mt-12 mb-4 text-2xl font-bold" {...p} />,
  h2: (p: ComponentProps<'h2'>) => (
    <h2 className="mt-12 mb-4 text-2xl leading-snug font-bold text-balance" {...p} />
  ),
  h3: (p: ComponentProps<'h3'>) => <h3 className="mt-8 mb-3 text-xl font-semibold" {...p} />,
  p: (p: ComponentProps<'p'>) => <p className="my-5" {...p} />,
  a: (p: ComponentProps<'a'>) => <a className="font-medium text-brand underline" {...p} />,
  // A GFM task list ("- [ ] …", remark-gfm marks it contains-task-list) is a checklist: no bullets.
  ul: ({ className, ...p }: ComponentProps<'ul'>) =>
    className?.includes('contains-task-list') ? (
      <ul className="my-5 space-y-3" {...p} />
    ) : (
      <ul className="my-5 list-disc space-y-2 pl-6" {...p} />
    ),
  li: ({ className, children, ...p }: ComponentProps<'li'>) =>
    className?.includes('task-list-item') ? (
      <li {...p}>
        <label className="flex cursor-pointer items-start gap-3">{children}</label>
      </li>
    ) : (
      <li {...p}>{children}</li>
    ),
  // A checklist box can be ticked on screen and prints as an empty (or ticked) square.
  input: ({ type, checked }: ComponentProps<'input'>) =>
    type === 'checkbox' ? (
      <input
        type="checkbox"
        defaultChecked={checked}
        className="mt-1 size-5 flex-none cursor-pointer appearance-none rounded border-2 border-slate-600 bg-white [print-color-adjust:exact] checked:border-brand checked:bg-brand checked:shadow-[inset_0_0_0_3px_white]"
      />
    ) : null,
  ol: (p: ComponentProps<'ol'>) => <ol className="my-5 list-decimal space-y-2 pl-6" {...p} />,
  blockquote: (p: ComponentProps<'blockquote'>) => (
    <blockquote className="my-6 border-l-4 border-brand pl-4 text-slate-700 italic" {...p} />
  ),
  hr: () => <hr className="my-10 border-slate-200" />,
  code: (p: ComponentProps<'code'>) => (
    <code className="rounded bg-slate-100 px-1 py-0.5 text-[0.9em]" {...p} />
  ),
  // Wide tables scroll inside a labelled, focusable region instead of widening a phone screen.
  table: (p: ComponentProps<'table'>) => (
    <div role="region" aria-label={tableLabel} tabIndex={0} className="my-8 overflow-x-auto">
      <table className="w-full min-w-[32rem] border-collapse text-left text-base" {...p} />
    </div>
  ),
  th: (p: ComponentProps<'th'>) => (
    <th className="border-b-2 border-slate-300 px-3 py-2 align-bottom font-semibold" {...p} />
  ),
  td: (p: ComponentProps<'td'>) => (
    <td className="border-b border-slate-200 px-3 py-2 align-top" {...p} />
  ),
  AssessmentCta,
});

/** Renders an article's MDX body; JavaScript expressions in the file are blocked. */
export async function ArticleBody({ source }: { source: string }) {
  const t = await getTranslations('insights');
  const { content } = await compileMDX({
    source,
    components: components(t('table')),
    options: { mdxOptions: { remarkPlugins: [remarkGfm] } },
  });
  return <div className="text-lg leading-relaxed text-slate-800">{content}</div>;
}
