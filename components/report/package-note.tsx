import { useTranslations } from 'next-intl';
import type { ChosenPackage } from '@/lib/model';

/** Which of the MSP's packages priced the report; says so when the link's package is gone. */
export function PackageNote({ brand, chosen }: { brand: string; chosen: ChosenPackage }) {
  const t = useTranslations('report.package');
  const name = chosen.package.name;
  return (
    <p
      className={
        chosen.missing ? 'mt-4 rounded-lg bg-amber-50 p-3 text-slate-900' : 'mt-4 text-slate-700'
      }
      role={chosen.missing ? 'status' : undefined}
      data-testid="report-package"
    >
      {chosen.missing ? t('missing', { name }) : t('priced', { brand, name })}
    </p>
  );
}
