'use client';

import { useTranslations } from 'next-intl';
import { ConfirmButton } from '@/components/ui/confirm-button';

type Props = {
  /** Whose words: the questionnaire clears a draft, the workshop a whole session. */
  namespace: 'questionnaire' | 'workshop';
  onConfirm: () => void;
  openerClassName?: string;
  refocusAfterConfirm?: boolean;
};

/** "Start over" asks once, inline, before it clears anything. */
export function StartOver({ namespace, ...rest }: Props) {
  const t = useTranslations(namespace);
  return (
    <ConfirmButton
      label={t('startOver')}
      question={t('startOverConfirm')}
      yes={t('startOverYes')}
      no={t('startOverNo')}
      {...rest}
    />
  );
}
