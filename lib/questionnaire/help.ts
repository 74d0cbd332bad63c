import type { AnswerKey, Answers } from '@/lib/answers';

/** ICU values of questionnaire.fields.recordKeepingDuty.help: the law differs by country and sector. */
export type RecordKeepingHelp = {
  jurisdiction: Answers['jurisdiction'];
  sector: 'finance' | 'other';
};

/**
 * The values a field's help text is selected by, from the answers given on earlier steps;
 * undefined for a help text that reads the same for everyone.
 */
export function helpValues(
  key: AnswerKey,
  answers: Pick<Answers, 'jurisdiction' | 'industry'>,
): RecordKeepingHelp | undefined {
  if (key !== 'recordKeepingDuty') return undefined;
  // Recording duties for communications (MiFID II, FCA, SEC, CFTC) bind financial firms only.
  const sector = answers.industry === 'financial-services' ? 'finance' : 'other';
  return { jurisdiction: answers.jurisdiction, sector };
}
