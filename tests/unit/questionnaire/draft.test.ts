import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/lib/model';
import {
  draftFrom,
  editAnswer,
  initialDraft,
  mergeAnswers,
  readDraft,
  writeDraft,
} from '@/lib/questionnaire';

const defaults = answersSchema.parse({});

describe('draft', () => {
  it('starts on step one with the schema defaults', () => {
    expect(initialDraft()).toEqual({ step: 0, answers: defaults, edited: [] });
  });

  it('survives a write and a read', () => {
    const draft = {
      step: 3,
      answers: { ...defaults, employees: 12 },
      edited: ['employees' as const],
    };
    expect(readDraft(writeDraft(draft))).toEqual(draft);
  });

  it('ignores unreadable or foreign drafts, and drops only the bad answers', () => {
    expect(readDraft(null)).toBeNull();
    expect(readDraft('{')).toBeNull();
    expect(readDraft(JSON.stringify({ v: 2, step: 0, answers: {}, edited: [] }))).toBeNull();
    expect(readDraft(JSON.stringify({ v: 1, step: 9, answers: {}, edited: [] }))).toBeNull();
    const partly = readDraft(
      JSON.stringify({
        v: 1,
        step: 1,
        answers: { employees: -5, industry: 'legal', nonsense: true },
        edited: ['industry', 'nonsense'],
      }),
    );
    expect(partly).toEqual({
      step: 1,
      answers: { ...defaults, industry: 'legal' },
      edited: ['industry'],
    });
  });

  it('pre-fills from industry and jurisdiction, never over what the person set', () => {
    let d = initialDraft();
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

  it('merges a step without claiming its answers, and drops an emptied name', () => {
    let d = editAnswer(initialDraft(), 'clientName', 'Acme');
    expect(d.answers.clientName).toBe('Acme');
    d = mergeAnswers(d, { employees: 9, clientName: undefined });
    expect(d.answers.employees).toBe(9);
    expect('clientName' in d.answers).toBe(false);
    expect(d.edited).toEqual(['clientName']);
  });

  it('loads a report’s answers as set by the person', () => {
    const d = draftFrom({ ...defaults, clientName: 'Acme' });
    expect(d.step).toBe(0);
    expect(d.edited).toContain('currency');
    expect(d.edited).toContain('clientName');
  });
});
