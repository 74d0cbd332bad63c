import { useTranslations } from 'next-intl';
import type { RiskLevel } from '@/lib/model';

const tone: Record<RiskLevel, string> = {
  low: 'bg-emerald-100 text-emerald-900',
  moderate: 'bg-amber-100 text-amber-900',
  high: 'bg-orange-100 text-orange-900',
  critical: 'bg-red-100 text-red-900',
};

/** A risk level in words on its colour; the words carry it, the colour only repeats it. */
export function LevelBadge({ level }: { level: RiskLevel }) {
  const t = useTranslations('riskLevels');
  return (
    <span className={`inline-block rounded-md px-2 py-0.5 text-base font-bold ${tone[level]}`}>
      {t(level)}
    </span>
  );
}
