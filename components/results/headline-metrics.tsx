import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { money, percent } from '@/lib/format/money';
import type { Report } from '@/lib/model';
import { LevelBadge } from './level-badge';
import { yearsArgs } from '@/lib/i18n/years';

type Props = {
  report: Report;
  suiteName: string;
  /** The report page explains each figure under it; the workshop's panel has no room for that. */
  variant: 'page' | 'panel';
};

/**
 * The seven headline figures, with the data-metric hooks tests and the lead form read: both
 * totals, the saving or extra cost, the hard saving, the NPV, payback and risk.
 */
export function HeadlineMetrics({ report, suiteName, variant }: Props) {
  const t = useTranslations('report.headline');
  const locale = useLocale();
  const m = (x: number) => money(locale, report.currency, x);
  const page = variant === 'page';
  const saving = report.netSaving;
  const rate = report.assumptions.find((a) => a.id === 'discountRate')?.value ?? 0;
  const note = (text: string) => (page ? text : undefined);
  const figure = page
    ? 'mt-1 text-xl font-bold text-slate-900 tabular-nums'
    : 'mt-1 text-xl leading-tight font-bold text-slate-900 tabular-nums';

  return (
    <dl
      className={page ? 'mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3' : 'grid grid-cols-2 gap-2'}
    >
      <Tile label={t('statusQuo')} note={note(t('statusQuoNote'))} page={page}>
        <dd data-metric="status-quo-total" data-value={report.statusQuo.total} className={figure}>
          {m(report.statusQuo.total)}
        </dd>
      </Tile>
      <Tile label={suiteName} note={note(t('suiteNote'))} page={page}>
        <dd data-metric="suite-total" data-value={report.suite.total} className={figure}>
          {m(report.suite.total)}
        </dd>
      </Tile>
      <Tile label={saving < 0 ? t('extraCost') : t('saving')} page={page} highlight={saving}>
        <dd
          data-metric="net-saving"
          data-value={saving}
          className={
            page ? figure : 'mt-1 text-4xl leading-tight font-bold text-slate-900 tabular-nums'
          }
        >
          {m(Math.abs(saving))}
        </dd>
      </Tile>
      <Tile label={t('hardSaving')} note={note(t('hardSavingNote'))} page={page}>
        <dd data-metric="hard-net-saving" data-value={report.hardNetSaving} className={figure}>
          {m(report.hardNetSaving)}
        </dd>
      </Tile>
      <Tile
        label={t('npv')}
        note={note(t('npvNote', { rate: percent(locale, rate, 0) }))}
        page={page}
      >
        <dd data-metric="npv-net-saving" data-value={report.npvNetSaving} className={figure}>
          {m(report.npvNetSaving)}
        </dd>
      </Tile>
      <Tile label={t('payback')} page={page}>
        <dd data-metric="payback-month" data-value={report.paybackMonth ?? ''} className={figure}>
          {report.paybackMonth === null
            ? t('paybackNone', yearsArgs(report.horizonYears))
            : t('paybackMonth', { month: String(report.paybackMonth) })}
        </dd>
      </Tile>
      <Tile label={t('risk')} page={page}>
        <dd data-metric="risk-overall" data-value={report.risk.overall} className={figure}>
          <LevelBadge level={report.risk.level} />
          <span className="ml-2 text-base font-normal text-slate-700">
            {t('score', { score: String(report.risk.overall) })}
          </span>
        </dd>
      </Tile>
    </dl>
  );
}

function Tile({
  label,
  note,
  page,
  highlight,
  children,
}: {
  label: string;
  note?: string | undefined;
  page: boolean;
  /** The saving's tile stands out; in the panel it spans the row, amber when it is a cost. */
  highlight?: number;
  children: ReactNode;
}) {
  const frame =
    highlight === undefined
      ? page
        ? 'rounded-xl border border-slate-200 p-4'
        : 'rounded-xl border border-slate-200 bg-white p-3'
      : page
        ? 'rounded-xl border border-brand bg-slate-50 p-4 ring-1 ring-brand'
        : `col-span-2 rounded-xl border-2 p-3 ${highlight < 0 ? 'border-amber-700 bg-amber-50' : 'border-brand bg-white'}`;
  return (
    <div className={frame}>
      <dt className="text-sm font-semibold text-slate-700">{label}</dt>
      {children}
      {note && <dd className="mt-1 text-xs text-slate-600">{note}</dd>}
    </div>
  );
}
