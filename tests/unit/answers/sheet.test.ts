import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/lib/answers/schema';
import {
  blankSheet,
  editAnswer,
  mergeAnswers,
  salvageSheet,
  sheetFrom,
  type AnswerSheet,
} from '@/lib/answers';

const defaults = answersSchema.parse({});

describe('answer sheet', () => {
  it('pre-fills from industry and jurisdiction, never over what the person set', () => {
    let d = blankSheet();
    d = editAnswer(d, 'averageSalary', 70_000);
    d = editAnswer(d, 'jurisdiction', 'uk');
    d = editAnswer(d, 'industry', 'financial-services');
    // UK → GBP (profileDefaults); the salary stays as typed; finance → record-keeping duty.
    expect(d.answers).toMatchObject({
      currency: 'GBP',
      averageSalary: 70_000,
      recordKeepingDuty: 'yes',
    });
    d = editAnswer(d, 'currency', 'EUR');
    d = editAnswer(d, 'jurisdiction', 'us');
    expect(d.answers.currency).toBe('EUR');
  });

  it('keeps what a draft or a workshop carries beside the answers', () => {
    const draft = { step: 4, ...blankSheet() };
    const edited = editAnswer(draft, 'jurisdiction', 'ch');
    expect(edited.step).toBe(4);
    // Switzerland → CHF and its salary default, 120,000 (profileDefaults).
    expect(edited.answers).toMatchObject({ currency: 'CHF', averageSalary: 120_000 });
    const state = { ...blankSheet(), projector: true };
    expect(mergeAnswers(state, { employees: 3 }).projector).toBe(true);
  });

  it('merges validated answers without claiming them, and drops an emptied name', () => {
    let d: AnswerSheet = editAnswer(blankSheet(), 'clientName', 'Acme');
    expect(d.answers.clientName).toBe('Acme');
    d = mergeAnswers(d, { employees: 9, clientName: undefined });
    expect(d.answers.employees).toBe(9);
    expect('clientName' in d.answers).toBe(false);
    expect(d.edited).toEqual(['clientName']);
  });

  it('loads a report’s answers as set by the person', () => {
    const d = sheetFrom({ ...defaults, clientName: 'Acme' });
    expect(d.edited).toContain('currency');
    expect(d.edited).toContain('clientName');
    // A later jurisdiction does not replace the report's currency.
    expect(editAnswer(d, 'jurisdiction', 'uk').answers.currency).toBe('EUR');
  });

  it('salvages a stored sheet one answer at a time', () => {
    expect(
      salvageSheet({
        answers: { employees: -5, industry: 'legal', nonsense: true },
        edited: ['industry', 'nonsense'],
      }),
    ).toEqual({ answers: { ...defaults, industry: 'legal' }, edited: ['industry'] });
  });
});
