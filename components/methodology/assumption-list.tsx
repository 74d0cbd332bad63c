import { getTranslations } from 'next-intl/server';
import { assumptionRegistry, type Assumption, type AssumptionGroup } from '@/lib/model';
import { AssumptionEntry } from './assumption-entry';

/** The registry in its own order, grouped by area. */
export function assumptionGroups(): [AssumptionGroup, Assumption[]][] {
  const groups = new Map<AssumptionGroup, Assumption[]>();
  for (const a of assumptionRegistry) groups.set(a.group, [...(groups.get(a.group) ?? []), a]);
  return [...groups];
}

export async function AssumptionList() {
  const t = await getTranslations('methodology.assumptions');
  const groupName = await getTranslations('groups');
  const tm = await getTranslations('methodology');
  const count = (basis: Assumption['basis']) =>
    String(assumptionRegistry.filter((a) => a.basis === basis).length);
  return (
    <section aria-labelledby="assumptions" className="mt-14">
      <h2 id="assumptions" className="scroll-mt-6 text-2xl font-bold sm:text-3xl">
        {t('title')}
      </h2>
      <p className="mt-3 max-w-3xl text-slate-700">
        {t('lead', { general: groupName('general') })}
      </p>
      <p className="mt-2 max-w-3xl text-slate-700" data-testid="basis-counts">
        {tm('basisCounts', {
          total: String(assumptionRegistry.length),
          published: count('published'),
          derived: count('derived'),
          judgement: count('judgement'),
        })}
      </p>
      {assumptionGroups().map(([group, entries]) => (
        <section key={group} aria-labelledby={`group-${group}`} className="mt-10">
          <h3 id={`group-${group}`} className="scroll-mt-6 text-xl font-bold text-brand">
            {groupName(group)}
          </h3>
          {entries.map((a) => (
            <AssumptionEntry key={a.id} assumption={a} />
          ))}
        </section>
      ))}
    </section>
  );
}
