'use client';

import { useTranslations } from 'next-intl';
import { ConfirmButton } from '@/components/ui/confirm-button';

/** "Start over" asks once, inline, before it clears anything. */
export function StartOver({ onConfirm }: { onConfirm: () => void }) {
  const t = useTranslations('questionnaire');
  return (
    <ConfirmButton
      label={t('startOver')}
      question={t('startOverConfirm')}
      yes={t('startOverYes')}
      no={t('startOverNo')}
      onConfirm={onConfirm}
      refocusAfterConfirm={false}
      openerClassName="min-h-11 px-1 text-sm font-semibold text-slate-700 underline underline-offset-4 hover:text-slate-900"
    />
  );
}
