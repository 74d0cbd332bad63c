'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { Report } from '@/lib/model';

type Props = { report: Report; verdict: string; suiteName: string };

/** The verdict in one sentence, then the five figures a report's headline has, with its hooks. */
export function Headline({ report, verdict, suiteName }: Props) {
  const t = useTranslations('report.headline');
  const tl = useTranslations('riskLevels');
  const format = useFormatter();
  const money = (x: number) =>
    format.number(x, { style: 'currency', currency: report.currency, maximumFractionDigits: 0 });
  const years = report.horizonYears;
  const saving = report.netSaving;
  const tile = 'rounded-xl border border-slate-200 bg-white p-3';
  const figure = 'mt-1 text-2xl leading-tight font-bold tabular-nums text-slate-900';

  return (
    <div>
      <p className="text-lg leading-snug font-semibold text-slate-900">{verdict}</p>
      <dl className="mt-3 grid grid-cols-2 gap-2">
        <div className={tile}>
          <dt className="text-sm text-slate-700">{t('statusQuo')}</dt>
          <dd
            className={figure}
            data-metric="status-quo-total"
            data-value={String(report.statusQuo.total)}
          >
            {money(report.statusQuo.total)}
          </dd>
        </div>
        <div className={tile}>
          <dt className="text-sm text-slate-700">{suiteName}</dt>
          <dd className={figure} data-metric="suite-total" data-value={String(report.suite.total)}>
            {money(report.suite.total)}
          </dd>
        </div>
        <div
          className={`col-span-2 rounded-xl border-2 p-3 ${saving < 0 ? 'border-amber-700 bg-amber-50' : 'border-brand bg-white'}`}
        >
          <dt className="text-sm font-semibold text-slate-800">
            {saving < 0 ? t('extraCost') : t('saving')}
          </dt>
          <dd
            className="mt-1 text-4xl leading-tight font-bold text-slate-900 tabular-nums"
            data-metric="net-saving"
            data-value={String(saving)}
          >
            {money(Math.abs(saving))}
          </dd>
        </div>
        <div className={tile}>
          <dt className="text-sm text-slate-700">{t('hardSaving')}</dt>
          <dd
            className="mt-1 text-xl leading-tight font-bold text-slate-900 tabular-nums"
            data-metric="hard-net-saving"
            data-value={String(report.hardNetSaving)}
          >
            {money(report.hardNetSaving)}
          </dd>
        </div>
        <div className={tile}>
          <dt className="text-sm text-slate-700">{t('npv')}</dt>
          <dd
            className="mt-1 text-xl leading-tight font-bold text-slate-900 tabular-nums"
            data-metric="npv-net-saving"
            data-value={String(report.npvNetSaving)}
          >
            {money(report.npvNetSaving)}
          </dd>
        </div>
        <div className={tile}>
          <dt className="text-sm text-slate-700">{t('payback')}</dt>
          <dd
            className="mt-1 text-xl leading-tight font-bold text-slate-900"
            data-metric="payback-month"
            data-value={report.paybackMonth === null ? '' : String(report.paybackMonth)}
          >
            {report.paybackMonth === null
              ? t('paybackNone', { years })
              : t('paybackMonth', { month: format.number(report.paybackMonth) })}
          </dd>
        </div>
        <div className={tile}>
          <dt className="text-sm text-slate-700">{t('risk')}</dt>
          <dd
            className="mt-1 text-xl leading-tight font-bold text-slate-900"
            data-metric="risk-overall"
            data-value={String(report.risk.overall)}
          >
            {tl(report.risk.level)}
            <span className="block text-sm font-normal text-slate-700">
              {t('score', { score: format.number(report.risk.overall) })}
            </span>
          </dd>
        </div>
      </dl>
    </div>
  );
}
