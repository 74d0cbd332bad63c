import { getMessages, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Answers, AssumptionOverrides, Report, SuitePricing } from '@/lib/model';
import { resolveAssumptions } from '@/lib/model';
import { assumptionValue } from './format';

type Props = {
  report: Report;
  answers: Answers;
  suite: SuitePricing;
  /** The assumptions a workshop changed, from the link: listed and marked. */
  overrides: AssumptionOverrides;
  locale: string;
  brandName: string;
};

/**
 * An assumption's name from the shared `assumptions` messages (written with the methodology
 * page), falling back to its source's title until a translation exists.
 */
export async function assumptionLabeller(): Promise<(id: string, fallback: string) => string> {
  const all = (await getMessages()) as Record<string, unknown>;
  const names = (all.assumptions ?? {}) as Record<string, unknown>;
  return (id, fallback) => {
    const entry = names[id];
    if (typeof entry === 'string') return entry;
    if (entry && typeof entry === 'object') {
      const e = entry as Record<string, unknown>;
      for (const k of ['label', 'name', 'title']) if (typeof e[k] === 'string') return e[k];
    }
    return fallback;
  };
}

/**
 * The assumptions that move this result (largest first), the quoted prices and any set in a
 * workshop, with sources; a workshop's values are marked as such.
 */
export async function AssumptionsList({
  report,
  answers,
  suite,
  overrides,
  locale,
  brandName,
}: Props) {
  const t = await getTranslations('report.assumptions');
  const units = await getTranslations('units');
  const label = await assumptionLabeller();
  const resolved = resolveAssumptions(answers, { suite, overrides });
  const byId = new Map(resolved.assumptions.map((a) => [a.id, a]));
  const used = new Set([
    ...report.drivers.flatMap((d) => (d.kind === 'assumption' ? [d.assumptionId] : [])),
    ...resolved.assumptions.filter((a) => a.quoted || a.overridden).map((a) => a.id),
  ]);

  return (
    <section aria-labelledby="assumptions-title" className="mt-12">
      <h2 id="assumptions-title" className="text-2xl font-bold">
        {t('title')}
      </h2>
      <p className="mt-2 text-slate-700">{t('intro')}</p>
      <ol className="mt-4 list-decimal space-y-3 pl-6 text-sm">
        {[...used].map((id) => {
          const a = byId.get(id)!;
          return (
            <li
              key={id}
              id={`fn-${id}`}
              className="pl-1"
              data-overridden={a.overridden || undefined}
            >
              <Link href={`/methodology#${id}`} className="font-semibold text-brand underline">
                {label(id, a.source.title)}
              </Link>
              {': '}
              <span className="tabular-nums">
                {assumptionValue(locale, answers.currency, a.unit, resolved.params[id], (value) =>
                  units('times', { value }),
                )}
              </span>
              {a.overridden && (
                <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950">
                  {t('setInWorkshop')}
                </span>
              )}
              <span className="block text-slate-600">
                {a.quoted ? (
                  t('quoted', { brand: brandName })
                ) : (
                  <>
                    {a.source.publisher}, {a.source.year}:{' '}
                    <a href={a.source.url} className="underline" rel="noopener">
                      {a.source.title}
                    </a>
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="mt-4">
        <Link href="/methodology" className="font-semibold text-brand underline">
          {t('methodology')}
        </Link>
      </p>
    </section>
  );
}
