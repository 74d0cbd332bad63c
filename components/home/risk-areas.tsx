import { getTranslations } from 'next-intl/server';

const AREAS = ['fines', 'dataLoss', 'turnover', 'sales', 'productivity'] as const;

export async function RiskAreas() {
  const t = await getTranslations('home.areas');
  return (
    <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
      {AREAS.map((area) => (
        <li key={area} className="rounded-xl border border-slate-200 bg-white p-5">
          <h3 className="font-semibold text-brand">{t(`${area}.title`)}</h3>
          <p className="mt-2 text-slate-800">{t(`${area}.fact`)}</p>
          <p className="mt-2 text-xs text-slate-600">{t(`${area}.source`)}</p>
        </li>
      ))}
    </ul>
  );
}
