import { getTranslations } from 'next-intl/server';
import { assumptionGroups } from './assumption-list';

const link = 'text-brand underline';

/** The page's table of contents: the three sections, then each assumption group. */
export async function TableOfContents() {
  const t = await getTranslations('methodology');
  const groupName = await getTranslations('groups');
  return (
    <nav aria-labelledby="contents" className="mt-8 rounded-xl bg-slate-50 p-5">
      <h2 id="contents" className="font-semibold">
        {t('contents')}
      </h2>
      <ul className="mt-2 space-y-1">
        <li>
          <a href="#how-it-works" className={link}>
            {t('model.title')}
          </a>
        </li>
        <li>
          <a href="#fine-bounds" className={link}>
            {t('fines.title')}
          </a>
        </li>
        <li>
          <a href="#assumptions" className={link}>
            {t('assumptions.title')}
          </a>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 pl-4">
            {assumptionGroups().map(([group]) => (
              <li key={group}>
                <a href={`#group-${group}`} className={link}>
                  {groupName(group)}
                </a>
              </li>
            ))}
          </ul>
        </li>
      </ul>
    </nav>
  );
}
