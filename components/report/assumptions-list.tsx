import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { assumptionValue } from '@/lib/format/assumption';
import type { Report } from '@/lib/model';
import { Section } from '@/components/ui/section';

type Props = {
  /** Its assumptions are the ones it was computed with, a workshop's changes marked. */
  report: Report;
  locale: string;
  brandName: string;
};

/**
 * The assumptions that move this result (largest first), the quoted prices and any set in a
 * workshop, with sources; a workshop's values are marked as such.
 */
export async function AssumptionsList({ report, locale, brandName }: Props) {
  const t = await getTranslations('report.assumptions');
  const units = await getTranslations('units');
  const label = await getTranslations('assumptions');
  const byId = new Map(report.assumptions.map((a) => [a.id, a]));
  const used = new Set([
    ...report.drivers.flatMap((d) => (d.kind === 'assumption' ? [d.assumptionId] : [])),
    ...report.assumptions.filter((a) => a.quoted || a.overridden).map((a) => a.id),
  ]);

  return (
    <Section
      id="assumptions-title"
      title={t('title')}
      intro={<p className="mt-2 text-slate-700">{t('intro')}</p>}
      className="mt-12"
    >
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
                {label(`${id}.label`)}
              </Link>
              {': '}
              <span className="tabular-nums">
                {assumptionValue(locale, { unit: a.unit, ...a.inAnswers }, a.inAnswers.value, (v) =>
                  units('times', { value: v }),
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
    </Section>
  );
}
