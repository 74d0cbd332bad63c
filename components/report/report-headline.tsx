import { getTranslations } from 'next-intl/server';
import type { Report } from '@/lib/model';
import { money } from '@/lib/format/money';
import { LevelBadge } from './level-badge';
import { verdictMessage } from './verdict';

type Props = {
  report: Report;
  locale: string;
  suiteName: string;
  /** How many assumptions a seller changed in a workshop (carried by the link). */
  adjusted: number;
};

/** Both totals, the saving or the extra cost, payback and risk: server-rendered, no JS needed. */
export async function ReportHeadline({ report, locale, suiteName, adjusted }: Props) {
  const t = await getTranslations('report.headline');
  const m = (x: number) => money(locale, report.currency, x);
  const years = report.horizonYears;
  const saving = report.netSaving;
  const amount = m(Math.abs(saving));
  const message = verdictMessage(report, suiteName, amount);
  const verdict = (t as unknown as (key: string, values: object) => string)(
    message.key,
    message.values,
  );

  return (
    <section aria-labelledby="result-title" className="mt-8">
      <h2 id="result-title" className="sr-only">
        {t('title')}
      </h2>
      <p className="max-w-3xl text-xl font-semibold text-balance text-slate-900 sm:text-2xl">
        {verdict}
      </p>
      {adjusted > 0 && (
        <p className="mt-2 text-slate-700" data-testid="workshop-adjusted">
          {t('adjusted', { count: adjusted })}
        </p>
      )}
      <dl className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Metric label={t('statusQuo')} note={t('statusQuoNote')}>
          <dd data-metric="status-quo-total" data-value={report.statusQuo.total} className={figure}>
            {m(report.statusQuo.total)}
          </dd>
        </Metric>
        <Metric label={suiteName} note={t('suiteNote')}>
          <dd data-metric="suite-total" data-value={report.suite.total} className={figure}>
            {m(report.suite.total)}
          </dd>
        </Metric>
        <Metric label={saving < 0 ? t('extraCost') : t('saving')} highlight>
          <dd data-metric="net-saving" data-value={saving} className={figure}>
            {amount}
          </dd>
        </Metric>
        <Metric label={t('hardSaving')} note={t('hardSavingNote')}>
          <dd data-metric="hard-net-saving" data-value={report.hardNetSaving} className={figure}>
            {m(report.hardNetSaving)}
          </dd>
        </Metric>
        <Metric
          label={t('npv')}
          note={t('npvNote', {
            rate: report.assumptions.find((a) => a.id === 'discountRate')?.value ?? 0,
          })}
        >
          <dd data-metric="npv-net-saving" data-value={report.npvNetSaving} className={figure}>
            {m(report.npvNetSaving)}
          </dd>
        </Metric>
        <Metric label={t('payback')}>
          <dd data-metric="payback-month" data-value={report.paybackMonth ?? ''} className={figure}>
            {report.paybackMonth === null
              ? t('paybackNone', { years })
              : t('paybackMonth', { month: String(report.paybackMonth) })}
          </dd>
        </Metric>
        <Metric label={t('risk')}>
          <dd data-metric="risk-overall" data-value={report.risk.overall} className={figure}>
            <LevelBadge level={report.risk.level} />
            <span className="ml-2 text-base font-normal text-slate-700">
              {t('score', { score: String(report.risk.overall) })}
            </span>
          </dd>
        </Metric>
      </dl>
    </section>
  );
}

const figure = 'mt-1 text-xl font-bold text-slate-900 tabular-nums';

function Metric({
  label,
  note,
  highlight,
  children,
}: {
  label: string;
  note?: string;
  highlight?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div
      className={`rounded-xl border p-4 ${highlight ? 'border-brand bg-slate-50 ring-1 ring-brand' : 'border-slate-200'}`}
    >
      <dt className="text-sm font-semibold text-slate-700">{label}</dt>
      {children}
      {note && <dd className="mt-1 text-xs text-slate-600">{note}</dd>}
    </div>
  );
}
