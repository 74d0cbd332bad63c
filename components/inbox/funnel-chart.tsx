import { getFormatter, getTranslations } from 'next-intl/server';
import type { Stage } from '@/lib/funnel/stages';

/**
 * The funnel as a table whose count cells carry a bar: readable by screen readers as data,
 * drawn with CSS on the server, so the inbox loads no charting code for it.
 */
export async function FunnelChart({
  caption,
  stages,
  showDropOff,
}: {
  caption: string;
  stages: Stage[];
  showDropOff: boolean;
}) {
  const t = await getTranslations('leads.funnel');
  const format = await getFormatter();
  const top = Math.max(1, ...stages.map((s) => s.count));
  const pct = (x: number) => format.number(x, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <table className="mt-4 w-full border-collapse text-left">
      <caption className="text-left text-lg font-bold text-slate-900">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-sm text-slate-700">
          <th scope="col" className="py-2 pr-3 font-semibold">
            {t('stage')}
          </th>
          <th scope="col" className="w-1/2 py-2 pr-3 font-semibold">
            {t('visits')}
          </th>
          {showDropOff && (
            <th scope="col" className="py-2 font-semibold">
              {t('dropOff')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {stages.map((s) => (
          <tr
            key={`${s.event}-${s.step ?? 0}`}
            className="border-b border-slate-100"
            data-event={s.event}
            data-step={s.step}
            data-count={s.count}
          >
            <th scope="row" className="py-2 pr-3 font-normal">
              {t(`events.${s.event}`, { step: String(s.step ?? 0) })}
            </th>
            <td className="py-2 pr-3">
              <div className="flex items-center gap-2">
                <div
                  aria-hidden="true"
                  className="h-4 rounded bg-brand"
                  style={{ width: `${(s.count / top) * 100}%`, minWidth: s.count ? 4 : 0 }}
                />
                <span className="font-semibold tabular-nums">{format.number(s.count)}</span>
              </div>
            </td>
            {showDropOff && (
              <td className="py-2 text-slate-800 tabular-nums">
                {s.dropOff === null ? '–' : t('dropOffValue', { percent: pct(s.dropOff) })}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
