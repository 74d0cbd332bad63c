import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Answers } from '@/lib/model';
import { steps, type Field } from '@/lib/questionnaire';
import { answerNumber } from '@/lib/format/money';

/** The answers this report rests on, grouped as the questionnaire asked them. */
export async function AnswersSummary({
  answers,
  code,
  locale,
}: {
  answers: Answers;
  code: string;
  locale: string;
}) {
  const t = await getTranslations('questionnaire');
  const tr = await getTranslations('report.answers');
  const option = t as unknown as (key: string) => string;

  function shown(field: Field): string {
    const v = answers[field.key];
    if (v === undefined || v === '') return tr('empty');
    switch (field.kind) {
      case 'money':
      case 'percent':
      case 'integer':
      case 'decimal':
        return answerNumber(locale, field.kind, v as number, answers.currency);
      case 'boolean':
        return v ? t('yes') : t('no');
      case 'select':
        return option(`fields.${field.key}.options.${String(v)}`);
      default:
        return String(v);
    }
  }

  return (
    <section aria-labelledby="answers-title" className="mt-12">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="answers-title" className="text-2xl font-bold">
          {tr('title')}
        </h2>
        <div className="no-print flex flex-wrap gap-3">
          <Link
            href={{ pathname: '/assessment', query: { from: code } }}
            className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 px-4 font-semibold hover:bg-slate-50"
          >
            {tr('edit')}
          </Link>
          <Link
            href={{ pathname: '/workshop', query: { from: code } }}
            className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 px-4 font-semibold hover:bg-slate-50"
          >
            {tr('workshop')}
          </Link>
        </div>
      </div>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        {steps.map((step) => (
          <div key={step.id} className="print-avoid-break">
            <h3 className="font-semibold text-slate-900">{t(`steps.${step.id}`)}</h3>
            <dl className="mt-2 divide-y divide-slate-100 text-sm">
              {step.fields.map((f) => (
                <div key={f.key} className="flex justify-between gap-4 py-2">
                  <dt className="text-slate-700">{t(`fields.${f.key}.label`)}</dt>
                  <dd className="max-w-[60%] text-right font-semibold [overflow-wrap:anywhere] text-slate-900 tabular-nums">
                    {shown(f)}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
    </section>
  );
}
