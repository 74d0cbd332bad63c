'use client';

import { useTranslations } from 'next-intl';
import type { AnswerKey } from '@/lib/answers';

/** The step's problems in one list, each linking to its field. */
export function ErrorSummary({ errors }: { errors: (readonly [AnswerKey, string])[] }) {
  const t = useTranslations('questionnaire');
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="mb-6 rounded-lg border-2 border-red-700 bg-red-50 p-4">
      <p className="font-semibold text-red-800">{t('errorSummary', { count: errors.length })}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {errors.map(([key, message]) => (
          <li key={key}>
            <a href={`#q-${key}`} className="text-red-800 underline">
              {t(`fields.${key}.label`)}
            </a>{' '}
            <span className="text-red-800">{message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
