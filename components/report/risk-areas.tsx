import { getTranslations } from 'next-intl/server';
import { riskCategories, riskLevel, type Answers, type Report } from '@/lib/model';
import { riskNote } from '@/lib/report/risk-notes';
import { LevelBadge } from '@/components/results/level-badge';
import { Section } from '@/components/ui/section';

/** Each area's 0–100 score and level, with the answer that drives it in one sentence. */
export async function RiskAreas({ report, answers }: { report: Report; answers: Answers }) {
  const t = await getTranslations('report');
  // Note keys and their ICU arguments come typed from riskNote; the union is too wide for t().
  const note = t as unknown as (key: string, values?: Record<string, number>) => string;
  return (
    <Section
      id="risk-title"
      title={t('risk.title')}
      intro={
        <>
          <p className="mt-2 text-slate-700">{t('risk.intro')}</p>
          <p className="mt-1 text-slate-700">{t('risk.scoreNote')}</p>
        </>
      }
      className="mt-12"
    >
      <ul className="mt-6 grid gap-4 md:grid-cols-2">
        {riskCategories.map((c) => {
          const score = report.risk.byCategory[c];
          const n = riskNote(c, answers, report);
          return (
            <li key={c} className="rounded-xl border border-slate-200 p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-semibold">{t(`categories.${c}`)}</h3>
                <p className="flex items-center gap-2 text-sm">
                  <LevelBadge level={riskLevel(score)} />
                  <span className="text-slate-700">
                    {t('headline.score', { score: String(score) })}
                  </span>
                </p>
              </div>
              <div className="mt-3 h-2 rounded-full bg-slate-200" aria-hidden="true">
                <div className="h-full rounded-full bg-accent" style={{ width: `${score}%` }} />
              </div>
              <p className="mt-3 text-slate-700">
                {note(`notes.${n.key}`, 'params' in n ? n.params : undefined)}
              </p>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
