import { getTranslations } from 'next-intl/server';

/** Tags exactly as the frontmatter writes them ("DSGVO", "WhatsApp Business"). */
export async function ArticleTags({ tags }: { tags: string[] }) {
  const t = await getTranslations('insights');
  return (
    <ul aria-label={t('tags')} className="mt-2 flex flex-wrap gap-2 text-sm">
      {tags.map((tag) => (
        <li key={tag} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-slate-700">
          {tag}
        </li>
      ))}
    </ul>
  );
}
