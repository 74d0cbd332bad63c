'use client';

import { useEffect, type CSSProperties } from 'react';
import { useTranslations } from 'next-intl';
import type { AssumptionGroup, AssumptionId, ResolvedAssumption } from '@/lib/model';
import { useRenderedWhenNear } from '@/components/ui/use-rendered-when-near';
import { AssumptionRow } from './assumption-row';

type Props = {
  assumptions: ResolvedAssumption[];
  defaults: Record<AssumptionId, number>;
  brand: string;
  onOverride: (a: ResolvedAssumption, value: number | undefined) => void;
  onResetAll: () => void;
  /** Changes when everything is reset, so rows drop what was half-typed. */
  generation: number;
};

// The seller's own prices first, then the risks in the report's order; units and exchange rates last.
const ORDER: AssumptionGroup[] = [
  'suite',
  'fines',
  'dataLoss',
  'turnover',
  'sales',
  'productivity',
  'messaging',
  'general',
];

// On a wide screen the rows are in view at load and arrive a moment after it: until then each
// group keeps their place (a row is about 12rem, plus a 0.75rem gap), so nothing in view moves.
const RESERVED =
  'min-h-[calc(var(--rows)*12.75rem-0.75rem)] @2xl:min-h-[calc(var(--rows-wide)*12.75rem-0.75rem)]';
function reservedRows(assumptions: ResolvedAssumption[], group: AssumptionGroup) {
  const rows = assumptions.filter((a) => a.group === group).length;
  return { '--rows': rows, '--rows-wide': Math.ceil(rows / 2) } as CSSProperties;
}

/** Every assumption in the registry, grouped, each editable within its range. */
export function AssumptionsPanel({
  assumptions,
  defaults,
  brand,
  onOverride,
  onResetAll,
  generation,
}: Props) {
  const t = useTranslations('workshop.assumptions');
  const tg = useTranslations('groups');
  const changed = assumptions.filter((a) => a.overridden).length;
  // Some 850 elements below the answers: they load when the seller comes near, not with the page.
  const [panel, ready] = useRenderedWhenNear<HTMLElement>();
  // A link into a row (the result's drivers) followed before the rows were there: go there now.
  useEffect(() => {
    if (ready && location.hash.startsWith('#a-'))
      document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [ready]);

  return (
    <section
      ref={panel}
      aria-labelledby="assumptions-title"
      aria-busy={!ready}
      className="@container"
    >
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="assumptions-title" className="text-2xl font-bold text-slate-900">
            {t('title')}
          </h2>
          <p className="mt-1 text-slate-700">{t('intro')}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm font-semibold text-slate-700" aria-live="polite">
            {t('count', { count: changed })}
          </p>
          {changed > 0 && (
            <button
              type="button"
              onClick={onResetAll}
              className="min-h-11 rounded-lg border border-slate-400 px-4 text-sm font-semibold hover:bg-slate-50"
            >
              {t('resetAll', { count: changed })}
            </button>
          )}
        </div>
      </div>
      <div className="mt-4 space-y-6">
        {ORDER.map((group) => (
          <section key={group} aria-labelledby={`group-${group}`} className="render-when-near">
            <h3 id={`group-${group}`} className="text-lg font-semibold text-slate-900">
              {tg(group)}
            </h3>
            <div
              className={`mt-2 grid grid-cols-1 gap-3 @2xl:grid-cols-2 ${ready ? '' : RESERVED}`}
              style={ready ? undefined : reservedRows(assumptions, group)}
            >
              {(ready ? assumptions : [])
                .filter((a) => a.group === group)
                .map((a) => (
                  <AssumptionRow
                    key={`${a.id}-${generation}`}
                    a={a}
                    defaultValue={defaults[a.id]}
                    brand={brand}
                    onOverride={onOverride}
                  />
                ))}
            </div>
          </section>
        ))}
      </div>
    </section>
  );
}
