import { describe, expect, it } from 'vitest';
import type { Messages } from 'next-intl';
import en from '@/messages/en.json';
import { pickMessages } from '@/lib/i18n/client-messages';

const all = en as Messages;

describe('pickMessages', () => {
  it('sends whole namespaces and single keys, and nothing beside them', () => {
    expect(
      pickMessages(all, [
        'switcher',
        'questionnaire.yes',
        'report.charts.rangeTitle',
        'leads.form',
      ]),
    ).toEqual({
      switcher: en.switcher,
      questionnaire: { yes: en.questionnaire.yes },
      report: { charts: { rangeTitle: en.report.charts.rangeTitle } },
      leads: { form: en.leads.form },
    });
  });

  it('joins keys of one namespace into one tree and leaves the catalogue as it was', () => {
    const before = structuredClone(en);
    expect(pickMessages(all, ['questionnaire.yes', 'questionnaire.no'])).toEqual({
      questionnaire: { yes: en.questionnaire.yes, no: en.questionnaire.no },
    });
    expect(en).toEqual(before);
  });
});
